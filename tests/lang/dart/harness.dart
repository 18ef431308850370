// The checks the Dart test programs share (copied next to them into the
// generated package's tool/ folder by tests/lang_dart.rs): a tiny runner that
// prints one line per failure and then "N passed, M failed", and the checks
// of the harness's text vectors and meta vectors (their format is in
// tests/common/mod.rs; every string field is the hex of its UTF-8 bytes).
import 'dart:convert';
import 'dart:io';

import 'package:errgen_codes/errgen_codes.dart';

/// Checks that passed so far.
int passed = 0;

/// Checks that failed so far.
int failed = 0;

/// Counts one check; prints [what] if it failed.
void check(bool ok, String what) {
  if (ok) {
    passed++;
  } else {
    failed++;
    stdout.writeln('FAIL $what');
  }
}

/// Checks that [got] equals [want] (lists element by element).
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

/// Checks that [v] is an unlisted value that keeps [code] as received.
void unknown(CatalogCode v, String code, String what) => check(
    !v.isKnown && v.code == code && v.received == code,
    '$what: got $v (known ${v.isKnown}, received ${v.received}), want unknown $code');

String _show(Object? v) => v is String ? jsonEncode(v) : '$v';

/// The bytes a hex field stands for (`-` is empty).
List<int> unhex(String s) {
  if (s == '-') {
    return <int>[];
  }
  return <int>[
    for (var i = 0; i < s.length; i += 2)
      int.parse(s.substring(i, i + 2), radix: 16),
  ];
}

/// The string a hex field stands for.
String unhexString(String s) => utf8.decode(unhex(s));

/// Checks every text vector in the file at [path]: each message and solution
/// through [decode], each prompt through [Prompt.fromKey], byte for byte.
/// Also checks that the vectors name exactly the package's locales and
/// prompts. Returns the number of vectors.
int textVectors(String path) {
  var n = 0;
  final locales = <String>{};
  final prompts = <String>{};
  for (final line in File(path).readAsLinesSync()) {
    final f = line.split(' ');
    switch (f[0]) {
      case 'message':
      case 'solution':
        final v = decode(f[1], unhexString(f[2]));
        final l = CatalogLocale.fromTag(f[3]);
        if (v == null || l == null) {
          check(false, 'no table or locale: $line');
          continue;
        }
        locales.add(l.tag);
        check(v.isKnown && v.table == f[1], 'not known in its table: $line');
        // What message(l) shows: a family's template filled with its
        // parameter (the vectors say so).
        final got = f[0] == 'message' ? v.message(l) : v.solution(l);
        eq(got == null ? null : utf8.encode(got), unhex(f[4]), line);
      case 'prompt':
        final p = Prompt.fromKey(f[1]);
        final l = CatalogLocale.fromTag(f[2]);
        if (p == null || l == null) {
          check(false, 'no prompt or locale: $line');
          continue;
        }
        prompts.add(p.key);
        eq(p.key, f[1], '$line: key');
        eq(utf8.encode(p.text(l)), unhex(f[3]), line);
      default:
        check(false, 'unknown vector: $line');
    }
    n++;
  }
  eq(locales.length, CatalogLocale.all.length, 'locales in the text vectors');
  eq(Prompt.all.map((p) => p.key).toList()..sort(), prompts.toList()..sort(),
      'prompts in the text vectors');
  return n;
}

/// Checks one meta-vector line: a kind's label, or a code's kind, actor,
/// retryable flag and prompt (and that it is known or not, as the line says).
void checkMetaLine(String line) {
  final f = line.split(' ');
  switch (f[0]) {
    case 'kind':
      final k = Kind.fromId(f[1]);
      final l = CatalogLocale.fromTag(f[2]);
      if (k == null || l == null) {
        check(false, 'no kind or locale: $line');
        return;
      }
      eq(k.id, f[1], '$line: id');
      eq(utf8.encode(k.label(l)), unhex(f[3]), line);
    case 'entry':
    case 'unknown':
      final code = unhexString(f[2]);
      final v = decode(f[1], code);
      if (v == null) {
        check(false, 'no table: $line');
        return;
      }
      eq(
        <Object?>[
          v.table,
          v.code,
          v.isKnown,
          v.kind.id,
          v.actor.id,
          v.retryable,
          v.prompt?.key ?? '-',
        ],
        <Object?>[f[1], code, f[0] == 'entry', f[3], f[4], f[5] == '1', f[6]],
        line,
      );
    default:
      check(false, 'unknown meta vector: $line');
  }
}

/// Checks every meta vector in the file at [path] ([checkMetaLine]), and
/// that they name exactly the package's kinds and tables. Returns the number
/// of vectors.
int metaVectors(String path) {
  final lines = File(path).readAsLinesSync();
  lines.forEach(checkMetaLine);
  final kinds = <String>{};
  final tables = <String>{};
  for (final line in lines) {
    final f = line.split(' ');
    if (f[0] == 'kind') {
      kinds.add(f[1]);
    } else if (f[0] == 'unknown') {
      tables.add(f[1]);
    }
  }
  eq(Kind.all.map((k) => k.id).toList()..sort(), kinds.toList()..sort(),
      'kinds in the meta vectors');
  eq(tableIds, tables.toList()..sort(), 'tables in the meta vectors');
  eq(lines.where((l) => l.startsWith('kind ')).length,
      Kind.all.length * CatalogLocale.all.length, 'kind labels');
  return lines.length;
}

/// Prints the closing line and sets the exit code.
void finish() {
  stdout.writeln('$passed passed, $failed failed');
  if (failed > 0) {
    exitCode = 1;
  }
}
