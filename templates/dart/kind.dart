// {{ p.header }}

/// The canonical kinds of problem every table's codes map to, and the
/// actors who must act.
library;

import 'locale.dart';

/// A canonical kind of problem, shared by every vendor's tables: switch on
/// it to treat the same situation from different vendors alike.
enum Kind {
{%- for k in p.kinds %}
  /// {{ k.label_doc }}{% if let Some(d) = k.description_doc %}: {{ d }}{% endif %}
  {{ k.name }}({{ k.id_lit }}){% if loop.last %};{% else %},{% endif %}
{%- if !loop.last %}
{% endif %}
{%- endfor %}

  const Kind(this.id);

  /// The kind's stable id in the catalog, e.g. `'too_dark'`.
  final String id;

  /// A short label for people, in [locale].
  String label(CatalogLocale locale) => _labels[locale.index][index];

  /// Every kind, in catalog order.
  static const List<Kind> all = values;

  /// The kind with this [id], if any.
  static Kind? fromId(String id) => _byId[id];
}

const Map<String, Kind> _byId = <String, Kind>{
{%- for k in p.kinds %}
  {{ k.id_lit }}: Kind.{{ k.name }},
{%- endfor %}
};
{% for l in texts %}
/// The kinds' labels in `{{ l.tag }}`, by [Kind.index].
const List<String> _labels{{ l.suffix }} = <String>[
{%- for t in l.texts %}
  {{ t }},
{%- endfor %}
];
{% endfor %}
/// The kinds' labels by [CatalogLocale.index].
const List<List<String>> _labels = <List<String>>[
{%- for l in texts %}
  _labels{{ l.suffix }},
{%- endfor %}
];

/// Who must act for an error to go away.
enum Actor {
{%- for a in p.actors %}
  /// {{ a.doc }}
  {{ a.name }}({{ a.id_lit }}){% if loop.last %};{% else %},{% endif %}
{%- if !loop.last %}
{% endif %}
{%- endfor %}

  const Actor(this.id);

  /// The actor's id in the catalog, e.g. `'user'`.
  final String id;
}
