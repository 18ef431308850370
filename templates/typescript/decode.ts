// {{ p.header }}

/**
 * The cross-table decode, for a table id known only at run time. It imports
 * every table: import the table modules themselves to keep bundles small.
 * @packageDocumentation
 */

import type { CatalogCode } from './core.js';
import type { CatalogLocale } from './locale.js';
{%- for d in tables %}
import { {{ d.t.type_name }} } from {{ d.import_lit }};
{%- endfor %}

/** Every table id, sorted. */
export const tableIds: readonly string[] = [
{%- for d in tables %}
  {{ d.t.id_lit }},
{%- endfor %}
];

/**
 * Decodes `code` in the table with id `table` (see {@link tableIds});
 * `undefined` only when there is no such table. Never throws.
 */
export function decode(table: string, code: string): CatalogCode | undefined {
  switch (table) {
{%- for d in tables %}
    case {{ d.t.id_lit }}:
      return {{ d.t.type_name }}.fromCode(code);
{%- endfor %}
    default:
      return undefined;
  }
}

/** Loads every table's texts in `locale` (and the prompts' and kinds'). */
export async function loadLocale(locale: CatalogLocale): Promise<void> {
  await Promise.all([
{%- for d in tables %}
    {{ d.t.type_name }}.load(locale),
{%- endfor %}
  ]);
}
