//! Proves the Kotlin target with the real compiler: the package generated
//! from the hostile fixture compiles with kotlinc (explicit API mode,
//! warnings as errors) together with tests/lang/kotlin/HostileTest.kt,
//! which then runs on the JVM and must report no failures; and the same
//! sources compile as Kotlin Multiplatform common code (for JS), so they
//! use nothing of java.* or the JVM. A table too large for one function
//! (split into chunks) is proven with tests/lang/kotlin/VectorsTest.kt, and
//! the package of the real catalog (catalog/) with
//! tests/lang/kotlin/CatalogTest.kt. Every test program is compiled with
//! tests/lang/kotlin/Harness.kt and checks the text and meta vectors of
//! tests/common/mod.rs line by line.

mod common;
use common::*;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

fn kotlin_home() -> PathBuf {
    toolchains().join("kotlin-2.4.20/node_modules/kotlin-compiler")
}

/// Every `.kt` file under `dir`, sorted.
fn kotlin_sources(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "kt") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn hostile_fixture_compiles_and_passes_in_kotlin() {
    let dir = scratch("kotlin-hostile");
    let m = generate(&root().join("tests/fixtures/hostile"), "kotlin", &dir);
    let pkg = dir.join("kotlin");
    for f in ["settings.gradle.kts", "build.gradle.kts"] {
        assert!(pkg.join(f).is_file(), "no {f}");
    }
    let mut sources = kotlin_sources(&pkg.join("src/main/kotlin"));
    assert!(sources.len() >= 6, "{sources:?}");
    // The public API stays out of java.* (Android, Multiplatform common code).
    for s in &sources {
        let text = std::fs::read_to_string(s).unwrap();
        assert!(!text.contains("java."), "{} mentions java.", s.display());
    }
    sources.push(root().join("tests/lang/kotlin/HostileTest.kt"));
    let (text, meta) = write_vectors(&dir, &m);
    let out = compile_and_run(&dir, &sources, "HostileTestKt", &[&text, &meta]);
    assert_passed(&out, text_lines(&text) + text_lines(&meta) + 250);
}

/// The package generated from the real catalog (catalog/; an invalid
/// catalog fails here, it is never skipped) compiles and passes
/// tests/lang/kotlin/CatalogTest.kt: every text and meta vector byte for
/// byte, and the cross-vendor and decoding cases of tests/generated_rust.rs.
#[test]
fn real_catalog_compiles_and_passes_in_kotlin() {
    let dir = scratch("kotlin-catalog");
    let m = generate(&root().join("catalog"), "kotlin", &dir);
    let mut sources = kotlin_sources(&dir.join("kotlin/src/main/kotlin"));
    assert!(sources.len() >= 16 + 4, "{sources:?}");
    for s in &sources {
        let text = std::fs::read_to_string(s).unwrap();
        assert!(!text.contains("java."), "{} mentions java.", s.display());
    }
    sources.push(root().join("tests/lang/kotlin/CatalogTest.kt"));
    let (text, meta) = write_vectors(&dir, &m);
    let (n_text, n_meta) = (text_lines(&text), text_lines(&meta));
    assert!(
        n_text > 4000 && n_meta > 400,
        "{n_text} text, {n_meta} meta vectors"
    );
    let out = compile_and_run(&dir, &sources, "CatalogTestKt", &[&text, &meta]);
    // Each text vector is at least 3 checks, each entry meta vector 5.
    assert_passed(&out, 3 * n_text + 2 * n_meta + 100);
}

/// Writes the text and meta vectors of `m` into `dir`; returns both paths.
fn write_vectors(dir: &Path, m: &errgen::model::Model) -> (PathBuf, PathBuf) {
    let text = dir.join("vectors.txt");
    std::fs::write(&text, vectors(m)).unwrap();
    let meta = dir.join("meta.txt");
    std::fs::write(&meta, meta_vectors(m)).unwrap();
    (text, meta)
}

fn text_lines(path: &Path) -> usize {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|l| !l.is_empty())
        .count()
}

/// Compiles `sources` and tests/lang/kotlin/Harness.kt with kotlinc
/// (explicit API mode, warnings as errors) into one jar, runs `main_class`
/// on the JVM with `args` (the vector files), and returns what it printed.
fn compile_and_run(dir: &Path, sources: &[PathBuf], main_class: &str, args: &[&Path]) -> String {
    let mut sources = sources.to_vec();
    sources.push(root().join("tests/lang/kotlin/Harness.kt"));
    let home = kotlin_home();
    let jar = dir.join("test.jar");
    let started = Instant::now();
    run(Command::new(home.join("bin/kotlinc"))
        .args(["-Werror", "-Xexplicit-api=strict", "-d"])
        .arg(&jar)
        .args(&sources)
        .current_dir(dir));
    eprintln!(
        "kotlinc: {} files compiled in {:.1}s",
        sources.len(),
        started.elapsed().as_secs_f64()
    );
    let classpath = format!(
        "{}:{}",
        jar.display(),
        home.join("lib/kotlin-stdlib.jar").display()
    );
    let out = run(Command::new("java")
        .args(["-cp", &classpath, main_class])
        .args(args));
    eprintln!("{}", out.lines().last().unwrap_or(""));
    out
}

