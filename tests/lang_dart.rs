//! Proves the Dart target with the real Dart SDK (in the cached Debian root,
//! see scripts/toolchains.sh): the package generated from the hostile fixture
//! passes `dart analyze --fatal-infos` under strict analysis options, and
//! tests/lang/dart/hostile_test.dart passes against it. The real catalog's
//! package, when the catalog is valid, must analyze clean too.

mod common;
use common::*;
use std::path::Path;
use std::time::Instant;

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

#[test]
fn hostile_fixture_analyzes_clean_and_passes_in_dart() {
    let dir = scratch("dart-hostile");
    let m = generate(&root().join("tests/fixtures/hostile"), "dart", &dir);
    std::fs::create_dir_all(dir.join("dart/tool")).unwrap();
    std::fs::copy(
        root().join("tests/lang/dart/hostile_test.dart"),
        dir.join("dart/tool/hostile_test.dart"),
    )
    .unwrap();
    std::fs::write(dir.join("vectors.txt"), vectors(&m)).unwrap();
    // The test program is analyzed with the package: no issue in either.
    analyze(&dir);
    let out = run(&mut dart(
        &dir,
        &["run", "tool/hostile_test.dart", "../vectors.txt"],
    ));
    println!("{out}");
    let n = assert_passed(&out, 250);
    println!("hostile: {n} checks passed");
}

/// The real catalog: analyzes clean, and every text comes back byte for byte.
/// (`generate` panics with the diagnostics if the catalog does not check clean.)
#[test]
fn catalog_package_analyzes_clean_and_passes_in_dart() {
    let catalog = root().join("catalog");
    let dir = scratch("dart-catalog");
    let m = generate(&catalog, "dart", &dir);
    std::fs::create_dir_all(dir.join("dart/tool")).unwrap();
    std::fs::copy(
        root().join("tests/lang/dart/vectors_test.dart"),
        dir.join("dart/tool/vectors_test.dart"),
    )
    .unwrap();
    let v = vectors(&m);
    std::fs::write(dir.join("vectors.txt"), &v).unwrap();
    let secs = analyze(&dir);
    let start = Instant::now();
    let out = run(&mut dart(
        &dir,
        &["run", "tool/vectors_test.dart", "../vectors.txt"],
    ));
    let run_secs = start.elapsed().as_secs_f64();
    assert_passed(&out, v.lines().count());
    let entries: usize = m.tables.iter().map(|t| t.entries.len()).sum();
    println!(
        "catalog: {} tables, {entries} entries, {} locales; dart analyze {secs:.1}s, dart run (compile and check {} vectors) {run_secs:.1}s",
        m.tables.len(),
        m.locales.len(),
        v.lines().count()
    );
}
