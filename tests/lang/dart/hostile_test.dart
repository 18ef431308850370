// Runs against the Dart package generated from tests/fixtures/hostile (see
// tests/lang_dart.rs): every text must come back byte for byte (vectors from
// the harness, path in the first argument), and decoding must follow the
// catalog. Plain Dart with its own tiny runner: one line per failure, then
// "N passed, M failed"; the exit code is non-zero on any failure.
import 'dart:convert';
import 'dart:io';

import 'package:errgen_codes/errgen_codes.dart';

int passed = 0;
int failed = 0;

void check(bool ok, String what) {
  if (ok) {
    passed++;
  } else {
    failed++;
    stdout.writeln('FAIL $what');
  }
}

void eq(Object? got, Object? want, String what) =>
    check(_equal(got, want), '$what: got ${_show(got)}, want ${_show(want)}');

bool _equal(Object? a, Object? b) {
  if (a is List && b is List) {
    if (a.length != b.length) {
      return false;
    }
    for (var i = 0; i < a.length; i++) {
      if (!_equal(a[i], b[i])) {
        return false;
      }
    }
    return true;
  }
  return a == b;
}

String _show(Object? v) => v is String ? jsonEncode(v) : '$v';

List<int> unhex(String s) {
  if (s == '-') {
    return <int>[];
  }
  return <int>[
    for (var i = 0; i < s.length; i += 2)
      int.parse(s.substring(i, i + 2), radix: 16),
  ];
}

void vectors(String path) {
  var n = 0;
  for (final line in File(path).readAsLinesSync()) {
    final f = line.split(' ');
    switch (f[0]) {
      case 'message':
      case 'solution':
        final v = decode(f[1], utf8.decode(unhex(f[2])));
        final l = Locale.fromTag(f[3]);
        if (v == null || l == null) {
          check(false, 'no table or locale: $line');
          continue;
        }
        check(v.isKnown, 'not known: $line');
        final got = f[0] == 'message' ? v.message(l) : v.solution(l);
        eq(got == null ? null : utf8.encode(got), unhex(f[4]), line);
      case 'prompt':
        final p = Prompt.fromKey(f[1]);
        final l = Locale.fromTag(f[2]);
        if (p == null || l == null) {
          check(false, 'no prompt or locale: $line');
          continue;
        }
        eq(utf8.encode(p.text(l)), unhex(f[3]), line);
      default:
        check(false, 'unknown vector: $line');
    }
    n++;
  }
  check(n > 100, 'only $n vectors');
}

/// Exhaustive without a default: this only compiles if the sealed family
/// covers every value.
String describe(Keywords k) => switch (k) {
      KeywordsCode.class_ => 'the class code',
      KeywordsCode() => 'listed ${k.code}',
      KeywordsNetErr(:final param) => 'network error $param',
      KeywordsFamEnd(:final param) => 'family $param',
      KeywordsUnknown(:final code) => 'unknown $code',
    };

/// Exhaustive over every listed value one by one.
int numberValue(Numbers n) => switch (n) {
      NumbersCode.code0 => 0,
      NumbersCode.codeMinus999 => -999,
      NumbersCode.code1001 => 1001,
      NumbersCode.code9223372036854775807 => 9223372036854775807,
      NumbersUnknown() => -1,
    };

