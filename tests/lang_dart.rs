//! Proves the Dart target with the real Dart SDK (in the cached Debian root,
//! see scripts/toolchains.sh): the packages generated from the fixtures and
//! from the real catalog are `dart format`-clean (in the formatter's style
//! for the package's language version) and pass `dart analyze --fatal-infos`
//! under strict analysis options, together with the test programs in
//! tests/lang/dart, which then run against them: every text vector and meta
//! vector (tests/common/mod.rs) byte for byte, and decoding checked by hand
//! (hostile_test.dart, and catalog_test.dart with the cases of
//! tests/generated_rust.rs).

mod common;
use common::*;
use std::path::Path;
use std::time::Instant;

use errgen::targets::dart::DEFAULT_PACKAGE;

/// Copies `files` of tests/lang/dart into the package's tool/ folder in
/// `dir`, importing the package named `package`.
fn copy_tool(dir: &Path, files: &[&str], package: &str) {
    let tool = dir.join("dart/tool");
    std::fs::create_dir_all(&tool).unwrap();
    for f in files {
        let from = root().join("tests/lang/dart").join(f);
        let text = std::fs::read_to_string(from).unwrap();
        let text = text.replace(
            &format!("package:{DEFAULT_PACKAGE}/{DEFAULT_PACKAGE}.dart"),
            &format!("package:{package}/{package}.dart"),
        );
        std::fs::write(tool.join(f), text).unwrap();
    }
}

/// `dart <args>` in the generated package `dir/dart`, inside the Dart root,
/// with a HOME of its own in `dir` (a cold analysis cache, so timings are
/// honest, and no sharing with tests that run at the same time).
fn dart(dir: &Path, args: &[&str]) -> std::process::Command {
    let mut argv = vec![
        "sh",
        "-c",
        "export HOME=/work/.home && cd dart && exec dart \"$@\"",
        "sh",
    ];
    argv.extend_from_slice(args);
    in_root("dart-root", dir, &argv)
}

/// Puts the test's analysis options next to the generated package, resolves
/// it (no dependencies, so offline) and analyzes it; returns the seconds
/// `dart analyze` took.
fn analyze(dir: &Path) -> f64 {
    std::fs::copy(
        root().join("tests/lang/dart/analysis_options.yaml"),
        dir.join("dart/analysis_options.yaml"),
    )
    .unwrap();
    run(&mut dart(dir, &["pub", "get", "--offline"]));
    let start = Instant::now();
    let out = run(&mut dart(dir, &["analyze", "--fatal-infos", "."]));
    let secs = start.elapsed().as_secs_f64();
    println!("{}: dart analyze took {secs:.1}s\n{out}", dir.display());
    assert!(out.contains("No issues found!"), "{out}");
    secs
}

/// `dart format --output=none --set-exit-if-changed` on the package in
/// `dir/dart` after `pub get` (so the formatter uses the package's language
/// version, from its SDK constraint, as it does for anyone working in the
/// package or scoring it on pub.dev): nothing may change. Run before any
/// test program is copied in.
fn format_clean(dir: &Path) {
    run(&mut dart(dir, &["pub", "get", "--offline"]));
    let out = dart(
        dir,
        &["format", "--output=none", "--set-exit-if-changed", "."],
    )
    .output()
    .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.success() && text.contains("(0 changed)"),
        "dart format would change the generated package:\n{text}"
    );
}

/// Generates `catalog` into `dir/dart`, copies the shared test harness and
/// `programs` from tests/lang/dart into its tool/ folder, and writes the text
/// and meta vectors next to it (`dir/vectors.txt`, `dir/meta.txt`).
/// Returns the model and the number of vector lines.
fn prepare(catalog: &Path, dir: &Path, programs: &[&str]) -> (errgen::model::Model, usize) {
    let m = generate(catalog, "dart", dir);
    format_clean(dir);
    let files: Vec<&str> = ["harness.dart"].iter().chain(programs).copied().collect();
    copy_tool(dir, &files, DEFAULT_PACKAGE);
    write_vectors(m, dir)
}

/// Writes the text and meta vectors of `m` into `dir`; returns `m` and
/// their number of lines.
fn write_vectors(m: errgen::model::Model, dir: &Path) -> (errgen::model::Model, usize) {
    let v = vectors(&m);
    let meta = meta_vectors(&m);
    std::fs::write(dir.join("vectors.txt"), &v).unwrap();
    std::fs::write(dir.join("meta.txt"), &meta).unwrap();
    let n = v.lines().count() + meta.lines().count();
    (m, n)
}

