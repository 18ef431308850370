// {{ p.header }}

/**
 * The locales the catalog has texts for, and locale negotiation from BCP 47
 * tags (`Intl.Locale`, `navigator.language`) and platform locale strings.
 * @packageDocumentation
 */

import type { Open } from './core.js';

/** Every locale tag, in catalog order. */
export const locales = [
{%- for l in p.locales %}
  {{ l.tag_lit }},
{%- endfor %}
] as const;

/**
 * A locale the catalog has texts for: its tag. The catalog adds locales over
 * time, so a `switch` over it needs a `default` branch.
 */
export type CatalogLocale = (typeof locales)[number] | Open<'locale'>;

/** The locale a missing text falls back to. */
export const fallback: CatalogLocale = {{ p.locales[p.fallback].tag_lit }};

/** A tag taken apart: language (lower case), script (`Hant`), region (`TW`). */
interface Tag {
  readonly language: string;
  readonly script: string | undefined;
  readonly region: string | undefined;
}

/** Whether the UTF-16 code unit `c` has the Unicode `White_Space` property. */
function isWhiteSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/**
 * @internal `s` without leading and trailing `White_Space` characters
 * (unlike `String.prototype.trim`, which also removes U+FEFF).
 */
export function trimWhiteSpace(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isWhiteSpace(s.charCodeAt(start))) {
    start++;
  }
  while (end > start && isWhiteSpace(s.charCodeAt(end - 1))) {
    end--;
  }
  return s.slice(start, end);
}

const asciiLower = (s: string): string => s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
const asciiUpper = (s: string): string => s.replace(/[a-z]+/g, (m) => m.toUpperCase());
const legacy: ReadonlyMap<string, string> = new Map([
  ['in', 'id'],
  ['iw', 'he'],
  ['ji', 'yi'],
]);

/**
 * Takes a tag apart: cut at the first `.` or `@`, split at `-` and `_`; the
 * first subtag is the language (legacy `in`, `iw`, `ji` read as `id`, `he`,
 * `yi`), a later one of four letters the script (also after Java's `#`),
 * one of two letters or three digits the region.
 */
function parse(tag: string): Tag {
  const head = trimWhiteSpace(tag).split(/[.@]/)[0] ?? '';
  const parts = head.split(/[-_]/);
  const first = asciiLower(parts[0] ?? '');
  const language = legacy.get(first) ?? first;
  let script: string | undefined;
  let region: string | undefined;
  for (const part of parts.slice(1)) {
    const q = part.startsWith('#') ? part.slice(1) : part;
    if (/^[A-Za-z]{4}$/.test(q) && script === undefined) {
      script = asciiUpper(q.slice(0, 1)) + asciiLower(q.slice(1));
    } else if (/^(?:[A-Za-z]{2}|[0-9]{3})$/.test(q) && region === undefined) {
      region = asciiUpper(q);
    }
  }
  return { language, script, region };
}

/**
 * The script of a tag: as written, or the one its language usually has in
 * its region (Chinese: `Hant` in Taiwan, Hong Kong and Macau, else `Hans`).
 */
function scriptOf(t: Tag): string | undefined {
  if (t.script !== undefined) {
    return t.script;
  }
  if (t.language === 'zh') {
    return t.region === 'TW' || t.region === 'HK' || t.region === 'MO' ? 'Hant' : 'Hans';
  }
  return undefined;
}

/**
 * The supported locale a BCP 47 tag, an `Intl.Locale` or a platform locale
 * string names (`'zh-Hans-CN'`, `'zh_TW'`, `'in-ID'`, `'th_TH.UTF-8'`):
 * of the catalog's locales with its language, the first with its script
 * (written or inferred), else the first of that language; `undefined` if
 * the catalog has no locale of that language.
 */
export function fromTag(tag: string | Intl.Locale): CatalogLocale | undefined {
  const want = parse(typeof tag === 'string' ? tag : tag.toString());
  if (want.language === '') {
    return undefined;
  }
  const wantScript = scriptOf(want);
  let first: CatalogLocale | undefined;
  for (const l of locales) {
    const have = parse(l);
    if (have.language !== want.language) {
      continue;
    }
    if (scriptOf(have) === wantScript) {
      return l;
    }
    first ??= l;
  }
  return first;
}

/** Like {@link fromTag}, but an unsupported tag gives {@link fallback}. */
export function negotiate(tag: string | Intl.Locale): CatalogLocale {
  return fromTag(tag) ?? fallback;
}

/**
 * The first supported locale among the user's preferred tags (e.g.
 * `navigator.languages`), else {@link fallback}.
 */
export function negotiatePreferred(tags: Iterable<string | Intl.Locale>): CatalogLocale {
  for (const tag of tags) {
    const l = fromTag(tag);
    if (l !== undefined) {
      return l;
    }
  }
  return fallback;
}
