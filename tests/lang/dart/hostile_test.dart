// Runs against the Dart package generated from tests/fixtures/hostile (see
// tests/lang_dart.rs): every text must come back byte for byte (text vectors
// from the harness, path in the first argument), every kind label, kind,
// actor, retryable flag and prompt must be the catalog's (meta vectors, path
// in the second argument), and decoding must follow the catalog. Plain Dart
// with its own tiny runner (harness.dart): one line per failure, then
// "N passed, M failed"; the exit code is non-zero on any failure.
import 'dart:io';

import 'package:errgen_codes/errgen_codes.dart';

import 'harness.dart';

/// Keywords is an open table: not sealed, so the switch needs a default
/// (without `_`, dart analyze reports non_exhaustive_switch_expression).
String describe(Keywords k) => switch (k) {
      KeywordsCode.class_ => 'the class code',
      KeywordsCode() => 'listed ${k.code}',
      KeywordsNetErr(:final param) => 'network error $param',
      KeywordsFamEnd(:final param) => 'family $param',
      KeywordsUnknown(:final code) => 'unknown $code',
      _ => 'another value',
    };

/// Exhaustive over every listed code one by one, by its class, with no
/// default (Numbers is closed: without one of these cases, dart analyze
/// reports non_exhaustive_switch_expression). A value decoded from an old
/// code (9001) matches its current code's case.
int numberValue(Numbers n) => switch (n) {
      NumbersCode0() => 0,
      NumbersCodeMinus999() => -999,
      NumbersCode1001() => 1001,
      NumbersCode9223372036854775807() => 9223372036854775807,
      NumbersUnknown() => -1,
    };

/// The same with the values as constant patterns (matched with `==`), and
/// a default, which constants of a class need.
String numberName(Numbers n) => switch (n) {
      NumbersCode.code1001 => 'thousand and one',
      _ => 'another',
    };

