// Checks any generated package against the harness's text vectors (path in
// the first argument): every message, solution and prompt text must come
// back byte for byte through decode() and Prompt. Used for the real catalog
// (see tests/lang_dart.rs); hostile_test.dart does the same and more for the
// hostile fixture. Prints one line per failure, then "N passed, M failed".
import 'dart:convert';
import 'dart:io';

import 'package:errgen_codes/errgen_codes.dart';

void main(List<String> args) {
  var passed = 0;
  var failed = 0;
  void check(bool ok, String what) {
    if (ok) {
      passed++;
    } else {
      failed++;
      stdout.writeln('FAIL $what');
    }
  }

  List<int> unhex(String s) => s == '-'
      ? <int>[]
      : <int>[
          for (var i = 0; i < s.length; i += 2)
            int.parse(s.substring(i, i + 2), radix: 16),
        ];

  bool same(String? got, String want) =>
      got != null && base64.encode(utf8.encode(got)) == base64.encode(unhex(want));

  for (final line in File(args[0]).readAsLinesSync()) {
    final f = line.split(' ');
    if (f[0] == 'prompt') {
      final p = Prompt.fromKey(f[1]);
      final l = Locale.fromTag(f[2]);
      check(p != null && l != null && same(p.text(l), f[3]), line);
    } else {
      final v = decode(f[1], utf8.decode(unhex(f[2])));
      final l = Locale.fromTag(f[3]);
      if (v == null || l == null) {
        check(false, line);
        continue;
      }
      check(v.isKnown, 'not known: $line');
      final got = f[0] == 'message' ? v.message(l) : v.solution(l);
      check(same(got, f[4]), line);
    }
  }
  stdout.writeln('$passed passed, $failed failed');
  if (failed > 0) {
    exitCode = 1;
  }
}
