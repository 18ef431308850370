// {{ p.header }}

/**
 * {{ d.t.title_doc }}: the texts in `{{ l.tag }}`, loaded on demand by the
 * table's `load`.
 * @packageDocumentation
 */

/** Messages, by entry index. */
export const messages: readonly string[] = [
{%- for t in l.texts %}
  {{ t }},
{%- endfor %}
];
{%- if d.t.has_solutions %}

/** Solutions, by entry index (`null`: none). */
export const solutions: readonly (string | null)[] = [
{%- for s in l.solutions %}
  {% if let Some(s) = s %}{{ s }}{% else %}null{% endif %},
{%- endfor %}
];
{%- endif %}
{%- if d.has_templates %}

/** Templates with `{name}` placeholders, by entry index (`null`: none in this locale). */
export const templates: readonly (string | null)[] = [
{%- for s in l.templates %}
  {% if let Some(s) = s %}{{ s }}{% else %}null{% endif %},
{%- endfor %}
];
{%- endif %}
