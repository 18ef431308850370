// {{ p.header }}

/**
 * The prompts' texts and the kinds' labels in `{{ s.tag }}`, loaded on demand
 * by `loadShared` and every table's `load`.
 * @packageDocumentation
 */

/** The prompts' texts, in catalog order. */
export const prompts: readonly string[] = [
{%- for t in s.prompts %}
  {{ t }},
{%- endfor %}
];

/** The kinds' labels, in catalog order. */
export const kinds: readonly string[] = [
{%- for t in s.kinds %}
  {{ t }},
{%- endfor %}
];
