// {{ p.header }}

/**
 * Error codes of identity-verification SDKs and APIs, from the catalog
 * {{ p.catalog_doc }}: one module per table (`{{ p.pkg.name }}/tables/<id>`),
 * each a discriminated union with decoding that never throws; kinds, actors
 * and prompts shared by every vendor; texts in {{ p.locales.len() }} locales, the
 * fallback's bundled and the others loaded on demand.
 *
 * This entry point re-exports everything (and so imports every table); an
 * app that wants a small bundle imports `{{ p.pkg.name }}/tables/<id>`,
 * `{{ p.pkg.name }}/locale` and `{{ p.pkg.name }}/shared` instead.
 * @packageDocumentation
 */

export {
  CatalogError,
  type CatalogCode,
  type Fillable,
  type FillValues,
  type FutureCode,
  type Open,
  type Value,
} from './core.js';
export { decode, loadLocale, tableIds } from './decode.js';
export { catalogVersion } from './version.js';
export { type CatalogLocale, fallback, fromTag, locales, negotiate, negotiatePreferred } from './locale.js';
export {
  Actor,
  Kind,
  Platform,
  Prompt,
  allKinds,
  allPrompts,
  kindFromId,
  kindLabel,
  loadShared,
  promptFromKey,
  promptText,
} from './shared.js';
{%- for d in tables %}
export { {{ d.t.type_name }} } from {{ d.import_lit }};
{%- endfor %}
