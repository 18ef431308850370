// The checks the TypeScript tests share (copied into the generated package's
// test/ folder by tests/lang_typescript.rs and compiled with it under
// `tsc --strict`): a counter of checks that prints "N passed, M failed" when
// the process exits, and the checks of the text, meta and negotiation
// vectors of tests/common/mod.rs (every string field there is the hex of its
// UTF-8 bytes, so no check depends on TypeScript's escaping).
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import assert from 'node:assert/strict';

import {
  type CatalogLocale,
  allKinds,
  allPrompts,
  decode,
  kindFromId,
  kindLabel,
  loadLocale,
  locales,
  negotiate,
  promptFromKey,
  promptText,
  tableIds,
} from '../src/index.js';

let passed = 0;
const failures: string[] = [];

process.on('exit', () => {
  console.log(`${passed} passed, ${failures.length} failed`);
});

/** Counts one check; keeps `what` if it failed. */
export function check(ok: boolean, what: string): void {
  if (ok) {
    passed++;
  } else {
    failures.push(what);
  }
}

const show = (v: unknown): string =>
  v instanceof Uint8Array
    ? Buffer.from(v).toString('hex')
    : JSON.stringify(v, (_, x: unknown) => (typeof x === 'bigint' ? `${x}n` : x));

/** Checks that `got` deeply equals `want`. */
export function eq(got: unknown, want: unknown, what: string): void {
  check(isDeepStrictEqual(got, want), `${what}: got ${show(got)}, want ${show(want)}`);
}

let reported = 0;

/** Fails the current node:test test with the failures since the last call. */
export function noFailures(): void {
  const fresh = failures.slice(reported);
  reported = failures.length;
  assert.deepEqual(fresh, []);
}

/** The bytes a hex field stands for (`-` is empty). */
export function unhex(s: string): Uint8Array {
  return s === '-' ? new Uint8Array() : new Uint8Array(Buffer.from(s, 'hex'));
}

/** The string a hex field stands for. */
export function unhexString(s: string): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(unhex(s));
}

/** The UTF-8 bytes of `s` (a lone surrogate would not come back). */
export const utf8 = (s: string | undefined): Uint8Array | undefined =>
  s === undefined ? undefined : new TextEncoder().encode(s);

function lines(path: string): string[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l !== '');
}

function locale(tag: string | undefined): CatalogLocale | undefined {
  return locales.find((l) => l === tag);
}

/** The file a test reads, from the environment variable `name`. */
export function vectorFile(name: string): string {
  const path = process.env[name];
  assert.ok(path !== undefined && path !== '', `set ${name}`);
  return path;
}

/** Loads every locale's texts. */
export async function loadAll(): Promise<void> {
  for (const l of locales) {
    await loadLocale(l);
  }
}

/**
 * Checks every text vector (messages and solutions through `decode`, prompts
 * through `promptText`) byte for byte, and that the vectors name exactly the
 * package's locales and prompts. Returns the number of vectors.
 */
export function textVectors(path: string): number {
  const seenLocales = new Set<string>();
  const seenPrompts = new Set<string>();
  const all = lines(path);
  for (const line of all) {
    const f = line.split(' ');
    switch (f[0]) {
      case 'message':
      case 'solution': {
        const v = decode(f[1] ?? '', unhexString(f[2] ?? '-'));
        const l = locale(f[3]);
        if (v === undefined || l === undefined) {
          check(false, `no table or locale: ${line}`);
          continue;
        }
        seenLocales.add(l);
        check(v.isKnown && v.table === f[1], `not known in its table: ${line}`);
        const got = f[0] === 'message' ? v.message(l) : v.solution(l);
        eq(utf8(got), unhex(f[4] ?? ''), line);
        break;
      }
      case 'prompt': {
        const p = promptFromKey(f[1] ?? '');
        const l = locale(f[2]);
        if (p === undefined || l === undefined) {
          check(false, `no prompt or locale: ${line}`);
          continue;
        }
        seenPrompts.add(p);
        eq(utf8(promptText(p, l)), unhex(f[3] ?? ''), line);
        break;
      }
      default:
        check(false, `unknown vector: ${line}`);
    }
  }
  eq([...seenLocales].sort(), [...locales].sort(), 'locales in the text vectors');
  eq([...seenPrompts].sort(), [...allPrompts].sort(), 'prompts in the text vectors');
  return all.length;
}