void decoding() {
  eq(Keywords.fromCode('class'), KeywordsCode.class_, 'class');
  eq(Keywords.fromCode('self'), KeywordsCode.self, 'self');
  eq(Keywords.fromCode('Unknown'), KeywordsCode.notListed, 'Unknown');
  eq(Keywords.fromCode('no'), KeywordsCode.no, 'no');
  eq(Keywords.fromCode('Type'), KeywordsCode.type_, 'Type');
  eq(Keywords.fromCode('switch'), KeywordsCode.switch_, 'switch');
  eq(Keywords.fromCode(r'$x'), KeywordsCode.x, r'$x');
  unknown(Keywords.fromCode('nope'), 'nope', 'nope');
  eq(Keywords.fromCode('nope').code, 'nope', 'nope code');
  check(!Keywords.fromCode('').isKnown, 'empty code is unknown');
  unknown(Keywords.fromCode(''), '', 'empty code kept');
  // Aliases decode to the current value; an alias equal to its code is the code.
  final oldOne = Keywords.fromCode('OLD_ONE');
  eq(oldOne, KeywordsCode.oldNew, 'OLD_ONE');
  eq(KeywordsCode.oldNew, oldOne, 'OLD_ONE, the other way round');
  eq(oldOne.hashCode, KeywordsCode.oldNew.hashCode, 'OLD_ONE hashCode');
  check(oldOne is KeywordsOldNew, 'OLD_ONE is a KeywordsOldNew');
  eq(<Keywords>{oldOne, KeywordsCode.oldNew}.length, 1, 'OLD_ONE in a set');
  eq(oldOne.received, 'OLD_ONE', 'OLD_ONE received');
  eq(oldOne.toJson(), 'OLD_ONE', 'OLD_ONE toJson');
  eq(oldOne.code, 'OLD_NEW', 'OLD_ONE code');
  eq(Keywords.fromCode('OLD_NEW'), KeywordsCode.oldNew, 'OLD_NEW');
  eq(Keywords.fromCode('OLD_NEW').received, 'OLD_NEW', 'OLD_NEW received');
  // ignore: deprecated_member_use_from_same_package
  eq(Keywords.legacyOldOne, KeywordsCode.oldNew, 'legacyOldOne');
  // ignore: deprecated_member_use_from_same_package
  eq(Keywords.legacyOldOne.received, 'OLD_ONE', 'legacyOldOne received');
  eq(Keywords.fromCode('OLD_NEW').code, 'OLD_NEW', 'OLD_NEW code');
  eq(Keywords.fromCode('GONE').retiredIn, '2.0', 'GONE retiredIn');
  eq(KeywordsCode.class_.retiredIn, null, 'class retiredIn');
  // Patterns keep their parameter; a non-integer parameter of an int family is unknown.
  eq(Keywords.fromCode('NET_ERR_503'), const KeywordsNetErr(503), 'NET_ERR_503');
  eq(Keywords.fromCode('NET_ERR_-1009').code, 'NET_ERR_-1009', 'NET_ERR_-1009');
  unknown(Keywords.fromCode('NET_ERR_x'), 'NET_ERR_x', 'NET_ERR_x');
  unknown(Keywords.fromCode('NET_ERR_'), 'NET_ERR_', 'NET_ERR_');
  unknown(Keywords.fromCode('NET_ERR_007'), 'NET_ERR_007', 'NET_ERR_007');
  unknown(Keywords.fromCode('NET_ERR_-0'), 'NET_ERR_-0', 'NET_ERR_-0');
  // Integer parameters are 64-bit, as in every target (and on the web).
  eq(Keywords.fromCode('NET_ERR_9223372036854775807'),
      const KeywordsNetErr(9223372036854775807), 'NET_ERR_ max');
  eq(Keywords.fromCode('NET_ERR_-9223372036854775808'),
      const KeywordsNetErr(-9223372036854775808), 'NET_ERR_ min');
  unknown(Keywords.fromCode('NET_ERR_9223372036854775808'), 'NET_ERR_9223372036854775808', 'NET_ERR_ max + 1');
  unknown(Keywords.fromCode('NET_ERR_-9223372036854775809'), 'NET_ERR_-9223372036854775809', 'NET_ERR_ min - 1');
  unknown(Keywords.fromCode('NET_ERR_99999999999999999999'), 'NET_ERR_99999999999999999999', 'NET_ERR_ 20 digits');
  eq(Keywords.fromCode('NET_ERR_1000000000000000000'),
      const KeywordsNetErr(1000000000000000000), 'NET_ERR_ 19 digits');
  eq(Keywords.fromCode('FAM_a b.end'), Keywords.fromCode('FAM_a b.end'), 'FAM_a b.end');
  eq((Keywords.fromCode('FAM_a b.end') as KeywordsFamEnd).param, 'a b', 'FAM_a b.end param');
  unknown(Keywords.fromCode('FAM_.end'), 'FAM_.end', 'FAM_.end');
  eq(Keywords.fromCode('FAM_a b.end').code, 'FAM_a b.end', 'family code');
  eq(const KeywordsNetErr(5).message(CatalogLocale.en), 'Network error family',
      'family message');
  eq(const KeywordsNetErr(5).solution(CatalogLocale.zh), 'Retry.', 'family solution');
  check(const KeywordsNetErr(5).isKnown, 'family is known');
  eq(<Keywords>{const KeywordsNetErr(1), Keywords.fromCode('NET_ERR_1')}.length,
      1, 'family equality');
  eq(describe(Keywords.fromCode('class')), 'the class code', 'switch class');
  eq(describe(Keywords.fromCode('in')), 'listed in', 'switch in');
  eq(describe(Keywords.fromCode('NET_ERR_7')), 'network error 7', 'switch family');
  eq(describe(Keywords.fromCode('FAM_x.end')), 'family x', 'switch suffix family');
  eq(describe(Keywords.fromCode('zzz')), 'unknown zzz', 'switch unknown');
  // Integers.
  eq(Numbers.fromInt(0), NumbersCode.code0, '0');
  eq(Numbers.fromInt(-999), NumbersCode.codeMinus999, '-999');
  final old = Numbers.fromInt(9001);
  eq(old, NumbersCode.code1001, '9001');
  eq(old.hashCode, NumbersCode.code1001.hashCode, '9001 hashCode');
  eq(numberValue(old), 1001, '9001 matches the case of 1001');
  eq(numberName(old), 'thousand and one', '9001 matches the constant 1001');
  check(old != NumbersCode.code0, '9001 is not 0');
  eq(old.received, '9001', '9001 received');
  eq(old.code, '1001', '9001 code');
  eq(Numbers.fromJson(9001), old, '9001 fromJson');
  eq(Numbers.fromJson('1001'), NumbersCode.code1001, '1001 fromJson');
  eq(Numbers.fromInt(9223372036854775807), NumbersCode.code9223372036854775807,
      'max int');
  unknown(Numbers.fromInt(42), '42', '42');
  unknown(Numbers.fromCode('0012'), '0012', '0012');
  eq(numberValue(Numbers.fromCode('-999')), -999, 'switch numbers');
  eq(numberValue(Numbers.fromCode('5')), -1, 'switch numbers unknown');
  // Flags.
  eq(Flags.decodeFlags('impaired(42)'), <Flags>[FlagsCode.code2, FlagsCode.code4],
      'impaired(42)');
  // Strict: anything but the exact format is one unknown code.
  for (final bad in <String>['424', ' impaired(40) ', 'impaired (42)', 'impaired(42']) {
    final got = Flags.decodeFlags(bad);
    eq(got.length, 1, 'strict $bad');
    unknown(got.first, bad, 'strict $bad');
  }
  eq(Flags.decodeFlags('impaired()'), <Flags>[], 'impaired()');
  eq(Flags.decodeFlags('impaired(9)'), <Flags>[Flags.fromCode('9')],
      'impaired(9)');
  eq(Flags.decodeFlags('impaired(9x22)'),
      <Flags>[FlagsCode.code2, Flags.fromCode('9'), Flags.fromCode('x')],
      '9x22');
  eq(Flags.fromInt(4), FlagsCode.code4, 'flag from int');
  // Metadata.
  eq(KeywordsCode.class_.billed, true, 'class billed');
  eq(KeywordsCode.self.billed, false, 'self billed');
  eq(KeywordsCode.type_.billed, null, 'Type billed');
  eq(KeywordsCode.class_.platform, CatalogPlatform.both, 'class platform');
  eq(KeywordsCode.default_.platform, CatalogPlatform.ios, 'default platform');
  eq(KeywordsCode.self.platform, CatalogPlatform.android, 'self platform');
  eq(KeywordsCode.fun.platform, null, 'fun platform');
  eq(KeywordsCode.fun.solution(CatalogLocale.en), null, 'fun solution');
  eq(NumbersCode.code0.solution(CatalogLocale.en), null, 'table without solutions');
  eq(NumbersCode.code0.billed, true, 'numbers billed');
  eq(Keywords.fromCode('zzz').billed, null, 'unknown billed');
  eq(Keywords.fromCode('zzz').platform, null, 'unknown platform');
  eq(Keywords.fromCode('zzz').solution(CatalogLocale.en), null, 'unknown solution');
  check(Keywords.open && !Numbers.open, 'open');
  eq(Keywords.tableId, 'keywords', 'table id');
  eq(tableIds, <String>['flags', 'keywords', 'numbers'], 'table ids');
  eq(decode('no_such_table', '1'), null, 'no such table');
  eq(decode('numbers', '1001')?.table, 'numbers', 'decoded table');
  eq(decode('numbers', '1001'), NumbersCode.code1001, 'decoded value');
  eq(KeywordsCode.class_.entry.index, 0, 'entry index');
  eq(KeywordsCode.class_.table, 'keywords', 'value table');
}

