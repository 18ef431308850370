// {{ p.header }}

/// {{ d.t.title_doc }}
///
/// Vendor: {{ d.t.vendor_doc }}. Transcribed from {{ d.t.source_doc }}.
{%- if let Some(note) = d.t.note_doc %}
///
/// {{ note }}
{%- endif %}
library;

import 'catalog_code.dart';
import 'kind.dart';
import 'locale.dart';
import 'prompt.dart';

/// {{ d.t.title_doc }}
///
/// Decode a raw code with [{{ d.t.type_name }}.fromCode]{% if d.t.int %} or
/// [{{ d.t.type_name }}.fromInt]{% endif %}; it never fails.
{%- if d.has_units %} A listed code gives a
/// [{{ d.enum_name }}] value
{%- endif %}
{%- for pc in d.patterns %}, a code of the family {{ pc.e.code_doc }} a
/// [{{ pc.class }}] holding its parameter
{%- endfor %}
{%- if d.has_aliases %}, an old code a [{{ d.legacy_class }}] holding the
/// current value and the code received
{%- endif %}, and any other code a
/// [{{ d.unknown_class }}], which keeps the code (only decoding makes one).
{%- if d.t.open %}
///
/// The vendor says codes exist beyond this table, so the class is not
/// sealed: a `switch` over it needs a default case (codes added to it come in
/// minor versions).
abstract final class {{ d.t.type_name }} implements CatalogCode {
{%- else %}
///
/// The vendor's list is complete, so the class is sealed and a `switch` over
/// these subtypes is exhaustive (a code added to it is a breaking change).
sealed class {{ d.t.type_name }} implements CatalogCode {
{%- endif %}
  /// Decodes a [code] as the vendor sends it. Never fails: an unlisted code
  /// gives [{{ d.unknown_class }}] with the code.
  factory {{ d.t.type_name }}.fromCode(String code) =>
{%- if d.has_units %}
      _byCode[code] ??
{%- endif %}
{%- if d.has_aliases %}
      {{ d.legacy_class }}._match(code) ??
{%- endif %}
{%- for pc in d.patterns %}
      {{ pc.class }}._match(code) ??
{%- endfor %}
      {{ d.unknown_class }}._(code);
{%- if d.t.int %}

  /// Decodes an integer [code] (any 64-bit integer).
  factory {{ d.t.type_name }}.fromInt(int code) =>
      {{ d.t.type_name }}.fromCode(code.toString());
{%- endif %}

  /// The table's id in the catalog.
  static const String tableId = {{ d.t.id_lit }};

  /// Whether the vendor says codes exist beyond this table.
  static const bool open = {{ d.t.open }};
{%- for (e, a) in d.t.aliases() %}

  /// The old code {{ a.code_doc }}, retired in version {{ a.retired_in_doc }}.
  @Deprecated('an old code: use the value it now decodes to')
  static const {{ d.t.type_name }} {{ a.name }} = {{ d.enum_name }}.{{ e.name }};
{%- endfor %}
{%- if let Some(f) = d.t.flags %}

  /// Decodes a set of flags written exactly as {{ f.format_doc }}: one value
  /// per character, sorted by code, without repeats; an unlisted character
  /// gives a [{{ d.unknown_class }}]. A string in any other form (white space
  /// around it, the bare characters) gives one [{{ d.unknown_class }}] with
  /// the whole string.
  static List<{{ d.t.type_name }}> decodeFlags(String s) {
    final chars = flagChars(s, {{ f.prefix_lit }}, {{ f.suffix_lit }});
    if (chars == null) {
      return <{{ d.t.type_name }}>[{{ d.unknown_class }}._(s)];
    }
    final out = <{{ d.t.type_name }}>[];
    for (final c in chars.runes) {
      final value = {{ d.t.type_name }}.fromCode(String.fromCharCode(c));
      if (!out.contains(value)) {
        out.add(value);
      }
    }
    return out..sort((a, b) => compareCodePoints(a.code, b.code));
  }
{%- endif %}

