// Runs against the TypeScript package generated from tests/fixtures/hostile
// with a `zh-Hant` locale added (see tests/lang_typescript.rs): texts on
// demand, then every text, meta and negotiation vector byte for byte, and
// decoding as the catalog says, as hostile_test.dart does for Dart.
import { test } from 'node:test';

import {
  Actor,
  CatalogError,
  type CatalogCode,
  type CatalogLocale,
  Flags,
  Keywords,
  Kind,
  Numbers,
  Platform,
  Prompt,
  allKinds,
  allPrompts,
  decode,
  fallback,
  fromTag,
  kindFromId,
  kindLabel,
  locales,
  negotiate,
  negotiatePreferred,
  promptFromKey,
  promptText,
  tableIds,
} from '../src/index.js';
import { type FutureCode, type Open, Value } from '../src/core.js';
import { allVectors, check, eq, noFailures } from './harness.js';

/** Exhaustive without a default: compiles only if the union is closed. */
function numberValue(n: Numbers): number {
  switch (n.name) {
    case 'code0':
      return 0;
    case 'codeMinus999':
      return -999;
    case 'code1001':
      return 1001;
    case 'code9223372036854775807':
      return 9223372036854775807;
    case 'unknown':
      return -1;
  }
}

/** A switch over an open table's names, with the `default` it needs. */
function describe(k: Keywords): string {
  switch (k.name) {
    case 'class_':
      return 'the class code';
    case 'netErr':
      return `network error ${k.param + 0n}`;
    case 'famEnd':
      return `family ${k.param.length > 0 ? k.param : '?'}`;
    case 'unknown':
      return `unknown ${k.code}`;
    default:
      return `listed ${k.code}`;
  }
}

/** `true` when `T` has no member. */
type IsNever<T> = [T] extends [never] ? true : false;
// Compile-time checks: an open table's union has a member for codes the
// catalog does not list yet (so no switch over it is exhaustive without
// `default`); a closed table's has not. Kinds, prompts and locales are open.
const keywordsIsOpen: IsNever<Extract<Keywords['name'], FutureCode>> = false;
const numbersIsClosed: IsNever<Extract<Numbers['name'], FutureCode>> = true;
const kindIsOpen: IsNever<Extract<Kind, Open<string>>> = false;
const localeIsOpen: IsNever<Extract<CatalogLocale, Open<string>>> = false;
const actorIsClosed: IsNever<Extract<Actor, Open<string>>> = true;

test('texts load on demand, and before that are the fallback locale\'s', async () => {
  check(!Keywords.isLoaded('zh'), 'zh not loaded yet');
  eq(Keywords.class_.message('zh'), Keywords.class_.message('en'), 'zh before loading is en');
  eq(promptText(Prompt.class_, 'hi'), promptText(Prompt.class_, 'en'), 'hi prompt before loading');
  await Keywords.load('zh');
  check(Keywords.isLoaded('zh') && !Numbers.isLoaded('zh'), 'zh loaded for Keywords only');
  eq(Keywords.class_.message('zh'), '中文 $dollar ${interp} \\(swift)', 'zh after loading');
  await Numbers.load('hi');
  eq(promptText(Prompt.class_, 'hi'), 'हिन्दी क्षि ज्ञ $name ${name}', 'hi prompts loaded with a table');
  check(Keywords.isLoaded(fallback), 'the fallback is always there');
  noFailures();
});

test('every text, meta and negotiation vector', async () => {
  await allVectors({ text: 101, meta: 41, negotiation: 51, templates: 0 });
  noFailures();
});