void unknownCodes() {
  eq(Keywords.fromCode('zzz').message(CatalogLocale.zh),
      Prompt.unknownError.text(CatalogLocale.zh), 'unknown message zh');
  eq(Keywords.fromCode('zzz').message(CatalogLocale.en), 'Something went wrong.',
      'unknown message en');
  // No th text for "class": falls back to en.
  eq(KeywordsCode.class_.message(CatalogLocale.th), KeywordsCode.class_.message(CatalogLocale.en),
      'fallback');
  eq('${KeywordsCode.fun}', 'fun: fun', 'toString');
  eq('${Keywords.fromCode('zzz')}', 'zzz: Something went wrong.',
      'unknown toString');
  try {
    throw KeywordsCode.fun;
  } on CatalogCode catch (e) {
    eq(e.toString(), 'fun: fun', 'thrown');
    eq(e.table, 'keywords', 'thrown table');
  }
  const Exception asException = KeywordsCode.fun;
  check(asException is CatalogCode, 'values are exceptions');
}

void kinds() {
  eq(KeywordsCode.class_.kind, Kind.internalError, 'kind');
  eq(KeywordsCode.class_.actor, Actor.vendor, 'actor');
  check(!KeywordsCode.class_.retryable, 'retryable');
  eq(KeywordsCode.class_.prompt, null, 'prompt');
  final unknown = Keywords.fromCode('zzz');
  eq(<Object?>[unknown.kind, unknown.actor, unknown.retryable, unknown.prompt],
      <Object?>[Kind.unknown, Actor.developer, false, null], 'unknown kind');
  eq(Kind.fromId('default'), Kind.default_, 'Kind.fromId');
  eq(Kind.fromId('nope'), null, 'Kind.fromId unknown');
  eq(Kind.default_.id, 'default', 'Kind.id');
  eq(Kind.internalError.label(CatalogLocale.en),
      r'Service error with */ and $x and \(y) and "quotes"', 'Kind.label');
  eq(Kind.all.length, 8, 'Kind.all');
  eq(Actor.none.id, 'none', 'Actor.id');
  eq(Actor.operator_.id, 'operator', 'Actor.operator');
  eq(decode('keywords', 'class')?.kind, Kind.internalError, 'decoded kind');
}

