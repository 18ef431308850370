// {{ p.header }}

/**
 * {{ d.t.title_doc }}
 *
 * Vendor: {{ d.t.vendor_doc }}. Transcribed from {{ d.t.source_doc }}.
{%- if let Some(note) = d.t.note_doc %}
 *
 * {{ note }}
{%- endif %}
 * @packageDocumentation
 */

import { type Entry, Table, type TableTexts, Value, token
{%- if d.has_fills %}, Fillable, type FillValues{% endif %}
{%- if d.t.open %}, type FutureCode{% endif %}
{%- if d.t.has_patterns() %}, patternParam{% endif %}
{%- if d.t.flags.is_some() %}, flagChars, compareCodePoints{% endif %} } from '../core.js';
import type { CatalogLocale } from '../locale.js';
{%- if !d.shared_imports.is_empty() %}
import { {{ d.shared_imports }} } from '../shared.js';
{%- endif %}

const tableId = {{ d.t.id_lit }};

function loader(locale: CatalogLocale): Promise<TableTexts> | undefined {
  switch (locale) {
{%- for l in d.texts %}
    case {{ l.tag_lit }}:
      return import({{ l.import_lit }});
{%- endfor %}
    default:
      return undefined;
  }
}

/** The texts: the fallback locale's here, the others loaded on demand. */
const texts = new Table(
  {
    messages: [
{%- for t in d.fallback %}
      {{ t }},
{%- endfor %}
    ],
{%- if d.t.has_solutions %}
    solutions: [
{%- for s in d.fallback_solutions %}
      {% if let Some(s) = s %}{{ s }}{% else %}null{% endif %},
{%- endfor %}
    ],
{%- endif %}
{%- if d.has_templates %}
    templates: [
{%- for s in d.fallback_templates %}
      {% if let Some(s) = s %}{{ s }}{% else %}null{% endif %},
{%- endfor %}
    ],
{%- endif %}
  },
  loader,
);

function listed<N extends string>(name: N, code: string, entry: Entry): Value<typeof tableId, N, undefined> {
  return new Value(token, texts, tableId, name, code, code, undefined, entry);
}
{%- if d.has_fills %}

function fillable<N extends string, F extends FillValues>(name: N, code: string, entry: Entry): Fillable<typeof tableId, N, F> {
  return new Fillable(token, texts, tableId, name, code, code, undefined, entry);
}
{%- endif %}
{%- macro entry(e) %}{ index: {{ e.index }}, kind: Kind.{{ e.kind }}, actor: Actor.{{ e.actor }}, retryable: {{ e.retryable }}
{%- if let Some(pr) = e.prompt %}, prompt: Prompt.{{ pr }}{% endif %}
{%- if let Some(b) = e.billed %}, billed: {{ b }}{% endif %}
{%- if let Some(pl) = e.platform %}, platform: Platform.{{ pl }}{% endif %}
{%- if let Some(r) = e.retired_in_lit %}, retiredIn: {{ r }}{% endif %}
{%- if !e.params.is_empty() %}, params: [{% for pa in e.params %}{{ pa.name_lit }}{% if !loop.last %}, {% endif %}{% endfor %}]{% endif %} }{% endmacro %}

/** The codes the table lists, by name. */
const values = {
{%- for e in d.t.units() %}
  /**
   * {{ e.code_doc }}: {{ e.message_doc }}
{%- if let Some(r) = e.retired_in_doc %}
   *
   * Retired in version {{ r }}, with no successor.
{%- endif %}
{%- for a in e.aliases %}
   *
   * Also decoded from {{ a.code_doc }}, its code until version {{ a.retired_in_doc }}.
{%- endfor %}
   */
{%- if let Some(ft) = d.fill_types[e.index] %}
  {{ e.name }}: fillable<{{ d.name_lit(e) }}, {{ ft }}>({{ d.name_lit(e) }}, {{ e.code_lit }}, {% call entry(e) %}{% endcall %}),
{%- else %}
  {{ e.name }}: listed({{ d.name_lit(e) }}, {{ e.code_lit }}, {% call entry(e) %}{% endcall %}),
{%- endif %}
{%- endfor %}
};
{%- for e in d.t.patterns() %}
{%- if let Some(pat) = e.pattern %}

/** {{ e.code_doc }}: {{ e.message_doc }} */
const {{ e.name }}Entry: Entry = {% call entry(e) %}{% endcall %};
{%- endif %}
{%- endfor %}