test('decoding', () => {
  eq(Keywords.fromCode('class'), Keywords.class_, 'class');
  check(Keywords.fromCode('class') === Keywords.class_, 'listed values are the constants');
  eq(Keywords.fromCode('self').name, 'self', 'self');
  eq(Keywords.fromCode('Unknown').name, 'notListed', 'Unknown');
  eq(Keywords.fromCode('Type').name, 'type_', 'Type');
  eq(Keywords.fromCode('$x').name, 'x', '$x');
  const nope = Keywords.fromCode('nope');
  eq([nope.name, nope.code, nope.received, nope.isKnown], ['unknown', 'nope', 'nope', false], 'nope');
  eq([Keywords.fromCode('').name, Keywords.fromCode('').code], ['unknown', ''], 'empty code kept');
  eq(Keywords.fromCode('__proto__').name, 'unknown', '__proto__ is no code');
  eq(Keywords.fromCode('toString').name, 'unknown', 'toString is no code');
  // Aliases decode to the current value and keep the code received.
  const old = Keywords.fromCode('OLD_ONE');
  eq([old.name, old.code, old.received], ['oldNew', 'OLD_NEW', 'OLD_ONE'], 'OLD_ONE');
  check(old.equals(Keywords.oldNew) && old !== Keywords.oldNew, 'OLD_ONE equals oldNew');
  eq(Keywords.legacyOldOne, Keywords.oldNew, 'legacyOldOne');
  eq(Keywords.fromCode('GONE').retiredIn, '2.0', 'GONE retiredIn');
  eq(Keywords.class_.retiredIn, undefined, 'class retiredIn');
  // Pattern families: integer parameters are 64-bit bigints.
  const net = Keywords.fromCode('NET_ERR_503');
  eq([net.name, net.param, net.code, net.isKnown], ['netErr', 503n, 'NET_ERR_503', true], 'NET_ERR_503');
  eq(Keywords.fromCode('NET_ERR_-1009').param, -1009n, 'NET_ERR_-1009');
  for (const bad of ['NET_ERR_x', 'NET_ERR_', 'NET_ERR_007', 'NET_ERR_-0', 'NET_ERR_+1', 'NET_ERR_1.0', 'NET_ERR_ 1']) {
    eq(Keywords.fromCode(bad).name, 'unknown', bad);
  }
  eq(Keywords.fromCode('NET_ERR_9223372036854775807').param, 9223372036854775807n, 'max');
  eq(Keywords.fromCode('NET_ERR_-9223372036854775808').param, -9223372036854775808n, 'min');
  eq(Keywords.fromCode('NET_ERR_9223372036854775808').name, 'unknown', 'max + 1');
  eq(Keywords.fromCode('NET_ERR_-9223372036854775809').name, 'unknown', 'min - 1');
  eq(Keywords.fromCode('NET_ERR_99999999999999999999').name, 'unknown', '20 digits');
  const fam = Keywords.fromCode('FAM_a b.end');
  eq([fam.name, fam.param, fam.code], ['famEnd', 'a b', 'FAM_a b.end'], 'FAM_a b.end');
  eq(Keywords.fromCode('FAM_.end').name, 'unknown', 'FAM_.end');
  eq(net.message('en'), 'Network error family', 'family message');
  eq(net.solution('zh'), 'Retry.', 'family solution');
  check(net.equals(Keywords.fromCode('NET_ERR_503')) && !net.equals(Keywords.fromCode('NET_ERR_504')), 'family equality');
  eq(describe(Keywords.fromCode('class')), 'the class code', 'switch class');
  eq(describe(Keywords.fromCode('NET_ERR_7')), 'network error 7', 'switch family');
  eq(describe(Keywords.fromCode('FAM_x.end')), 'family x', 'switch suffix family');
  eq(describe(Keywords.fromCode('zzz')), 'unknown zzz', 'switch unknown');
  eq(describe(Keywords.fromCode('in')), 'listed in', 'switch default');
  // Integers.
  eq(Numbers.fromInt(0), Numbers.code0, '0');
  eq(Numbers.fromInt(-999), Numbers.codeMinus999, '-999');
  eq(Numbers.fromInt(9001).name, 'code1001', '9001');
  eq(Numbers.fromInt(9223372036854775807n), Numbers.code9223372036854775807, 'max int as bigint');
  eq(Numbers.fromInt(42).name, 'unknown', '42');
  eq(Numbers.fromInt(1.5).name, 'unknown', '1.5');
  eq(Numbers.fromCode('0012').name, 'unknown', '0012');
  eq(numberValue(Numbers.fromCode('-999')), -999, 'switch numbers');
  eq(numberValue(Numbers.fromCode('5')), -1, 'switch numbers unknown');
  // Flags.
  const names = (vs: readonly CatalogCode[]): (string | FutureCode)[] => vs.map((v) => v.name);
  eq(names(Flags.decodeFlags('impaired(42)')), ['code2', 'code4'], 'impaired(42)');
  eq(names(Flags.decodeFlags('impaired(2442)')), ['code2', 'code4'], 'repeats');
  eq(Flags.decodeFlags('impaired()'), [], 'no flags');
  eq(Flags.decodeFlags('impaired(9)').map((v) => [v.name, v.code]), [['unknown', '9']], 'impaired(9)');
  eq(Flags.decodeFlags('impaired(9x2)').map((v) => v.code), ['2', '9', 'x'], 'impaired(9x2)');
  // Between the prefix and the suffix every character is a flag, as in Rust.
  eq(Flags.decodeFlags('impaired(4)(2)').map((v) => v.code), ['(', ')', '2', '4'], 'impaired(4)(2)');
  // Strict, like every other package: anything but the exact format is one
  // unknown code, even where it looks like flags or is a listed code.
  for (const bad of ['424', '4', 'impaired (42)', ' impaired(42)', 'impaired(42) ', 'impaired(42)\n', '\u00a0impaired(42)', 'Impaired(42)', 'impaired(42', 'impaired42)', '']) {
    const got = Flags.decodeFlags(bad);
    eq(got.map((v) => [v.name, v.code, v.received, v.isKnown]), [['unknown', bad, bad, false]], `strict ${JSON.stringify(bad)}`);
  }
  eq(Flags.fromInt(4), Flags.code4, 'flag from int');
  // Metadata.
  eq([Keywords.class_.billed, Keywords.self.billed, Keywords.type_.billed], [true, false, undefined], 'billed');
  eq([Keywords.class_.platform, Keywords.default_.platform, Keywords.self.platform, Keywords.fun.platform],
    [Platform.both, Platform.ios, Platform.android, undefined], 'platform');
  eq(Keywords.class_.solution('en'), 'Line one\nLine two\ttab\r\ncrlf', 'class solution');
  eq(Keywords.fun.solution('en'), undefined, 'fun solution');
  eq(Numbers.code0.solution('en'), undefined, 'table without solutions');
  const zzz = Keywords.fromCode('zzz');
  eq([zzz.billed, zzz.platform, zzz.solution('en'), zzz.retiredIn], [undefined, undefined, undefined, undefined], 'unknown metadata');
  check(Keywords.open && !Numbers.open, 'open');
  eq([Keywords.tableId, Keywords.class_.table], ['keywords', 'keywords'], 'table id');
  eq(tableIds, ['flags', 'keywords', 'numbers'], 'table ids');
  eq(decode('no_such_table', '1'), undefined, 'no such table');
  eq(decode('numbers', '1001'), Numbers.code1001, 'decoded value');
  noFailures();
});

