// {{ p.header }}

/**
 * What every table's values offer ({@link CatalogCode}), the error class to
 * throw, and the internals the table modules share.
 * @packageDocumentation
 */

import { type CatalogLocale, fallback } from './locale.js';
import { Actor, Kind, Prompt, type Platform, loadShared, promptText } from './shared.js';

declare const openBrand: unique symbol;
declare const futureCode: unique symbol;

/**
 * The name of the member of an open table's union that stands for the codes
 * later versions of the catalog add. No value has it at run time and no app
 * can write it, so a `switch` over an open table's `name` needs a `default`
 * branch. (A symbol, not a string: TypeScript narrows a union on `name`
 * only while every member's `name` is a unit type.)
 */
export type FutureCode = typeof futureCode;

/**
 * A string no app can write: the member of an open vocabulary (kinds,
 * prompts, locales) that stands for what later versions of the catalog add,
 * so a `switch` over it needs a `default` branch.
 */
export type Open<What extends string> = string & { readonly [openBrand]: What };

/** What every table's values offer, for code that handles codes of any table. */
export interface CatalogCode {
  /** The id of the table the value belongs to. */
  readonly table: string;
  /**
   * The value's name in its table (the discriminant): `'unknown'` for an
   * unlisted code; never {@link FutureCode} at run time.
   */
  readonly name: string | FutureCode;
  /** The code as the catalog lists it (an old code gives its successor's). */
  readonly code: string;
  /** The code as it was received (an old code stays old here). */
  readonly received: string;
  /** Whether the catalog lists the code. */
  readonly isKnown: boolean;
  /**
   * The message for the end user in `locale` (default: the fallback locale),
   * once the table's texts in `locale` are loaded (`load`), else in the
   * fallback locale; for an unknown code, the text of the prompt
   * `{{ p.unknown_prompt }}`. A code family (a pattern) shows its template
   * filled with its own parameter (`messageWith(locale)`); an entry whose
   * template needs other values shows its message, which has no
   * placeholders.
   */
  message(locale?: CatalogLocale): string;
  /**
   * The message in `locale` with its parameters filled in: a code family's
   * own parameter from the code, the others from `values` (by name). The
   * plain message where `locale` has no template or a value is missing.
   */
  messageWith(locale?: CatalogLocale, values?: FillValues): string;
  /** The names of the parameters the message's template mentions (a family's own first). */
  readonly params: readonly string[];
  /** The message in `locale` with `{name}` placeholders, where the catalog has one. */
  template(locale?: CatalogLocale): string | undefined;
  /** What the integrating developer can do, in `locale`, where the vendor says. */
  solution(locale?: CatalogLocale): string | undefined;
  /** Whether the vendor bills the call that returned this code, where it says. */
  readonly billed: boolean | undefined;
  /** The platform the code occurs on, where the vendor says. */
  readonly platform: Platform | undefined;
  /** The version that retired this code, for old codes with no successor. */
  readonly retiredIn: string | undefined;
  /** The canonical kind (`Kind.{{ p.unknown_kind }}` for an unlisted code). */
  readonly kind: Kind;
  /** Who must act (`Actor.{{ p.unknown_actor }}` for an unlisted code). */
  readonly actor: Actor;
  /** Whether trying again (after the actor acted) can succeed; false for an unlisted code. */
  readonly retryable: boolean;
  /** The prompt to show the end user, where they can fix the problem. */
  readonly prompt: Prompt | undefined;
  /** `code: message` in the fallback locale. */
  toString(): string;
}

/**
 * Values for a template's parameters, by name: text as a `string`, integers
 * as a `bigint` or a `number` (written as `String` writes it).
 */
export type FillValues = Readonly<Record<string, string | number | bigint>>;

/** An `Error` carrying a decoded value: `throw new CatalogError(v)`. */
export class CatalogError extends Error {
  /** The decoded value. */
  readonly value: CatalogCode;

  /** An error whose message is `code: message` in `locale`. */
  constructor(value: CatalogCode, locale: CatalogLocale = fallback) {
    super(`${value.code}: ${value.message(locale)}`);
    this.name = 'CatalogError';
    this.value = value;
  }
}