/// Writes tool/names_test.dart and tool/flutter_stub.dart into the package
/// in `dir`: a program that imports dart:async, dart:io, the package and
/// stand-ins for Flutter's common names, all without a prefix, and names
/// every public name of those libraries (errgen::targets::dart::SDK_NAMES
/// and FLUTTER_NAMES) next to the package's API. Had the package exported
/// any of them, the name would be ambiguous: a compile error.
fn names_program(dir: &Path, package: &str) {
    use errgen::targets::dart::{FLUTTER_NAMES, SDK_NAMES};
    let tool = dir.join("dart/tool");
    let mut stub = String::from(
        "// Stand-ins for Flutter's common names (written by tests/lang_dart.rs).\n\n",
    );
    for n in FLUTTER_NAMES {
        stub.push_str(&format!(
            "/// Stands in for Flutter's `{n}`.\nclass {n} {{}}\n\n"
        ));
    }
    std::fs::write(tool.join("flutter_stub.dart"), stub).unwrap();
    let mut prog = String::from(
        "// Imports dart:async, dart:io, the package and Flutter's names together\n\
         // (written by tests/lang_dart.rs).\n\
         import 'dart:async';\nimport 'dart:io';\n\n\
         import 'package:PACKAGE/PACKAGE.dart';\n\n\
         import 'flutter_stub.dart';\n\n\
         /// Every name of dart:core, dart:async, dart:io and Flutter the\n\
         /// package must leave alone.\n\
         const List<Object> names = <Object>[\n",
    );
    for n in SDK_NAMES.iter().chain(FLUTTER_NAMES) {
        prog.push_str(&format!("  {n},\n"));
    }
    prog.push_str(
        "];\n\n\
         Future<void> main() async {\n\
         \x20 final completer = Completer<String>();\n\
         \x20 Timer.run(() => completer.complete(tableIds.first));\n\
         \x20 final id = await completer.future;\n\
         \x20 final v = decode(id, 'no such code');\n\
         \x20 final os = Platform.isLinux ? 'linux' : Platform.operatingSystem;\n\
         \x20 stdout.writeln('${names.length} names, $os, ${v?.received}');\n\
         }\n",
    );
    let prog = prog.replace("PACKAGE", package);
    std::fs::write(tool.join("names_test.dart"), prog).unwrap();
}

/// Runs tests/lang/dart/negotiation_test.dart in the package in `dir`
/// against the negotiation vectors of `m` (src/locale.rs).
fn negotiation(dir: &Path, m: &errgen::model::Model, package: &str) {
    copy_tool(dir, &["harness.dart", "negotiation_test.dart"], package);
    std::fs::write(dir.join("negotiation.txt"), negotiation_vectors(m)).unwrap();
    let out = run(&mut dart(
        dir,
        &["run", "tool/negotiation_test.dart", "../negotiation.txt"],
    ));
    println!("{out}");
    assert_passed(&out, 40 + m.locales.len());
}

/// Negotiation with a script: the minimal fixture with a `zh-Hant` locale
/// after `zh` and `en` (which is then `Hans` by inference), so `zh-TW`, `zh-HK`,
/// `zh_TW_#Hant` and `zh-Hant-CN` must pick `zh-Hant` and `zh-SG`,
/// `zh-Hans-TW` must pick `zh`, exactly as src/locale.rs does. The identifier
/// of `zh-Hant` is `CatalogLocale.zhHant`.
#[test]
fn zh_hant_negotiates_as_src_locale_in_dart() {
    let dir = scratch("dart-zh-hant");
    // The catalog does not validate script tags yet (another branch adds
    // zh-Hant): the locale is added to the model, its texts falling back.
    let mut m = model(&root().join("tests/fixtures/minimal"));
    m.locales.push("zh-Hant".into());
    let files = errgen::generate(&m, &["dart"]).unwrap_or_else(|d| panic!("{d:?}"));
    for f in files {
        let p = dir.join(&f.path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, f.content).unwrap();
    }
    assert!(m.locales.iter().any(|l| l == "zh-Hant"));
    format_clean(&dir);
    let tool = dir.join("dart/tool");
    std::fs::create_dir_all(&tool).unwrap();
    std::fs::write(
        tool.join("zh_hant_test.dart"),
        "import 'package:errgen_codes/errgen_codes.dart';\n\n\
         void main() => print(CatalogLocale.zhHant.tag);\n",
    )
    .unwrap();
    negotiation(&dir, &m, DEFAULT_PACKAGE);
    example(&dir);
    let out = run(&mut dart(&dir, &["run", "tool/zh_hant_test.dart"]));
    assert!(out.contains("zh-Hant"), "{out}");
}

/// Runs the package's sample program, example/main.dart (the README's
/// usage; `analyze` has checked it with the package), and checks what it
/// prints.
fn example(dir: &Path) {
    assert!(dir.join("dart/example/main.dart").exists());
    let out = run(&mut dart(dir, &["run", "example/main.dart"]));
    println!("{out}");
    for want in [
        "listed: ",
        "known: false, received: NOT_A_CODE",
        "caught: ",
        "{\"error\":",
    ] {
        assert!(out.contains(want), "no {want:?} in:\n{out}");
    }
    assert!(out.trim_end().ends_with(" true"), "{out}");
}