/**
 * {{ d.t.title_doc }}: a discriminated union on `name`. Decode a raw code
 * with `{{ d.t.type_name }}.fromCode`; it never throws. A listed code gives
 * its value, a code of a family (a pattern) a value holding its `param`, and
 * any other code the value named `'unknown'`, which keeps the code.
{%- if d.t.open %}
 *
 * The vendor says codes exist beyond this table: the union has a member for
 * them, so a `switch` over `name` needs a `default` branch.
{%- else %}
 *
 * The vendor's list is complete: a `switch` over `name` can be exhaustive
 * (checked with `never`), and a new code in this table is a breaking change.
{%- endif %}
 */
export type {{ d.t.type_name }} =
  | (typeof values)[keyof typeof values]
{%- for e in d.t.patterns() %}
{%- if let Some(pat) = e.pattern %}
  | Value<typeof tableId, {{ d.name_lit(e) }}, {% if pat.int %}bigint{% else %}string{% endif %}>
{%- endif %}
{%- endfor %}
  | Value<typeof tableId, 'unknown', undefined>
{%- if d.t.open %}
  | Value<typeof tableId, FutureCode, never>
{%- endif %};
{%- if d.has_units %}

/** Listed codes and old codes (aliases) to their values. */
const byCode: ReadonlyMap<string, {{ d.t.type_name }}> = new Map<string, {{ d.t.type_name }}>([
{%- for (code, name) in d.lookup %}
  [{{ code }}, values.{{ name }}],
{%- endfor %}
]);
{%- endif %}

/**
 * Decodes a code as the vendor sends it. Never throws: an unlisted code gives
 * the value named `'unknown'`, which keeps the code.
 */
function fromCode(code: string): {{ d.t.type_name }} {
{%- if d.has_units %}
  const listedValue = byCode.get(code);
  if (listedValue !== undefined) {
    return listedValue.code === code ? listedValue : listedValue.receivedAs(code);
  }
{%- endif %}
{%- for e in d.t.patterns() %}
{%- if let Some(pat) = e.pattern %}
  const {{ e.name }}Param = patternParam(code, {{ pat.prefix_lit }}, {{ pat.suffix_lit }}, {{ pat.int }});
  if ({{ e.name }}Param !== undefined) {
    return new Value(token, texts, tableId, {{ d.name_lit(e) }}, code, code, {% if pat.int %}BigInt({{ e.name }}Param){% else %}{{ e.name }}Param{% endif %}, {{ e.name }}Entry);
  }
{%- endif %}
{%- endfor %}
  return unlisted(code);
}

/** The value of a code the table does not list (or of a malformed string). */
function unlisted(code: string): Value<typeof tableId, 'unknown', undefined> {
  return new Value(token, texts, tableId, 'unknown', code, code, undefined, undefined);
}

/**
 * Decodes an integer code (a `number` is written as JavaScript writes it, so
 * a fraction or a number beyond 2^53 gives an unlisted code).
 */
function fromInt(code: number | bigint): {{ d.t.type_name }} {
  return fromCode(String(code));
}
{%- if let Some(f) = d.t.flags %}

/**
 * Decodes a set of flags written exactly as {{ f.format_doc }}: one value per
 * character, sorted by code, without repeats. Unlisted characters give values
 * named `'unknown'`; a string in any other form (extra spaces, the bare
 * characters) is one unknown code.
 */
function decodeFlags(s: string): {{ d.t.type_name }}[] {
  const chars = flagChars(s, {{ f.prefix_lit }}, {{ f.suffix_lit }});
  if (chars === undefined) {
    return [unlisted(s)];
  }
  const out: {{ d.t.type_name }}[] = [];
  for (const c of chars) {
    if (!out.some((v) => v.code === c)) {
      out.push(fromCode(c));
    }
  }
  return out.sort((a, b) => compareCodePoints(a.code, b.code));
}
{%- endif %}

/** {{ d.t.title_doc }}: its listed values by name, and decoding. */
export const {{ d.t.type_name }} = {
  ...values,
{%- for (e, a) in d.t.aliases() %}
  /** @deprecated The old code {{ a.code_doc }}, retired in version {{ a.retired_in_doc }}: use the value it now decodes to. */
  {{ a.name }}: values.{{ e.name }},
{%- endfor %}
  /** The table's id in the catalog. */
  tableId,
  /** Whether the vendor says codes exist beyond this table. */
  open: {{ d.t.open }},
  fromCode,
  fromInt,
{%- if d.t.flags.is_some() %}
  decodeFlags,
{%- endif %}
  /**
   * Loads the table's texts (and the prompts' and kinds') in `locale`; until
   * then `message(locale)` gives the fallback locale's text.
   */
  load: (locale: CatalogLocale): Promise<void> => texts.load(locale),
  /** Whether the table's texts in `locale` are loaded. */
  isLoaded: (locale: CatalogLocale): boolean => texts.isLoaded(locale),
} as const;