void decoding() {
  eq(Keywords.fromCode('class'), KeywordsCode.class_, 'class');
  eq(Keywords.fromCode('self'), KeywordsCode.self, 'self');
  eq(Keywords.fromCode('Unknown'), KeywordsCode.notListed, 'Unknown');
  eq(Keywords.fromCode('no'), KeywordsCode.no, 'no');
  eq(Keywords.fromCode('Type'), KeywordsCode.type_, 'Type');
  eq(Keywords.fromCode('switch'), KeywordsCode.switch_, 'switch');
  eq(Keywords.fromCode(r'$x'), KeywordsCode.x, r'$x');
  eq(Keywords.fromCode('nope'), const KeywordsUnknown('nope'), 'nope');
  eq(Keywords.fromCode('nope').code, 'nope', 'nope code');
  check(!Keywords.fromCode('').isKnown, 'empty code is unknown');
  eq(Keywords.fromCode(''), const KeywordsUnknown(''), 'empty code kept');
  // Aliases decode to the current value; an alias equal to its code is the code.
  eq(Keywords.fromCode('OLD_ONE'), KeywordsCode.oldNew, 'OLD_ONE');
  // ignore: deprecated_member_use_from_same_package
  eq(Keywords.legacyOldOne, KeywordsCode.oldNew, 'legacyOldOne');
  eq(Keywords.fromCode('OLD_NEW').code, 'OLD_NEW', 'OLD_NEW code');
  eq(Keywords.fromCode('GONE').retiredIn, '2.0', 'GONE retiredIn');
  eq(KeywordsCode.class_.retiredIn, null, 'class retiredIn');
  // Patterns keep their parameter; a non-integer parameter of an int family is unknown.
  eq(Keywords.fromCode('NET_ERR_503'), const KeywordsNetErr('503'), 'NET_ERR_503');
  eq(Keywords.fromCode('NET_ERR_-1009').code, 'NET_ERR_-1009', 'NET_ERR_-1009');
  eq(Keywords.fromCode('NET_ERR_x'), const KeywordsUnknown('NET_ERR_x'), 'NET_ERR_x');
  eq(Keywords.fromCode('NET_ERR_'), const KeywordsUnknown('NET_ERR_'), 'NET_ERR_');
  eq(Keywords.fromCode('NET_ERR_007'), const KeywordsUnknown('NET_ERR_007'),
      'NET_ERR_007');
  eq(Keywords.fromCode('NET_ERR_-0'), const KeywordsUnknown('NET_ERR_-0'),
      'NET_ERR_-0');
  eq(Keywords.fromCode('FAM_a b.end'), const KeywordsFamEnd('a b'), 'FAM_a b.end');
  eq(Keywords.fromCode('FAM_.end'), const KeywordsUnknown('FAM_.end'), 'FAM_.end');
  eq(const KeywordsFamEnd('a b').code, 'FAM_a b.end', 'family code');
  eq(const KeywordsNetErr('5').message(Locale.en), 'Network error family',
      'family message');
  eq(const KeywordsNetErr('5').solution(Locale.zh), 'Retry.', 'family solution');
  check(const KeywordsNetErr('5').isKnown, 'family is known');
  eq(<Keywords>{const KeywordsNetErr('1'), Keywords.fromCode('NET_ERR_1')}.length,
      1, 'family equality');
  eq(describe(Keywords.fromCode('class')), 'the class code', 'switch class');
  eq(describe(Keywords.fromCode('in')), 'listed in', 'switch in');
  eq(describe(Keywords.fromCode('NET_ERR_7')), 'network error 7', 'switch family');
  eq(describe(Keywords.fromCode('FAM_x.end')), 'family x', 'switch suffix family');
  eq(describe(Keywords.fromCode('zzz')), 'unknown zzz', 'switch unknown');
  // Integers.
  eq(Numbers.fromInt(0), NumbersCode.code0, '0');
  eq(Numbers.fromInt(-999), NumbersCode.codeMinus999, '-999');
  eq(Numbers.fromInt(9001), NumbersCode.code1001, '9001');
  eq(Numbers.fromInt(9223372036854775807), NumbersCode.code9223372036854775807,
      'max int');
  eq(Numbers.fromInt(42), const NumbersUnknown('42'), '42');
  eq(Numbers.fromCode('0012'), const NumbersUnknown('0012'), '0012');
  eq(numberValue(Numbers.fromCode('-999')), -999, 'switch numbers');
  eq(numberValue(Numbers.fromCode('5')), -1, 'switch numbers unknown');
  // Flags.
  eq(Flags.decodeFlags('impaired(42)'), <Flags>[FlagsCode.code2, FlagsCode.code4],
      'impaired(42)');
  eq(Flags.decodeFlags('424'), <Flags>[FlagsCode.code2, FlagsCode.code4], '424');
  eq(Flags.decodeFlags(' impaired(40) '), <Flags>[FlagsCode.code0, FlagsCode.code4],
      'trimmed');
  eq(Flags.decodeFlags('impaired(9)'), <Flags>[const FlagsUnknown('9')],
      'impaired(9)');
  eq(Flags.decodeFlags('9x2'),
      <Flags>[FlagsCode.code2, const FlagsUnknown('9'), const FlagsUnknown('x')],
      '9x2');
  eq(Flags.decodeFlags(''), <Flags>[], 'no flags');
  eq(Flags.fromInt(4), FlagsCode.code4, 'flag from int');
  // Metadata.
  eq(KeywordsCode.class_.billed, true, 'class billed');
  eq(KeywordsCode.self.billed, false, 'self billed');
  eq(KeywordsCode.type_.billed, null, 'Type billed');
  eq(KeywordsCode.class_.platform, Platform.both, 'class platform');
  eq(KeywordsCode.default_.platform, Platform.ios, 'default platform');
  eq(KeywordsCode.self.platform, Platform.android, 'self platform');
  eq(KeywordsCode.fun.platform, null, 'fun platform');
  eq(KeywordsCode.fun.solution(Locale.en), null, 'fun solution');
  eq(NumbersCode.code0.solution(Locale.en), null, 'table without solutions');
  eq(NumbersCode.code0.billed, true, 'numbers billed');
  eq(Keywords.fromCode('zzz').billed, null, 'unknown billed');
  eq(Keywords.fromCode('zzz').platform, null, 'unknown platform');
  eq(Keywords.fromCode('zzz').solution(Locale.en), null, 'unknown solution');
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
  eq(Keywords.fromCode('zzz').message(Locale.zh),
      Prompt.unknownError.text(Locale.zh), 'unknown message zh');
  eq(Keywords.fromCode('zzz').message(Locale.en), 'Something went wrong.',
      'unknown message en');
  // No th text for "class": falls back to en.
  eq(KeywordsCode.class_.message(Locale.th), KeywordsCode.class_.message(Locale.en),
      'fallback');
  eq('${KeywordsCode.fun}', 'fun: fun', 'toString');
  eq('${const KeywordsUnknown('zzz')}', 'zzz: Something went wrong.',
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
  eq(Kind.internalError.label(Locale.en),
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
  eq(Prompt.class_.text(Locale.en),
      r'Dollar $name and ${name} and \(name) and \ backslash', 'Prompt.text');
  eq(Prompt.self.text(Locale.zh),
      'Quotes " \' """ and */ and /* and {{braces}} and {% percent %}',
      'Prompt.text fallback');
  eq(Prompt.all.length, 3, 'Prompt.all');
}

void localeNegotiation() {
  const cases = <String, Locale>{
    'zh-Hans-CN': Locale.zh,
    'zh_TW': Locale.zh,
    'ZH': Locale.zh,
    'th-TH': Locale.th,
    'th_TH.UTF-8': Locale.th,
    'hi-IN': Locale.hi,
    'en-US': Locale.en,
    'en@euro': Locale.en,
    ' hi ': Locale.hi,
    'fr-FR': Locale.en,
    '': Locale.en,
    'in-ID': Locale.en, // id is not a locale of this fixture
  };
  cases.forEach((tag, want) => eq(Locale.negotiate(tag), want, 'negotiate $tag'));
  eq(Locale.fromTag('fr'), null, 'fromTag fr');
  eq(Locale.fromTag('in'), null, 'fromTag in');
  eq(Locale.fromTag('TH'), Locale.th, 'fromTag TH');
  eq(Locale.negotiatePreferred(<String>['fr', 'hi-IN', 'zh']), Locale.hi,
      'negotiatePreferred');
  eq(Locale.negotiatePreferred(<String>['fr']), Locale.en,
      'negotiatePreferred fallback');
  eq(Locale.all.length, 4, 'Locale.all');
  eq(Locale.all.map((l) => l.tag).toList(), <String>['zh', 'en', 'th', 'hi'],
      'Locale tags');
  eq(Locale.fallback, Locale.en, 'Locale.fallback');
}

void main(List<String> args) {
  if (args.isEmpty) {
    stdout.writeln('usage: hostile_test.dart VECTORS');
    exitCode = 2;
    return;
  }
  vectors(args[0]);
  decoding();
  unknownCodes();
  kinds();
  prompts();
  localeNegotiation();
  stdout.writeln('$passed passed, $failed failed');
  if (failed > 0) {
    exitCode = 1;
  }
}