test('unknown codes, errors, kinds, prompts', () => {
  eq(Keywords.fromCode('zzz').message('en'), 'Something went wrong.', 'unknown message');
  eq(Keywords.fromCode('zzz').message('zh'), promptText(Prompt.unknownError, 'zh'), 'unknown message zh');
  eq(Keywords.class_.message('th'), Keywords.class_.message('en'), 'no th text: fallback');
  eq(Keywords.class_.message('zh-Hant'), Keywords.class_.message('en'), 'zh-Hant has no texts: fallback');
  eq(`${Keywords.fun}`, 'fun: fun', 'toString');
  eq(String(Keywords.fromCode('zzz')), 'zzz: Something went wrong.', 'unknown toString');
  try {
    throw Keywords.fun.toError('en');
  } catch (e) {
    check(e instanceof CatalogError && e instanceof Error, 'a CatalogError is an Error');
    if (e instanceof CatalogError) {
      eq([e.message, e.name, e.value.table, e.value.code], ['fun: fun', 'CatalogError', 'keywords', 'fun'], 'thrown');
    }
  }
  eq(new CatalogError(Keywords.fromCode('zzz')).message, 'zzz: Something went wrong.', 'CatalogError of unknown');
  // Unknown values cannot be forged: the constructor wants the package's token.
  let forged = false;
  try {
    // @ts-expect-error: the token is the package's own
    new Value(Symbol('errgen-codes'), undefined, 'keywords', 'unknown', 'x', 'x', undefined, undefined);
    forged = true;
  } catch (e) {
    check(e instanceof TypeError, 'forging throws a TypeError');
  }
  check(!forged, 'values cannot be forged');
  eq([Keywords.class_.kind, Keywords.class_.actor, Keywords.class_.retryable, Keywords.class_.prompt],
    [Kind.internalError, Actor.vendor, false, undefined], 'metadata');
  eq([zzzMeta().kind, zzzMeta().actor, zzzMeta().retryable, zzzMeta().prompt],
    [Kind.unknown, Actor.developer, false, undefined], 'unknown metadata');
  eq([kindFromId('default'), kindFromId('nope'), Kind.default_], ['default', undefined, 'default'], 'kindFromId');
  eq(kindLabel(Kind.internalError, 'en'), 'Service error with */ and $x and \\(y) and "quotes"', 'kindLabel');
  eq(allKinds.length, 8, 'allKinds');
  eq([Actor.none, Actor.operator], ['none', 'operator'], 'Actor');
  eq(promptFromKey('class'), Prompt.class_, 'promptFromKey');
  eq(promptFromKey('nope'), undefined, 'promptFromKey unknown');
  eq(promptText(Prompt.class_, 'en'), 'Dollar $name and ${name} and \\(name) and \\ backslash', 'promptText');
  eq(promptText(Prompt.self, 'zh'), 'Quotes " \' """ and */ and /* and {{braces}} and {% percent %}', 'promptText fallback');
  eq(allPrompts.length, 3, 'allPrompts');
  noFailures();
});