#[test]
fn hostile_fixture_analyzes_clean_and_passes_in_dart() {
    let dir = scratch("dart-hostile");
    let (_, n_vectors) = prepare(
        &root().join("tests/fixtures/hostile"),
        &dir,
        &["hostile_test.dart"],
    );
    // The test programs are analyzed with the package: no issue in either.
    analyze(&dir);
    example(&dir);
    let out = run(&mut dart(
        &dir,
        &[
            "run",
            "tool/hostile_test.dart",
            "../vectors.txt",
            "../meta.txt",
        ],
    ));
    println!("{out}");
    let n = assert_passed(&out, n_vectors.max(250));
    println!("hostile: {n} checks passed");
}

/// The real catalog: analyzes clean (with catalog_test.dart, which imports
/// a stand-in for Flutter's `Locale` next to the package), every text, kind
/// label, kind, actor, retryable flag and prompt comes back as the catalog
/// has it, and the hand-written cases of tests/generated_rust.rs hold.
/// (`generate` panics with the diagnostics if the catalog does not check
/// clean: this test never skips.)
#[test]
fn catalog_package_analyzes_clean_and_passes_in_dart() {
    let dir = scratch("dart-catalog");
    let (m, n_vectors) = prepare(
        &root().join("catalog"),
        &dir,
        &["catalog_test.dart", "ui_stub.dart"],
    );
    names_program(&dir, DEFAULT_PACKAGE);
    let secs = analyze(&dir);
    let out = run(&mut dart(&dir, &["run", "tool/names_test.dart"]));
    let want = format!(
        "{} names, linux, no such code",
        errgen::targets::dart::SDK_NAMES.len() + errgen::targets::dart::FLUTTER_NAMES.len()
    );
    assert!(out.contains(&want), "{out}");
    negotiation(&dir, &m, DEFAULT_PACKAGE);
    example(&dir);
    let start = Instant::now();
    let out = run(&mut dart(
        &dir,
        &[
            "run",
            "tool/catalog_test.dart",
            "../vectors.txt",
            "../meta.txt",
        ],
    ));
    let run_secs = start.elapsed().as_secs_f64();
    println!("{out}");
    let n = assert_passed(&out, n_vectors + 100);
    let entries: usize = m.tables.iter().map(|t| t.entries.len()).sum();
    println!(
        "catalog: {} tables, {entries} entries, {} locales; dart analyze {secs:.1}s, dart run (compile and {n} checks, {n_vectors} of them vectors) {run_secs:.1}s",
        m.tables.len(),
        m.locales.len(),
    );
}

/// An app's errgen.toml: the pub package `acme_kyc_errors` with only
/// Tencent's tables (`vendors = ["tencent"]`), written by the errgen binary
/// into the config's `out`. It passes the same checks as the default
/// package: `dart analyze --fatal-infos` with the test programs, the names
/// program (no dart:core, dart:async, dart:io or Flutter name taken),
/// negotiation, the example program, and every text and meta vector of the
/// selected model, which must name exactly the package's tables, locales,
/// prompts and kinds.
#[test]
fn configured_package_analyzes_clean_and_passes_in_dart() {
    let dir = scratch("dart-config");
    let package = "acme_kyc_errors";
    let toml = format!(
        "catalog = {:?}\n\n[select]\nvendors = [\"tencent\"]\n\n[dart]\npackage = \"{package}\"\nout = \"dart\"\n",
        root().join("catalog").display().to_string()
    );
    let m = configured(&dir, &toml);
    assert!(m.tables.len() >= 10 && m.tables.iter().all(|t| t.vendor == "tencent"));
    let pubspec = std::fs::read_to_string(dir.join("dart/pubspec.yaml")).unwrap();
    assert!(
        pubspec.contains(&format!("\nname: {package}\n")),
        "{pubspec}"
    );
    assert!(dir.join(format!("dart/lib/{package}.dart")).is_file());
    assert!(!dir.join("dart/lib/errgen_codes.dart").exists());
    copy_tool(&dir, &["harness.dart", "vectors_test.dart"], package);
    let (m, n_vectors) = write_vectors(m, &dir);
    names_program(&dir, package);
    analyze(&dir);
    let out = run(&mut dart(&dir, &["run", "tool/names_test.dart"]));
    assert!(out.contains("names, linux, no such code"), "{out}");
    negotiation(&dir, &m, package);
    example(&dir);
    let out = run(&mut dart(
        &dir,
        &[
            "run",
            "tool/vectors_test.dart",
            "../vectors.txt",
            "../meta.txt",
        ],
    ));
    println!("{out}");
    assert_passed(&out, n_vectors);
}
