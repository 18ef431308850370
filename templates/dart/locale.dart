// {{ p.header }}

/// The locales the catalog has texts for, and locale negotiation.
library;

import 'catalog_code.dart' show trimWhiteSpace;

/// A locale the catalog has texts for. (Named so that it never clashes with
/// `dart:ui`'s `Locale` in a Flutter app.)
enum CatalogLocale {
{%- for l in p.locales %}
  /// `{{ l.tag }}`
  {{ l.name }}({{ l.tag_lit }}){% if loop.last %};{% else %},{% endif %}
{%- if !loop.last %}
{% endif %}
{%- endfor %}

  const CatalogLocale(this.tag);

  /// The language tag, e.g. `'zh'`.
  final String tag;

  /// Every locale, in catalog order.
  static const List<CatalogLocale> all = values;

  /// The locale a missing text falls back to.
  static const CatalogLocale fallback = CatalogLocale.{{ p.fallback_name }};

  /// The supported locale a BCP 47 tag or platform locale string names
  /// (`'zh-Hans-CN'`, `'zh_TW'`, `'zh_TW_#Hant'`, `'in-ID'`,
  /// `'th_TH.UTF-8'`), or null if its language is unsupported. The language
  /// is compared case-insensitively (`in`, `iw`, `ji` read as `id`, `he`,
  /// `yi`); of the locales with that language, the first whose script (as
  /// written, or inferred: Chinese in Taiwan, Hong Kong and Macau is `Hant`,
  /// elsewhere `Hans`) matches wins, else the first of that language.
  static CatalogLocale? fromTag(String tag) {
    final want = _Tag.parse(tag);
    if (want.language.isEmpty) {
      return null;
    }
    final wantScript = want.likelyScript;
    CatalogLocale? first;
    for (final l in values) {
      final have = _Tag.parse(l.tag);
      if (have.language != want.language) {
        continue;
      }
      if (have.likelyScript == wantScript) {
        return l;
      }
      first ??= l;
    }
    return first;
  }

  /// Like [fromTag], but an unsupported tag gives [fallback].
  static CatalogLocale negotiate(String tag) => fromTag(tag) ?? fallback;

  /// The first supported locale among the user's preferred [tags], else
  /// [fallback].
  static CatalogLocale negotiatePreferred(Iterable<String> tags) {
    for (final tag in tags) {
      final l = fromTag(tag);
      if (l != null) {
        return l;
      }
    }
    return fallback;
  }
}

/// A locale tag taken apart: language, script and region.
final class _Tag {
  const _Tag(this.language, this.script, this.region);

  /// Cuts [tag] at the first `.` or `@`, splits it at `-` and `_`, and reads
  /// the language (lower case, legacy codes mapped), the first subtag of
  /// four letters as the script (after an optional `#`) and the first of two
  /// letters or three digits as the region.
  factory _Tag.parse(String tag) {
    var head = trimWhiteSpace(tag);
    for (final stop in ['.', '@']) {
      final i = head.indexOf(stop);
      if (i >= 0) {
        head = head.substring(0, i);
      }
    }
    final parts = head.split(RegExp('[-_]'));
    var language = _asciiLower(parts.first);
    language = switch (language) {
      'in' => 'id',
      'iw' => 'he',
      'ji' => 'yi',
      _ => language,
    };
    String? script;
    String? region;
    for (var p in parts.skip(1)) {
      if (p.startsWith('#')) {
        p = p.substring(1);
      }
      final alpha = p.codeUnits.every(_isAsciiLetter);
      if (p.length == 4 && alpha && script == null) {
        script = _asciiUpper(p[0]) + _asciiLower(p.substring(1));
      } else if (((p.length == 2 && alpha) ||
              (p.length == 3 && p.codeUnits.every(_isAsciiDigit))) &&
          region == null) {
        region = _asciiUpper(p);
      }
    }
    return _Tag(language, script, region);
  }

  final String language;
  final String? script;
  final String? region;

  /// The script as written, else the one the language usually has in the
  /// region.
  String? get likelyScript {
    if (script != null) {
      return script;
    }
    if (language != 'zh') {
      return null;
    }
    return switch (region) {
      'TW' || 'HK' || 'MO' => 'Hant',
      _ => 'Hans',
    };
  }
}

bool _isAsciiLetter(int c) => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;

bool _isAsciiDigit(int c) => c >= 0x30 && c <= 0x39;

/// [s] with ASCII letters upper-cased and everything else as it is.
String _asciiUpper(String s) => String.fromCharCodes(
      s.codeUnits.map((c) => c >= 0x61 && c <= 0x7a ? c - 0x20 : c),
    );

/// [s] with ASCII letters lower-cased and everything else as it is.
String _asciiLower(String s) => String.fromCharCodes(
      s.codeUnits.map((c) => c >= 0x41 && c <= 0x5a ? c + 0x20 : c),
    );