/// The generated sources are valid common code: kotlinc-js compiles them as
/// common sources of a multiplatform module against the JS standard library
/// only (any java.* or JVM-only API would be unresolved there).
#[test]
fn hostile_fixture_compiles_as_multiplatform_common_code() {
    let dir = scratch("kotlin-common");
    generate(&root().join("tests/fixtures/hostile"), "kotlin", &dir);
    let sources = kotlin_sources(&dir.join("kotlin/src/main/kotlin"));
    let list: Vec<String> = sources.iter().map(|s| s.display().to_string()).collect();
    let home = kotlin_home();
    let started = Instant::now();
    run(Command::new(home.join("bin/kotlinc-js"))
        .args(["-Werror", "-Xexplicit-api=strict", "-Xmulti-platform"])
        .arg(format!("-Xcommon-sources={}", list.join(",")))
        .arg("-libraries")
        .arg(home.join("lib/kotlin-stdlib-js.klib"))
        .args([
            "-nopack",
            "-ir-output-name",
            "errgen_codes",
            "-ir-output-dir",
        ])
        .arg(dir.join("klib"))
        .args(&sources));
    eprintln!(
        "kotlinc-js: hostile package compiled as common code in {:.1}s",
        started.elapsed().as_secs_f64()
    );
    assert!(dir.join("klib").is_dir());
}

/// A table larger than errgen's chunk size (texts, codes and decoding are
/// split into several functions) compiles, and every text of it comes back
/// byte for byte through `decode`.
#[test]
fn large_table_compiles_in_chunks_and_passes_in_kotlin() {
    let n = 2 * errgen::targets::kotlin::CHUNK + 100;
    let dir = scratch("kotlin-large");
    let cat = dir.join("catalog");
    std::fs::create_dir_all(cat.join("tables")).unwrap();
    std::fs::create_dir_all(cat.join("l10n/zh")).unwrap();
    for f in ["catalog.yaml", "prompts.yaml", "kinds.yaml"] {
        std::fs::copy(root().join("tests/fixtures/minimal").join(f), cat.join(f)).unwrap();
    }
    let mut table = String::from(
        "id: bulk\nvendor: acme\ntitle: Many codes\nsource: {file: f.txt, lines: 1-2}\ncode_type: string\nopen: true\nentries:\n",
    );
    let mut zh = String::from("locale: zh\nstate: draft\nentries:\n");
    for i in 0..n {
        table.push_str(&format!(
            "  - code: \"E{i:04}\"\n    kind: unknown\n    actor: vendor\n    retryable: {}\n    message: \"Message {i} with $x and \\\"quotes\\\".\"\n",
            i % 2 == 0
        ));
        if i % 3 == 0 {
            table.push_str(&format!("    solution: \"Solution {i}.\"\n"));
        }
        if i % 50 == 0 {
            table.push_str(&format!(
                "    aliases:\n      - code: \"OLD_{i}\"\n        retired_in: \"1.0\"\n"
            ));
        }
        if i % 7 == 0 {
            zh.push_str(&format!(
                "  - code: \"E{i:04}\"\n    message: \"消息 {i} $x\"\n"
            ));
        }
    }
    table.push_str(
        "  - pattern: \"FAMILY_$N\"\n    param: int\n    kind: unknown\n    actor: vendor\n    retryable: false\n    message: Family.\n",
    );
    std::fs::write(cat.join("tables/bulk.yaml"), table).unwrap();
    std::fs::write(cat.join("l10n/zh/bulk.yaml"), zh).unwrap();
    let m = generate(&cat, "kotlin", &dir);
    let pkg = dir.join("kotlin");
    let table_src =
        std::fs::read_to_string(pkg.join("src/main/kotlin/dev/errgen/codes/Bulk.kt")).unwrap();
    for split in [
        "private fun fromCode2(",
        "private fun messagesZh2(",
        "private fun codes2(",
    ] {
        assert!(table_src.contains(split), "no {split}");
    }
    let (text, meta) = write_vectors(&dir, &m);
    let mut sources = kotlin_sources(&pkg.join("src/main/kotlin"));
    sources.push(root().join("tests/lang/kotlin/VectorsTest.kt"));
    let out = compile_and_run(&dir, &sources, "VectorsTestKt", &[&text, &meta]);
    assert_passed(&out, text_lines(&text) + text_lines(&meta));
    assert!(text_lines(&text) > 2 * n);
    assert!(text_lines(&meta) > n);
}
