// {{ p.header }}

/// What every table's values offer ([CatalogCode]), [decode] for a table id
/// known only at run time, and the helpers the table libraries share.
library;
{% for i in imports %}
import '{{ i }}';
{%- endfor %}

/// What every table's values offer, for code that handles codes of any
/// table. Values can be thrown: each is an [Exception].
abstract interface class CatalogCode implements Exception {
  /// The id of the table the value belongs to.
  String get table;

  /// The code as the vendor sends it (for an old code, the current code).
  String get code;

  /// The code actually received (an old code, an unlisted code, or [code]).
  String get received;

  /// The JSON form of the value: the code received.
  String toJson();

  /// Whether the catalog lists the code.
  bool get isKnown;

  /// The message for the end user in [locale]; for an unknown code, the
  /// text of the generic prompt [Prompt.{{ p.unknown_prompt }}].
  String message(CatalogLocale locale);

  /// The message in [locale] with the entry's parameters filled in from
  /// [values] (by name); the plain message where the locale has no template
  /// or a value is missing.
  String messageWith(CatalogLocale locale, Map<String, Object> values);

  /// What the integrating developer can do, in [locale], where the vendor
  /// says.
  String? solution(CatalogLocale locale);

  /// Whether the vendor bills the call that returned this code, where it
  /// says.
  bool? get billed;

  /// The platform the code occurs on, where the vendor says.
  CatalogPlatform? get platform;

  /// The version that retired this code, for old codes with no successor.
  String? get retiredIn;

  /// The canonical kind ([Kind.{{ p.unknown_kind }}] for an unlisted code).
  Kind get kind;

  /// Who must act ([Actor.{{ p.unknown_actor }}] for an unlisted code).
  Actor get actor;

  /// Whether trying again (after the actor acted) can succeed; false for an
  /// unlisted code.
  bool get retryable;

  /// The prompt to show the end user, where they can fix the problem.
  Prompt? get prompt;
}

/// The platform an error code occurs on, where the vendor says.
enum CatalogPlatform {
  /// Android and iOS.
  both,

  /// iOS only.
  ios,

  /// Android only.
  android,
}

/// Every table id, sorted.
const List<String> tableIds = <String>[
{%- for d in tables %}
  {{ d.t.id_lit }},
{%- endfor %}
];

/// Decodes [code] in the table with id [table] (see [tableIds]); null only
/// when there is no such table.
CatalogCode? decode(String table, String code) => switch (table) {
{%- for arm in decode_arms %}
      {{ arm }}
{%- endfor %}
      _ => null,
    };

/// Internal: the parameter of a pattern code, when [code] is [prefix] +
/// parameter + [suffix] with a non-empty parameter (a canonical integer when
/// [integer]); else null.
String? patternParam(
  String code,
  String prefix,
  String suffix, {
  bool integer = false,
}) {
  if (code.length <= prefix.length + suffix.length ||
      !code.startsWith(prefix) ||
      !code.endsWith(suffix)) {
    return null;
  }
  final mid = code.substring(prefix.length, code.length - suffix.length);
  if (integer && !isCanonicalInt(mid)) {
    return null;
  }
  return mid;
}

/// Internal: whether [s] is a 64-bit integer as `toString()` writes it (`0`,
/// `-999`, `1001`), as in every target. Compared as text, so that it holds
/// on the web too, where `int` is a double.
bool isCanonicalInt(String s) {
  final negative = s.startsWith('-');
  final digits = negative ? s.substring(1) : s;
  if (digits.isEmpty || s == '-0') {
    return false;
  }
  for (final unit in digits.codeUnits) {
    if (unit < 0x30 || unit > 0x39) {
      return false;
    }
  }
  if (digits != '0' && digits.startsWith('0')) {
    return false;
  }
  if (digits.length != 19) {
    return digits.length < 19;
  }
  // At most 2^63 - 1, or 2^63 when negative: 19 digits too, so the text
  // order is the number order.
  final limit = negative ? '9223372036854775808' : '9223372036854775807';
  return digits.compareTo(limit) <= 0;
}

/// Internal: [template] with each `{name}` placeholder whose name is in
/// [values] replaced by the value, in one pass (a value is never read as a
/// template).
String fillTemplate(String template, Map<String, Object> values) =>
    template.replaceAllMapped(
      RegExp(r'\{([A-Za-z_][A-Za-z0-9_]*)\}'),
      (m) => values[m[1]]?.toString() ?? m[0]!,
    );

/// Internal: the flag characters of a flag-set string such as
/// `impaired(42)`: the part between [prefix] and [suffix]; null unless [s] is
/// exactly [prefix], the characters, [suffix].
String? flagChars(String s, String prefix, String suffix) {
  if (s.length >= prefix.length + suffix.length &&
      s.startsWith(prefix) &&
      s.endsWith(suffix)) {
    return s.substring(prefix.length, s.length - suffix.length);
  }
  return null;
}

/// Internal: the values of the flag characters [chars] (see [flagChars]),
/// each decoded with [decode], each value once, sorted by code.
List<T> decodeFlagChars<T extends CatalogCode>(
  String chars,
  T Function(String code) decode,
) {
  final out = <T>[];
  for (final c in chars.runes) {
    final value = decode(String.fromCharCode(c));
    if (!out.contains(value)) {
      out.add(value);
    }
  }
  return out..sort((a, b) => compareCodePoints(a.code, b.code));
}

/// Internal: the code in a value's JSON form ([CatalogCode.toJson]): a
/// string, or an integer for an integer code.
String codeOfJson(Object? json, String table) => switch (json) {
      final String code => code,
      final int code => code.toString(),
      _ => throw FormatException('not a code of table $table', json),
    };

/// Internal: [s] without leading and trailing Unicode `White_Space`
/// characters (unlike [String.trim], which also removes U+FEFF).
String trimWhiteSpace(String s) {
  var start = 0;
  var end = s.length;
  while (start < end && isWhiteSpace(s.codeUnitAt(start))) {
    start++;
  }
  while (end > start && isWhiteSpace(s.codeUnitAt(end - 1))) {
    end--;
  }
  return s.substring(start, end);
}

/// Internal: whether the UTF-16 code unit [c] has the Unicode `White_Space`
/// property (every such character is in the BMP).
bool isWhiteSpace(int c) =>
    (c >= 0x09 && c <= 0x0d) ||
    c == 0x20 ||
    c == 0x85 ||
    c == 0xa0 ||
    c == 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c == 0x2028 ||
    c == 0x2029 ||
    c == 0x202f ||
    c == 0x205f ||
    c == 0x3000;

/// Internal: compares two strings by Unicode code points (as UTF-8 bytes
/// would sort), not by UTF-16 code units.
int compareCodePoints(String a, String b) {
  final x = a.runes.iterator;
  final y = b.runes.iterator;
  while (true) {
    final hasX = x.moveNext();
    final hasY = y.moveNext();
    if (!hasX || !hasY) {
      return hasX ? 1 : (hasY ? -1 : 0);
    }
    if (x.current != y.current) {
      return x.current < y.current ? -1 : 1;
    }
  }
}
