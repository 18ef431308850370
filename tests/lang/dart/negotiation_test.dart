// Checks CatalogLocale.negotiate against the negotiation vectors of
// src/locale.rs (tests/common/mod.rs `negotiation_vectors`: lines
// `<input hex> <tag>`), byte for byte, and that each locale's identifier
// gives its own tag back.
import 'dart:io';

import 'package:errgen_codes/errgen_codes.dart';

import 'harness.dart';

void main(List<String> args) {
  if (args.length != 1) {
    stdout.writeln('usage: negotiation_test.dart NEGOTIATION');
    exitCode = 2;
    return;
  }
  var n = 0;
  for (final line in File(args[0]).readAsLinesSync()) {
    final f = line.split(' ');
    final input = unhexString(f[0]);
    eq(CatalogLocale.negotiate(input).tag, f[1], 'negotiate "$input"');
    n++;
  }
  check(n >= 40, 'only $n negotiation vectors');
  for (final l in CatalogLocale.values) {
    eq(CatalogLocale.fromTag(l.tag), l, 'fromTag ${l.tag}');
  }
  finish();
}