/** @internal An entry's metadata; its texts are at `index`. */
export interface Entry {
  readonly index: number;
  readonly kind: Kind;
  readonly actor: Actor;
  readonly retryable: boolean;
  readonly prompt?: Prompt;
  readonly billed?: boolean;
  readonly platform?: Platform;
  readonly retiredIn?: string;
  /** The parameters its template names, a family's own first. */
  readonly params?: readonly string[];
}

/** @internal One locale's texts of a table, by entry index. */
export interface TableTexts {
  readonly messages: readonly string[];
  readonly solutions?: readonly (string | null)[];
  readonly templates?: readonly (string | null)[];
}

/** @internal A table's texts: the fallback locale's, and those loaded. */
export class Table {
  private readonly loaded = new Map<string, TableTexts>();

  constructor(
    private readonly fallbackTexts: TableTexts,
    private readonly loader: (locale: CatalogLocale) => Promise<TableTexts> | undefined,
  ) {
    this.loaded.set(fallback, fallbackTexts);
  }

  async load(locale: CatalogLocale): Promise<void> {
    await loadShared(locale);
    if (this.loaded.has(locale)) {
      return;
    }
    const texts = await this.loader(locale);
    if (texts !== undefined) {
      this.loaded.set(locale, {
        messages: texts.messages,
        solutions: texts.solutions ?? [],
        templates: texts.templates ?? [],
      });
    }
  }

  isLoaded(locale: CatalogLocale): boolean {
    return this.loaded.has(locale);
  }

  message(index: number, locale: CatalogLocale): string {
    const texts = this.loaded.get(locale) ?? this.fallbackTexts;
    return texts.messages[index] ?? this.fallbackTexts.messages[index] ?? '';
  }

  solution(index: number, locale: CatalogLocale): string | undefined {
    const texts = this.loaded.get(locale) ?? this.fallbackTexts;
    return texts.solutions?.[index] ?? undefined;
  }

  template(index: number, locale: CatalogLocale): string | undefined {
    const texts = this.loaded.get(locale) ?? this.fallbackTexts;
    return texts.templates?.[index] ?? undefined;
  }
}

/** @internal Only the package's modules hold it: values come from decoding. */
export const token: unique symbol = Symbol('{{ p.pkg.name }}');

/**
 * A value of a table: `T` its table id, `N` its name (the discriminant), `P`
 * its parameter (a pattern family's; `undefined` otherwise). Values come only
 * from decoding and the tables' constants.
 */
export class Value<T extends string, N extends string | FutureCode, P> implements CatalogCode {
  /** @internal */
  constructor(
    key: typeof token,
    private readonly texts: Table,
    readonly table: T,
    readonly name: N,
    readonly code: string,
    readonly received: string,
    /** A pattern family's parameter (an integer parameter as a `bigint`). */
    readonly param: P,
    private readonly entry: Entry | undefined,
  ) {
    if (key !== token) {
      throw new TypeError('values come from decoding');
    }
  }

  /** @internal The same value (of the same class), received as `code`. */
  receivedAs(code: string): this {
    const v = Object.create(Object.getPrototypeOf(this) as object) as this;
    return Object.assign(v, this, { received: code });
  }

  get isKnown(): boolean {
    return this.entry !== undefined;
  }

  message(locale: CatalogLocale = fallback): string {
    return this.messageWith(locale);
  }

  messageWith(locale: CatalogLocale = fallback, values: FillValues = {}): string {
    if (this.entry === undefined) {
      return promptText(Prompt.{{ p.unknown_prompt }}, locale) ?? '';
    }
    const template = this.texts.template(this.entry.index, locale);
    const own = this.param === undefined ? undefined : this.entry.params?.[0];
    const filled =
      template === undefined
        ? undefined
        : fillTemplate(template, own === undefined ? undefined : [own, String(this.param)], values);
    return filled ?? this.texts.message(this.entry.index, locale);
  }

  get params(): readonly string[] {
    return this.entry?.params ?? [];
  }

  template(locale: CatalogLocale = fallback): string | undefined {
    return this.entry === undefined ? undefined : this.texts.template(this.entry.index, locale);
  }

  solution(locale: CatalogLocale = fallback): string | undefined {
    return this.entry === undefined ? undefined : this.texts.solution(this.entry.index, locale);
  }

  get billed(): boolean | undefined {
    return this.entry?.billed;
  }

