// {{ p.header }}

/// The prompts shown to end users, with their texts in every locale.
library;

import 'locale.dart';

/// A prompt shown to the end user.
enum Prompt {
{%- for pr in p.prompts %}
  /// {{ pr.text_doc }}
  {{ pr.name }}({{ pr.key_lit }}){% if loop.last %};{% else %},{% endif %}
{%- if !loop.last %}
{% endif %}
{%- endfor %}

  const Prompt(this.key);

  /// The prompt's stable key in the catalog, e.g. `'light_too_dark'`.
  final String key;

  /// The prompt's text in [locale].
  String text(CatalogLocale locale) => _texts[locale.index][index];

  /// Every prompt, in catalog order.
  static const List<Prompt> all = values;

  /// The prompt with this [key], if any.
  static Prompt? fromKey(String key) => _byKey[key];
}

const Map<String, Prompt> _byKey = <String, Prompt>{
{%- for pr in p.prompts %}
  {{ pr.key_lit }}: Prompt.{{ pr.name }},
{%- endfor %}
};
{% for l in texts %}
/// The prompts' texts in `{{ l.tag }}`, by [Prompt.index].
const List<String> _texts{{ l.suffix }} = <String>[
{%- for t in l.texts %}
  {{ t }},
{%- endfor %}
];
{% endfor %}
/// The prompts' texts by [CatalogLocale.index].
const List<List<String>> _texts = <List<String>>[
{%- for l in texts %}
  _texts{{ l.suffix }},
{%- endfor %}
];