  /// Decodes the JSON form [toJson] writes (the code received; a number is
  /// read as an integer code).
  factory {{ d.t.type_name }}.fromJson(Object? json) => switch (json) {
        final String code => {{ d.t.type_name }}.fromCode(code),
        final int code => {{ d.t.type_name }}.fromCode(code.toString()),
        _ => throw FormatException('not a code of {{ d.t.type_name }}', json),
      };

  /// The catalog entry of this value; null for an unlisted code.
  {{ d.entry_class }}? get entry;
}

/// The members every [{{ d.t.type_name }}] value shares, from its entry.
mixin {{ d.mixin_name }} {
  /// The catalog entry of this value; null for an unlisted code.
  {{ d.entry_class }}? get entry;

  /// The code as the vendor sends it (for an old code, the current code).
  String get code;

  /// The code actually received (an old code, an unlisted code, or [code]).
  String get received => code;

  /// The JSON form of the value: the code received.
  String toJson() => received;

  /// The id of the table the value belongs to.
  String get table => {{ d.t.type_name }}.tableId;

  /// Whether the catalog lists the code.
  bool get isKnown => entry != null;

  /// The message for the end user in [locale]; for an unlisted code, the
  /// text of [Prompt.{{ p.unknown_prompt }}].
  String message(CatalogLocale locale) =>
      entry?.message(locale) ?? Prompt.{{ p.unknown_prompt }}.text(locale);

  /// The message in [locale] with the entry's parameters filled in from
  /// [values] (by name); the plain message where the locale has no template
  /// or a value is missing.
  String messageWith(CatalogLocale locale, Map<String, Object> values) {
    final e = entry;
    final t = e?.template(locale);
    if (e == null) {
      return message(locale);
    }
    if (t == null || !e.params.every(values.containsKey)) {
      return e.message(locale);
    }
    return fillTemplate(t, values);
  }

  /// What the integrating developer can do, in [locale], where the vendor
  /// says.
  String? solution(CatalogLocale locale) => entry?.solution(locale);

  /// Whether the vendor bills the call that returned this code, where it
  /// says.
  bool? get billed => entry?.billed;

  /// The platform the code occurs on, where the vendor says.
  CatalogPlatform? get platform => entry?.platform;

  /// The version that retired this code, for old codes with no successor.
  String? get retiredIn => entry?.retiredIn;

  /// The canonical kind; [Kind.{{ p.unknown_kind }}] for an unlisted code.
  Kind get kind => entry?.kind ?? Kind.{{ p.unknown_kind }};

  /// Who must act; for an unlisted code, [Actor.{{ p.unknown_actor }}] (who
  /// has to look at it).
  Actor get actor => entry?.actor ?? Actor.{{ p.unknown_actor }};

  /// Whether trying again (after the actor acted) can succeed; false for an
  /// unlisted code.
  bool get retryable => entry?.retryable ?? false;

  /// The prompt to show the end user, where they can fix the problem.
  Prompt? get prompt => entry?.prompt;

  /// The code and its message in [CatalogLocale.fallback].
  @override
  String toString() => '$code: ${message(CatalogLocale.fallback)}';
}

/// One entry of the table: its code (the pattern, for a family) and
/// metadata; its texts are in this library's per-locale lists at [index].
final class {{ d.entry_class }} {
  /// An entry; [index] is its position in the table.
  const {{ d.entry_class }}(
    this.index,
    this.code, {
    required this.kind,
    required this.actor,
    required this.retryable,
    this.prompt,
    this.billed,
    this.platform,
    this.retiredIn,
  });

  /// The entry's position in the table.
  final int index;

  /// The code as the catalog lists it; for a family, its pattern.
  final String code;

  /// The canonical kind.
  final Kind kind;

  /// Who must act.
  final Actor actor;

  /// Whether trying again (after the actor acted) can succeed.
  final bool retryable;

  /// The prompt to show the end user, where they can fix the problem.
  final Prompt? prompt;

  /// Whether the vendor bills the call, where it says.
  final bool? billed;

  /// The platform the code occurs on, where the vendor says.
  final CatalogPlatform? platform;

  /// The version that retired this code, for old codes with no successor.
  final String? retiredIn;

  /// The message for the end user in [locale].
  String message(CatalogLocale locale) => _messages[locale.index][index];