function zzzMeta(): CatalogCode {
  return Keywords.fromCode('zzz');
}

test('locales and negotiation', () => {
  eq([keywordsIsOpen, numbersIsClosed, kindIsOpen, localeIsOpen, actorIsClosed], [false, true, false, false, true], 'open and closed');
  eq([...locales], ['zh', 'en', 'th', 'hi', 'zh-Hant'], 'locales');
  eq(fallback, 'en', 'fallback');
  const cases: [string, string][] = [
    ['zh-Hans-CN', 'zh'],
    ['zh_TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-Hant-CN', 'zh-Hant'],
    ['zh_TW_#Hant', 'zh-Hant'],
    ['ZH', 'zh'],
    ['th_TH.UTF-8', 'th'],
    [' hi ', 'hi'],
    ['en@euro', 'en'],
    ['fr-FR', 'en'],
    ['', 'en'],
    ['in-ID', 'en'],
  ];
  for (const [tag, want] of cases) {
    eq(negotiate(tag), want, `negotiate ${tag}`);
  }
  eq(negotiate(new Intl.Locale('zh', { region: 'TW' })), 'zh-Hant', 'Intl.Locale zh-TW');
  eq(negotiate(new Intl.Locale('th-TH')), 'th', 'Intl.Locale th-TH');
  eq([fromTag('fr'), fromTag('TH')], [undefined, 'th'], 'fromTag');
  eq(negotiatePreferred(['fr', 'hi-IN', 'zh']), 'hi', 'negotiatePreferred');
  eq(negotiatePreferred(['fr']), 'en', 'negotiatePreferred fallback');
  noFailures();
});