void prompts() {
  eq(Prompt.fromKey('class'), Prompt.class_, 'Prompt.fromKey');
  eq(Prompt.fromKey('nope'), null, 'Prompt.fromKey unknown');
  eq(Prompt.self.key, 'self', 'Prompt.key');
  eq(Prompt.class_.text(CatalogLocale.en),
      r'Dollar $name and ${name} and \(name) and \ backslash', 'Prompt.text');
  eq(Prompt.self.text(CatalogLocale.zh),
      'Quotes " \' """ and */ and /* and {{braces}} and {% percent %}',
      'Prompt.text fallback');
  eq(Prompt.all.length, 3, 'Prompt.all');
}

void localeNegotiation() {
  const cases = <String, CatalogLocale>{
    'zh-Hans-CN': CatalogLocale.zh,
    'zh_TW': CatalogLocale.zh,
    'ZH': CatalogLocale.zh,
    'th-TH': CatalogLocale.th,
    'th_TH.UTF-8': CatalogLocale.th,
    'hi-IN': CatalogLocale.hi,
    'en-US': CatalogLocale.en,
    'en@euro': CatalogLocale.en,
    ' hi ': CatalogLocale.hi,
    'fr-FR': CatalogLocale.en,
    '': CatalogLocale.en,
    'in-ID': CatalogLocale.en, // id is not a locale of this fixture
  };
  cases.forEach((tag, want) => eq(CatalogLocale.negotiate(tag), want, 'negotiate $tag'));
  eq(CatalogLocale.fromTag('fr'), null, 'fromTag fr');
  eq(CatalogLocale.fromTag('in'), null, 'fromTag in');
  eq(CatalogLocale.fromTag('TH'), CatalogLocale.th, 'fromTag TH');
  eq(CatalogLocale.negotiatePreferred(<String>['fr', 'hi-IN', 'zh']), CatalogLocale.hi,
      'negotiatePreferred');
  eq(CatalogLocale.negotiatePreferred(<String>['fr']), CatalogLocale.en,
      'negotiatePreferred fallback');
  eq(CatalogLocale.all.length, 4, 'CatalogLocale.all');
  eq(CatalogLocale.all.map((l) => l.tag).toList(), <String>['zh', 'en', 'th', 'hi'],
      'CatalogLocale tags');
  eq(CatalogLocale.fallback, CatalogLocale.en, 'CatalogLocale.fallback');
}

void main(List<String> args) {
  if (args.length != 2) {
    stdout.writeln('usage: hostile_test.dart VECTORS META');
    exitCode = 2;
    return;
  }
  final texts = textVectors(args[0]);
  check(texts > 100, 'only $texts text vectors');
  final meta = metaVectors(args[1]);
  check(meta > 40, 'only $meta meta vectors');
  decoding();
  unknownCodes();
  kinds();
  prompts();
  localeNegotiation();
  finish();
}