  /// The names of the entry's parameters (`{name}` in its templates; a
  /// family's own parameter first).
  List<String> get params => _params[index];

  /// The message with `{name}` placeholders in [locale]; null where the
  /// locale has none (it shows [message]).
{%- if d.has_templates %}
  String? template(CatalogLocale locale) => _templates[locale.index][index];
{%- else %}
  String? template(CatalogLocale locale) => null;
{%- endif %}

  /// What the integrating developer can do, in [locale], where the vendor
  /// says.
{%- if d.t.has_solutions %}
  String? solution(CatalogLocale locale) => _solutions[locale.index][index];
{%- else %}
  String? solution(CatalogLocale locale) => null;
{%- endif %}
}
{%- macro entry(e) %}{{ d.entry_class }}({{ e.index }}, {{ e.code_lit }}, kind: Kind.{{ e.kind }}, actor: Actor.{{ e.actor }}, retryable: {{ e.retryable }}
{%- if let Some(pr) = e.prompt %}, prompt: Prompt.{{ pr }}{% endif %}
{%- if let Some(b) = e.billed %}, billed: {{ b }}{% endif %}
{%- if let Some(pl) = e.platform %}, platform: CatalogPlatform.{{ pl }}{% endif %}
{%- if let Some(r) = e.retired_in_lit %}, retiredIn: {{ r }}{% endif %}){% endmacro %}
{%- if d.has_units %}

/// The codes the table lists.
enum {{ d.enum_name }} with {{ d.mixin_name }} implements {{ d.t.type_name }} {
{%- for e in d.t.units() %}
  /// {{ e.code_doc }}: {{ e.message_doc }}
{%- if let Some(r) = e.retired_in_doc %}
  ///
  /// Retired in version {{ r }}, with no successor.
{%- endif %}
{%- for a in e.aliases %}
  ///
  /// Also decoded from {{ a.code_doc }}, its code until version {{ a.retired_in_doc }}.
{%- endfor %}
  {{ e.name }}({% call entry(e) %}{% endcall %}){% if loop.last %};{% else %},{% endif %}
{%- if !loop.last %}
{% endif %}
{%- endfor %}

  const {{ d.enum_name }}(this.entry);

  @override
  final {{ d.entry_class }} entry;

  @override
  String get code => entry.code;
}

/// Listed codes to their values.
const Map<String, {{ d.enum_name }}> _byCode = <String, {{ d.enum_name }}>{
{%- for (code, name) in d.lookup %}
  {{ code }}: {{ d.enum_name }}.{{ name }},
{%- endfor %}
};
{%- endif %}
{%- for pc in d.patterns %}

/// {{ pc.e.code_doc }}: {{ pc.e.message_doc }}
///
/// A family of codes: holds the {{ pc.pat.param_doc }} parameter as sent
{%- if pc.pat.int %} (a canonical integer){% endif %}.
{%- if let Some(r) = pc.e.retired_in_doc %}
///
/// Retired in version {{ r }}, with no successor.
{%- endif %}
final class {{ pc.class }} with {{ d.mixin_name }} implements {{ d.t.type_name }} {
  /// The value for the code [prefix] + [param] + [suffix].
  const {{ pc.class }}(this.param);

  /// The {{ pc.pat.param_doc }} parameter as sent.
  final {% if pc.pat.int %}int{% else %}String{% endif %} param;

  /// The text before the parameter.
  static const String prefix = {{ pc.pat.prefix_lit }};

  /// The text after the parameter.
  static const String suffix = {{ pc.pat.suffix_lit }};

  static const {{ d.entry_class }} _entry = {% call entry(pc.e) %}{% endcall %};

  static {{ pc.class }}? _match(String code) {
    final param = patternParam(code, prefix, suffix{% if pc.pat.int %}, integer: true{% endif %});
{%- if pc.pat.int %}
    return param == null ? null : {{ pc.class }}(int.parse(param));
{%- else %}
    return param == null ? null : {{ pc.class }}(param);
{%- endif %}
  }

  @override
  {{ d.entry_class }} get entry => _entry;

