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
/// [{{ d.enum_name }}] value (one class per code)
{%- endif %}
{%- for pc in d.patterns %}, a code of the family {{ pc.e.code_doc }} a
/// [{{ pc.class }}] holding its parameter
{%- endfor %}
{%- if d.has_aliases %}, an old code the current value (equal to it,
/// matched by the same `switch` case) keeping the code [CatalogCode.received]
{%- endif %}, and any other code a [{{ d.unknown_class }}], which keeps the
/// code (only decoding makes one).
{%- if d.t.open %}
///
/// The vendor says codes exist beyond this table, so the class is not
/// sealed: a `switch` over it needs a default case (codes added to it come in
/// minor versions).
{{ d.l.header }}
{%- else %}
///
/// The vendor's list is complete, so the class is sealed and a `switch` over
/// these subtypes is exhaustive (a code added to it is a breaking change).
{{ d.l.header }}
{%- endif %}
  /// Decodes a [code] as the vendor sends it. Never fails: an unlisted code
  /// gives [{{ d.unknown_class }}] with the code.
  {{ d.l.from_code }}
{%- if let Some(f) = d.l.from_int %}

  /// Decodes an integer [code] (any 64-bit integer).
  {{ f }}
{%- endif %}

  /// The table's id in the catalog.
  {{ d.l.table_id }}

  /// Whether the vendor says codes exist beyond this table.
  static const bool open = {{ d.t.open }};
{%- for (a, line) in d.l.aliases %}

  /// The old code {{ a.code_doc }}, retired in version {{ a.retired_in_doc }}:
  /// the value it decodes to, as received with that code.
  @Deprecated('an old code: use the value it now decodes to')
  {{ line }}
{%- endfor %}
{%- if let Some(f) = d.t.flags %}

  /// Decodes a set of flags written exactly as {{ f.format_doc }}: one value
  /// per character, sorted by code, without repeats; an unlisted character
  /// gives a [{{ d.unknown_class }}]. A string in any other form (white space
  /// around it, the bare characters) gives one [{{ d.unknown_class }}] with
  /// the whole string.
  static List<{{ d.t.type_name }}> decodeFlags(String s) {
    final chars = flagChars(s, _flagPrefix, _flagSuffix);
    if (chars == null) {
      return <{{ d.t.type_name }}>[{{ d.unknown_class }}._(s)];
    }
    return decodeFlagChars(chars, {{ d.t.type_name }}.fromCode);
  }
{%- for line in d.l.flag_consts %}

  {{ line }}
{%- endfor %}
{%- endif %}

  /// Decodes the JSON form [toJson] writes (the code received; a number is
  /// read as an integer code).
  {{ d.l.from_json }}

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
  {{ d.l.table_getter }}

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

/// The entries, by index.
{{ d.l.entries_head }}
{%- for e in d.l.entries %}
  {{ e }}
{%- endfor %}
];
{%- if let Some(g) = d.group %}

/// A code the table lists. Each has a class of its own, so that a `switch`
/// can match every code by its class (`case {{ g.first_class }}():`), and one value, a
/// constant of this class ([{{ d.enum_name }}.{{ g.first_name }}]). A value decoded from an
/// old code is equal to its current value (`==`, [hashCode] and the class
/// a `switch` matches) and keeps the code it was decoded from in
/// [received].
{{ g.header }}
  /// A value; [_received] is the code it was decoded from, where that was
  /// an old code.
  const {{ d.enum_name }}([this._received]);

  final String? _received;

  int get _index;
{%- for (e, class, line) in g.values %}

  /// [{{ class }}]: {{ e.code_doc }}.
  {{ line }}
{%- endfor %}

  @override
  {{ g.entry_getter }}

  @override
  String get code => entry.code;

  @override
  String get received => _received ?? code;

  /// Equal to the same code's value, whatever code it was decoded from.
  @override
  {{ g.eq }}

  @override
  {{ g.hash }}
}
{%- for u in d.units %}

/// {{ u.e.code_doc }}: {{ u.e.message_doc }}
{%- if let Some(r) = u.e.retired_in_doc %}
///
/// Retired in version {{ r }}, with no successor.
{%- endif %}
{%- for a in u.e.aliases %}
///
/// Also decoded from {{ a.code_doc }}, its code until version {{ a.retired_in_doc }}.
{%- endfor %}
{{ u.header }}
  {{ u.ctor }}

  @override
  int get _index => {{ u.e.index }};
}
{%- endfor %}

/// Listed codes to their values.
{{ d.by_code_head }}
{%- for l in d.lookup %}
  {{ l }}
{%- endfor %}
};
{%- endif %}
{%- if d.has_aliases %}

/// Old codes (aliases) to the values they now decode to, as received.
{{ d.by_alias_head }}
{%- for l in d.alias_lookup %}
  {{ l }}
{%- endfor %}
};
{%- endif %}
{%- for pc in d.patterns %}

/// {{ pc.e.code_doc }}: {{ pc.e.message_doc }}
///
/// A family of codes: holds the {{ pc.pat.param_doc }} parameter as sent
{%- if pc.pat.int %} (a canonical integer){% else %} (only decoding makes one){% endif %}.
{%- if let Some(r) = pc.e.retired_in_doc %}
///
/// Retired in version {{ r }}, with no successor.
{%- endif %}
{{ pc.header }}
{%- if pc.pat.int %}
  /// The value for the code [prefix] + [param] + [suffix].
  {{ pc.ctor }}
{%- else %}
  {{ pc.ctor }}
{%- endif %}

  /// The {{ pc.pat.param_doc }} parameter as sent.
  final {% if pc.pat.int %}int{% else %}String{% endif %} param;

  /// The text before the parameter.
  {{ pc.prefix }}

  /// The text after the parameter.
  {{ pc.suffix }}

  {{ pc.match_head }}
    final param = patternParam(code, prefix, suffix{% if pc.pat.int %}, integer: true{% endif %});
    if (param == null) {
      return null;
    }
    {{ pc.match_return }}
  }

  @override
  {{ pc.entry_getter }}

  /// The message in [locale], its template filled with [param] where the
  /// locale has one.
  @override
  String message(CatalogLocale locale) {
    final t = entry.template(locale);
    if (t == null || entry.params.isEmpty) {
      return entry.message(locale);
    }
    return fillTemplate(t, <String, Object>{entry.params.first: param});
  }

  /// The message in [locale] with the entry's parameters filled in from
  /// [values] (by name) and its own [param] from the code (which wins over a
  /// value of the same name); [message] where the locale has no template or a
  /// value is missing.
  @override
  String messageWith(CatalogLocale locale, Map<String, Object> values) {
    final t = entry.template(locale);
    if (t == null || entry.params.isEmpty) {
      return entry.message(locale);
    }
    final all = <String, Object>{...values, entry.params.first: param};
    if (!entry.params.every(all.containsKey)) {
      return message(locale);
    }
    return fillTemplate(t, all);
  }

  @override
  String get code => '$prefix$param$suffix';

  @override
  {{ pc.eq }}

  @override
  {{ pc.hash }}
}
{%- endfor %}

/// A code the table does not list; keeps the raw code. Only decoding makes
/// one.
{{ d.unknown.header }}
  const {{ d.unknown_class }}._(this.code);

  @override
  final String code;

  @override
  {{ d.entry_class }}? get entry => null;

  @override
  {{ d.unknown.eq }}

  @override
  {{ d.unknown.hash }}
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
