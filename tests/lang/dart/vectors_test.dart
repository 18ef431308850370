// Runs against any generated Dart package (copied next to harness.dart into
// its tool/ folder by tests/lang_dart.rs): every text vector and meta vector
// of tests/common/mod.rs byte for byte, and that they name exactly the
// package's tables, locales, prompts and kinds (so a package built from a
// selection holds what was selected and nothing else).
import 'dart:io';

import 'harness.dart';

void main(List<String> args) {
  if (args.length != 2) {
    stdout.writeln('usage: vectors_test.dart VECTORS META');
    exitCode = 2;
    return;
  }
  final texts = textVectors(args[0]);
  check(texts > 0, 'no text vectors');
  final meta = metaVectors(args[1]);
  check(meta > 0, 'no meta vectors');
  finish();
}