  /// The message in [locale], its template filled with [param] where the
  /// locale has one.
  @override
  String message(CatalogLocale locale) {
    final t = _entry.template(locale);
    if (t == null || _entry.params.isEmpty) {
      return _entry.message(locale);
    }
    return fillTemplate(t, <String, Object>{_entry.params.first: param});
  }

  @override
  String get code => '$prefix$param$suffix';

  @override
  bool operator ==(Object other) => other is {{ pc.class }} && other.param == param;

  @override
  int get hashCode => Object.hash({{ pc.class }}, param);
}
{%- endfor %}

{%- if d.has_aliases %}

/// A value decoded from an old code (an alias): the [current] value and the
/// code actually [received]. Its texts and metadata are the current value's.
final class {{ d.legacy_class }} with {{ d.mixin_name }} implements {{ d.t.type_name }} {
  const {{ d.legacy_class }}._(this.current, this.received);

  /// The value the old code now decodes to.
  final {{ d.enum_name }} current;

  @override
  final String received;

  static {{ d.legacy_class }}? _match(String code) {
    final current = _byAlias[code];
    return current == null ? null : {{ d.legacy_class }}._(current, code);
  }

  @override
  {{ d.entry_class }} get entry => current.entry;

  @override
  String get code => current.code;

  @override
  bool operator ==(Object other) =>
      other is {{ d.legacy_class }} && other.current == current && other.received == received;

  @override
  int get hashCode => Object.hash({{ d.legacy_class }}, current, received);
}

/// Old codes (aliases) to the values they now decode to.
const Map<String, {{ d.enum_name }}> _byAlias = <String, {{ d.enum_name }}>{
{%- for (code, name) in d.alias_lookup %}
  {{ code }}: {{ d.enum_name }}.{{ name }},
{%- endfor %}
};
{%- endif %}

/// A code the table does not list; keeps the raw code. Only decoding makes
/// one.
final class {{ d.unknown_class }} with {{ d.mixin_name }} implements {{ d.t.type_name }} {
  const {{ d.unknown_class }}._(this.code);

  @override
  final String code;

  @override
  {{ d.entry_class }}? get entry => null;

  @override
  bool operator ==(Object other) => other is {{ d.unknown_class }} && other.code == code;

  @override
  int get hashCode => Object.hash({{ d.unknown_class }}, code);
}
{% for l in d.texts %}
/// Messages in `{{ l.tag }}`, by entry index.
const List<String> _messages{{ l.suffix }} = <String>[
{%- for t in l.texts %}
  {{ t }},
{%- endfor %}
];
{% endfor %}
/// Messages by [CatalogLocale.index], then entry index.
const List<List<String>> _messages = <List<String>>[
{%- for l in d.texts %}
  _messages{{ l.suffix }},
{%- endfor %}
];
{%- if d.t.has_solutions %}
{% for l in d.texts %}
/// Solutions in `{{ l.tag }}`, by entry index (null: none).
const List<String?> _solutions{{ l.suffix }} = <String?>[
{%- for s in l.solutions %}
  {% if let Some(s) = s %}{{ s }}{% else %}null{% endif %},
{%- endfor %}
];
{% endfor %}
/// Solutions by [CatalogLocale.index], then entry index.
const List<List<String?>> _solutions = <List<String?>>[
{%- for l in d.texts %}
  _solutions{{ l.suffix }},
{%- endfor %}
];
{%- endif %}

/// Parameter names by entry index.
const List<List<String>> _params = <List<String>>[
{%- for ps in d.params %}
  <String>[{{ ps }}],
{%- endfor %}
];
{%- if d.has_templates %}
{% for (suffix, tag, lits) in d.templates %}
/// Templates in `{{ tag }}`, by entry index (null: none).
const List<String?> _templates{{ suffix }} = <String?>[
{%- for t in lits %}
  {{ t }},
{%- endfor %}
];
{% endfor %}
/// Templates by [CatalogLocale.index], then entry index.
const List<List<String?>> _templates = <List<String?>>[
{%- for (suffix, tag, lits) in d.templates %}
  _templates{{ suffix }},
{%- endfor %}
];
{%- endif %}