  get platform(): Platform | undefined {
    return this.entry?.platform;
  }

  get retiredIn(): string | undefined {
    return this.entry?.retiredIn;
  }

  get kind(): Kind {
    return this.entry?.kind ?? Kind.{{ p.unknown_kind }};
  }

  get actor(): Actor {
    return this.entry?.actor ?? Actor.{{ p.unknown_actor }};
  }

  get retryable(): boolean {
    return this.entry?.retryable ?? false;
  }

  get prompt(): Prompt | undefined {
    return this.entry?.prompt;
  }

  /** Whether `other` is the same value (table, name and parameter), however received. */
  equals(other: CatalogCode): boolean {
    return (
      other instanceof Value &&
      other.table === this.table &&
      other.name === this.name &&
      other.param === this.param
    );
  }

  /** A {@link CatalogError} for this value, its message in `locale`. */
  toError(locale: CatalogLocale = fallback): CatalogError {
    return new CatalogError(this, locale);
  }

  toString(): string {
    return `${this.code}: ${this.message()}`;
  }
}

/**
 * A listed value whose message has parameters of its own (not from its
 * code): `fill` takes them typed, `F` being their names and types.
 */
export class Fillable<T extends string, N extends string, F extends FillValues> extends Value<T, N, undefined> {
  /** The message in `locale` with these values filled in (see `messageWith`). */
  fill(locale: CatalogLocale, values: F): string {
    return this.messageWith(locale, values);
  }
}

/**
 * @internal `template` with each `{name}` replaced: by `own` (a family's
 * parameter) first, then by the own property `name` of `values` (a string,
 * number or bigint); `undefined` when a placeholder has no value.
 */
export function fillTemplate(
  template: string,
  own: readonly [string, string] | undefined,
  values: FillValues,
): string | undefined {
  let out = '';
  let rest = template;
  for (let open = rest.indexOf('{'); open >= 0; open = rest.indexOf('{')) {
    const close = rest.indexOf('}', open);
    if (close < 0) {
      return undefined;
    }
    const name = rest.slice(open + 1, close);
    let value: string;
    if (own !== undefined && own[0] === name) {
      value = own[1];
    } else {
      const v: unknown = Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
      if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'bigint') {
        return undefined;
      }
      value = String(v);
    }
    out += rest.slice(0, open) + value;
    rest = rest.slice(close + 1);
  }
  return out + rest;
}

/**
 * @internal The parameter of a pattern code, when `code` is `prefix` +
 * parameter + `suffix` with a non-empty parameter (a canonical 64-bit
 * integer when `integer`); else `undefined`.
 */
export function patternParam(code: string, prefix: string, suffix: string, integer: boolean): string | undefined {
  if (code.length <= prefix.length + suffix.length || !code.startsWith(prefix) || !code.endsWith(suffix)) {
    return undefined;
  }
  const mid = code.slice(prefix.length, code.length - suffix.length);
  return integer && !isCanonicalInt(mid) ? undefined : mid;
}

/**
 * @internal Whether `s` is a 64-bit integer as every target writes it (`0`,
 * `-999`, `1001`; no `+`, no leading zero, no `-0`).
 */
export function isCanonicalInt(s: string): boolean {
  if (!/^(?:0|-?[1-9][0-9]*)$/.test(s)) {
    return false;
  }
  const n = BigInt(s);
  return n >= -(2n ** 63n) && n < 2n ** 63n;
}

/**
 * @internal The flag characters of a flag-set string written exactly as
 * `prefix` + characters + `suffix` (`impaired(42)`); `undefined` for any
 * other string (white space around it, the bare characters).
 */
export function flagChars(s: string, prefix: string, suffix: string): string | undefined {
  if (s.length < prefix.length + suffix.length || !s.startsWith(prefix) || !s.endsWith(suffix)) {
    return undefined;
  }
  return s.slice(prefix.length, s.length - suffix.length);
}

/** @internal Compares two strings by code points (as UTF-8 bytes sort). */
export function compareCodePoints(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0) ?? 0);
  const y = Array.from(b, (c) => c.codePointAt(0) ?? 0);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) {
      return d < 0 ? -1 : 1;
    }
  }
  return x.length === y.length ? 0 : x.length < y.length ? -1 : 1;
}