/**
 * Checks every meta vector: kind labels, and each code's table, code,
 * knownness, kind, actor, retryable flag and prompt; and that the vectors
 * name exactly the package's kinds and tables. Returns the number of vectors.
 */
export function metaVectors(path: string): number {
  const all = lines(path);
  const kinds = new Set<string>();
  const tables = new Set<string>();
  for (const line of all) {
    const f = line.split(' ');
    if (f[0] === 'kind') {
      const k = kindFromId(f[1] ?? '');
      const l = locale(f[2]);
      if (k === undefined || l === undefined) {
        check(false, `no kind or locale: ${line}`);
        continue;
      }
      kinds.add(k);
      eq(utf8(kindLabel(k, l)), unhex(f[3] ?? ''), line);
    } else if (f[0] === 'entry' || f[0] === 'unknown') {
      const code = unhexString(f[2] ?? '-');
      const v = decode(f[1] ?? '', code);
      if (v === undefined) {
        check(false, `no table: ${line}`);
        continue;
      }
      if (f[0] === 'unknown') {
        tables.add(v.table);
      }
      eq(
        [v.table, v.code, v.received, v.isKnown, v.kind, v.actor, v.retryable, v.prompt ?? '-'],
        [f[1], code, code, f[0] === 'entry', f[3], f[4], f[5] === '1', f[6]],
        line,
      );
    } else {
      check(false, `unknown meta vector: ${line}`);
    }
  }
  eq([...kinds].sort(), [...allKinds].sort(), 'kinds in the meta vectors');
  eq([...tables].sort(), [...tableIds], 'tables in the meta vectors');
  eq(all.filter((l) => l.startsWith('kind ')).length, allKinds.length * locales.length, 'kind labels');
  return all.length;
}

/** Checks every negotiation vector (`<input hex> <tag>`). Returns their number. */
export function negotiationVectors(path: string): number {
  const all = lines(path);
  for (const line of all) {
    const [input, want] = line.split(' ');
    const tag = unhexString(input ?? '-');
    eq(negotiate(tag), want, `negotiate ${JSON.stringify(tag)}`);
  }
  return all.length;
}

/**
 * Checks every template vector (`template <table> <code hex> <locale> <text
 * hex>`): `messageWith(locale, values)`, each parameter not from the code
 * given as `<name>`, is the text byte for byte; without values it is a text
 * without placeholders, and so is `message(locale)`. Returns their number.
 */
export function templateVectors(path: string): number {
  const all = lines(path);
  for (const line of all) {
    const f = line.split(' ');
    const v = decode(f[1] ?? '', unhexString(f[2] ?? '-'));
    const l = locale(f[3]);
    if (f[0] !== 'template' || v === undefined || l === undefined) {
      check(false, `not a template vector of a table and locale: ${line}`);
      continue;
    }
    check(v.params.length > 0, `no params: ${line}`);
    const values: Record<string, string> = {};
    for (const p of v.params) {
      values[p] = `<${p}>`;
    }
    eq(utf8(v.messageWith(l, values)), unhex(f[4] ?? ''), line);
    const bare = v.messageWith(l);
    check(!bare.includes('{') && bare === v.message(l), `${line}: without values ${JSON.stringify(bare)}`);
  }
  return all.length;
}

/**
 * Loads every locale, then checks every text, meta, negotiation and template
 * vector (the files named by VECTORS, META, NEGOTIATION and TEMPLATES), and
 * that there are at least `min` of each.
 */
export async function allVectors(min: { text: number; meta: number; negotiation: number; templates: number }): Promise<void> {
  await loadAll();
  check(textVectors(vectorFile('VECTORS')) >= min.text, 'text vectors');
  check(metaVectors(vectorFile('META')) >= min.meta, 'meta vectors');
  check(negotiationVectors(vectorFile('NEGOTIATION')) >= min.negotiation, 'negotiation vectors');
  check(templateVectors(vectorFile('TEMPLATES')) >= min.templates, 'template vectors');
}
