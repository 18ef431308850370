// {{ p.header }}

/**
 * The vocabularies every table shares: kinds, actors, prompts and platforms,
 * with the prompts' texts and the kinds' labels (the fallback locale's here,
 * every other locale's loaded on demand).
 * @packageDocumentation
 */

import type { Open } from './core.js';
import { type CatalogLocale, fallback } from './locale.js';

/**
 * The canonical kinds of problem every table's codes map to, by name. Switch
 * on a value's `kind` to treat the same situation from different vendors
 * alike.
 */
export const Kind = {
{%- for k in p.kinds %}
  /** {{ k.label_doc }}{% if let Some(d) = k.description_doc %}: {{ d }}{% endif %} */
  {{ k.name }}: {{ k.id_lit }},
{%- endfor %}
} as const;

/**
 * A canonical kind: its id. The catalog adds kinds over time, so a `switch`
 * over it needs a `default` branch.
 */
export type Kind = (typeof Kind)[keyof typeof Kind] | Open<'kind'>;

/** Every kind, in catalog order. */
export const allKinds: readonly Kind[] = [
{%- for k in p.kinds %}
  Kind.{{ k.name }},
{%- endfor %}
];

/** The prompts shown to end users, by name. */
export const Prompt = {
{%- for pr in p.prompts %}
  /** {{ pr.text_doc }} */
  {{ pr.name }}: {{ pr.key_lit }},
{%- endfor %}
} as const;

/**
 * A prompt: its key. The catalog adds prompts over time, so a `switch` over
 * it needs a `default` branch.
 */
export type Prompt = (typeof Prompt)[keyof typeof Prompt] | Open<'prompt'>;

/** Every prompt, in catalog order. */
export const allPrompts: readonly Prompt[] = [
{%- for pr in p.prompts %}
  Prompt.{{ pr.name }},
{%- endfor %}
];

/** Who must act for an error to go away (a closed set). */
export const Actor = {
{%- for a in p.actors %}
  /** {{ a.doc }} */
  {{ a.name }}: {{ a.id_lit }},
{%- endfor %}
} as const;

/** An actor: its id. The set is closed: a `switch` over it can be exhaustive. */
export type Actor = (typeof Actor)[keyof typeof Actor];

/** The platform an error code occurs on, where the vendor says. */
export const Platform = {
  /** Android and iOS. */
  both: 'both',
  /** iOS only. */
  ios: 'ios',
  /** Android only. */
  android: 'android',
} as const;

/** A platform: its id (a closed set). */
export type Platform = (typeof Platform)[keyof typeof Platform];

/** @internal The prompts' texts and kinds' labels of one locale. */
export interface SharedTexts {
  readonly prompts: readonly string[];
  readonly kinds: readonly string[];
}

const fallbackTexts: SharedTexts = {
  prompts: [
{%- for t in fallback_prompts %}
    {{ t }},
{%- endfor %}
  ],
  kinds: [
{%- for t in fallback_kinds %}
    {{ t }},
{%- endfor %}
  ],
};

const loaded = new Map<string, SharedTexts>([[fallback, fallbackTexts]]);

function loader(locale: CatalogLocale): Promise<SharedTexts> | undefined {
  switch (locale) {
{%- for s in shared %}
    case {{ s.tag_lit }}:
      return import({{ s.import_lit }});
{%- endfor %}
    default:
      return undefined;
  }
}

/**
 * Loads the prompts' texts and the kinds' labels in `locale` (the tables'
 * `load` does this too); until then they are the fallback locale's.
 */
export async function loadShared(locale: CatalogLocale): Promise<void> {
  if (loaded.has(locale)) {
    return;
  }
  const texts = await loader(locale);
  if (texts !== undefined) {
    loaded.set(locale, { prompts: texts.prompts, kinds: texts.kinds });
  }
}

function texts(locale: CatalogLocale): SharedTexts {
  return loaded.get(locale) ?? fallbackTexts;
}

/**
 * The prompt's text in `locale` (the fallback locale's if `locale` is not
 * loaded), or `undefined` for a key the package does not know.
 */
export function promptText(prompt: Prompt, locale: CatalogLocale = fallback): string | undefined {
  const i = allPrompts.indexOf(prompt);
  return i < 0 ? undefined : (texts(locale).prompts[i] ?? fallbackTexts.prompts[i]);
}

/**
 * A short label of the kind for people, in `locale` (the fallback locale's if
 * `locale` is not loaded), or `undefined` for an id the package does not know.
 */
export function kindLabel(kind: Kind, locale: CatalogLocale = fallback): string | undefined {
  const i = allKinds.indexOf(kind);
  return i < 0 ? undefined : (texts(locale).kinds[i] ?? fallbackTexts.kinds[i]);
}

/** The kind with this id, if the package knows it. */
export function kindFromId(id: string): Kind | undefined {
  return allKinds.find((k) => k === id);
}

/** The prompt with this key, if the package knows it. */
export function promptFromKey(key: string): Prompt | undefined {
  return allPrompts.find((pr) => pr === key);
}
