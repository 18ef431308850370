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

use errgen::targets::kotlin::DEFAULT_PACKAGE;

fn kotlin_home() -> PathBuf {
    toolchains().join("kotlin-2.4.20/node_modules/kotlin-compiler")
}

/// An older compiler (scripts/toolchains.sh): apps on it must read the jar.
fn old_kotlin_home() -> PathBuf {
    toolchains().join("kotlin-2.0.21/node_modules/kotlin-compiler")
}

/// The compiler options the generated build.gradle.kts pins (checked against
/// it in `old_kotlinc_consumer_reads_the_pinned_jar`): explicit API mode,
/// Kotlin 2.0 language and API (whose deprecation warning is expected), JVM 8.
const PINNED: &[&str] = &[
    "-Xexplicit-api=strict",
    "-language-version",
    "2.0",
    "-api-version",
    "2.0",
    "-Xsuppress-version-warnings",
    "-jvm-target",
    "1.8",
];

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
    let v = write_vectors(&dir, &m);
    let (text, meta) = (&v[0], &v[1]);
    let out = compile_and_run(
        &dir,
        &sources,
        "HostileTestKt",
        &v.each_ref().map(|p| p.as_path()),
    );
    assert_passed(&out, text_lines(text) + text_lines(meta) + 250);
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
    let v = write_vectors(&dir, &m);
    let (text, meta) = (&v[0], &v[1]);
    let (n_text, n_meta) = (text_lines(text), text_lines(meta));
    assert!(
        n_text > 4000 && n_meta > 400,
        "{n_text} text, {n_meta} meta vectors"
    );
    assert!(
        text_lines(&v[2]) >= 2 * 5,
        "template vectors of the real catalog"
    );
    // The README's sample program is compiled with the package too, and run.
    let sample = dir.join("ReadmeSample.kt");
    std::fs::write(&sample, readme_sample(&dir.join("kotlin/README.md"))).unwrap();
    sources.push(sample);
    let out = compile_and_run(
        &dir,
        &sources,
        "CatalogTestKt",
        &v.each_ref().map(|p| p.as_path()),
    );
    // Each text vector is at least 3 checks, each entry meta vector 5.
    assert_passed(&out, 3 * n_text + 2 * n_meta + 100);
    // Compile cost: about one class per entry (an `object` per code; a class
    // and its companion only for codes with old codes), not two.
    let listing = run(Command::new("unzip").arg("-Z1").arg(dir.join("test.jar")));
    let classes = listing
        .lines()
        .filter(|l| l.starts_with("dev/errgen/codes/") && l.ends_with(".class"))
        .count();
    let entries: usize = m.tables.iter().map(|t| t.entries.len()).sum();
    assert!(
        classes > entries && classes <= entries + 4 * m.tables.len() + 40,
        "{classes} classes in the package for {entries} entries in {} tables",
        m.tables.len()
    );
    readme_sample_output(&dir, &m);
}

/// The README sample, compiled into the jar in `dir`, prints the first
/// listed code of the first table with its English message, then `false`
/// and `true`.
fn readme_sample_output(dir: &Path, m: &errgen::model::Model) {
    let t = &m.tables[0];
    let e = t.entries.iter().find(|e| e.pattern.is_none()).unwrap();
    let want = format!(
        "{}: {}\nfalse\ntrue\n",
        e.code,
        e.message.get_or("en", &m.fallback)
    );
    assert_eq!(
        run_main(dir, "ReadmeSampleKt", &[]),
        want,
        "README sample output"
    );
}

/// An app's errgen.toml: the Kotlin package `com.acme.kyc.errors` (Maven
/// `com.acme:kyc-errors`) with only AAI's tables (`aai_*`) in id and en
/// (and the fallback, en), written by the errgen binary into the config's
/// `out`. It compiles with the same options as the default package and
/// passes the same vector tests (text, meta, template and negotiation
/// vectors of the selected model, so of AAI's tables and these locales
/// only) and its README's sample program; no other vendor's table, locale,
/// or unused prompt or kind is in it.
#[test]
fn configured_package_compiles_and_passes_in_kotlin() {
    let dir = scratch("kotlin-config");
    let toml = format!(
        "catalog = {:?}\n\n[select]\ntables = [\"aai_*\"]\nlocales = [\"id\", \"en\"]\n\n\
         [kotlin]\npackage = \"com.acme.kyc.errors\"\ngroup = \"com.acme\"\nartifact = \"kyc-errors\"\nout = \"gen/kotlin\"\n",
        root().join("catalog").display().to_string()
    );
    let m = configured(&dir, &toml);
    let ids: Vec<&str> = m.tables.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(
        ids,
        ["aai_flutter_android", "aai_flutter_ios", "aai_liveness_sdk"]
    );
    assert_eq!(m.locales, ["en", "id"]);
    let pkg = dir.join("gen/kotlin");
    let gradle = std::fs::read_to_string(pkg.join("build.gradle.kts")).unwrap();
    assert!(
        gradle.contains("group = \"com.acme\"") && gradle.contains("artifactId = \"kyc-errors\"")
    );
    let src = pkg.join("src/main/kotlin/com/acme/kyc/errors");
    let mut sources = kotlin_sources(&pkg.join("src/main/kotlin"));
    assert_eq!(sources.len(), 3 + 5, "{sources:?}");
    for s in &sources {
        assert!(
            s.starts_with(&src),
            "{} outside the package folder",
            s.display()
        );
        let text = std::fs::read_to_string(s).unwrap();
        assert!(
            text.contains("\npackage com.acme.kyc.errors\n"),
            "{}",
            s.display()
        );
        assert!(
            !text.contains("Tencent") && !text.contains("dev.errgen"),
            "{}",
            s.display()
        );
    }
    let prompts = std::fs::read_to_string(src.join("Prompt.kt")).unwrap();
    let all = model(&root().join("catalog"));
    assert!(m.prompts.len() < all.prompts.len() && m.kinds.len() < all.kinds.len());
    for p in &all.prompts {
        let kept = m.prompts.iter().any(|q| q.key == p.key);
        assert_eq!(
            prompts.contains(&format!("\"{}\"", p.key)),
            kept,
            "prompt {}",
            p.key
        );
    }
    sources.push(root().join("tests/lang/kotlin/VectorsTest.kt"));
    let sample = dir.join("ReadmeSample.kt");
    std::fs::write(&sample, readme_sample(&pkg.join("README.md"))).unwrap();
    sources.push(sample);
    let v = write_vectors(&dir, &m);
    let out = compile_and_run_in(
        &dir,
        &sources,
        "VectorsTestKt",
        &v.each_ref().map(|p| p.as_path()),
        "com.acme.kyc.errors",
    );
    let n: usize = v.iter().map(|p| text_lines(p)).sum();
    assert!(text_lines(&v[0]) >= 150, "text vectors of AAI's tables");
    assert_passed(&out, n);
    readme_sample_output(&dir, &m);
}

/// The README's Kotlin block that has `fun main()`.
fn readme_sample(readme: &Path) -> String {
    let text = std::fs::read_to_string(readme).unwrap();
    let blocks: Vec<&str> = text
        .split("```kotlin\n")
        .skip(1)
        .filter_map(|b| b.split("```").next())
        .filter(|b| b.contains("fun main()"))
        .collect();
    assert_eq!(blocks.len(), 1, "one sample program in the README");
    // kotlinc's explicit API mode applies to the sample too.
    blocks[0]
        .replace("\nfun ", "\ninternal fun ")
        .replace("internal fun main()", "public fun main()")
}

/// Writes the text, meta, template and negotiation vectors of `m` into
/// `dir`; returns the four paths, in that order (the test programs' arguments).
fn write_vectors(dir: &Path, m: &errgen::model::Model) -> [PathBuf; 4] {
    let files = [
        ("vectors.txt", vectors(m)),
        ("meta.txt", meta_vectors(m)),
        ("templates.txt", template_vectors(m)),
        ("negotiation.txt", negotiation_vectors(m)),
    ];
    files.map(|(name, content)| {
        let path = dir.join(name);
        std::fs::write(&path, content).unwrap();
        path
    })
}

fn text_lines(path: &Path) -> usize {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|l| !l.is_empty())
        .count()
}

/// Compiles `sources` and tests/lang/kotlin/Harness.kt with kotlinc
/// (the [`PINNED`] options, warnings as errors) into one jar, runs `main_class`
/// on the JVM with `args` (the vector files), and returns what it printed.
fn compile_and_run(dir: &Path, sources: &[PathBuf], main_class: &str, args: &[&Path]) -> String {
    compile_and_run_in(dir, sources, main_class, args, DEFAULT_PACKAGE)
}

/// [`compile_and_run`] for a package named `package`: Harness.kt is
/// compiled importing from it.
fn compile_and_run_in(
    dir: &Path,
    sources: &[PathBuf],
    main_class: &str,
    args: &[&Path],
    package: &str,
) -> String {
    let mut sources = sources.to_vec();
    let harness = root().join("tests/lang/kotlin/Harness.kt");
    sources.push(for_package(&harness, dir, DEFAULT_PACKAGE, package));
    let home = kotlin_home();
    let jar = dir.join("test.jar");
    let started = Instant::now();
    run(Command::new(home.join("bin/kotlinc"))
        .arg("-Werror")
        .args(PINNED)
        .arg("-d")
        .arg(&jar)
        .args(&sources)
        .current_dir(dir));
    eprintln!(
        "kotlinc: {} files compiled in {:.1}s",
        sources.len(),
        started.elapsed().as_secs_f64()
    );
    let out = run_main(dir, main_class, args);
    eprintln!("{}", out.lines().last().unwrap_or(""));
    out
}

/// Runs `main_class` of the jar `compile_and_run` built in `dir`.
fn run_main(dir: &Path, main_class: &str, args: &[&Path]) -> String {
    let classpath = format!(
        "{}:{}",
        dir.join("test.jar").display(),
        kotlin_home().join("lib/kotlin-stdlib.jar").display()
    );
    run(Command::new("java")
        .args(["-cp", &classpath, main_class])
        .args(args))
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
    let v = write_vectors(&dir, &m);
    let (text, meta) = (&v[0], &v[1]);
    let mut sources = kotlin_sources(&pkg.join("src/main/kotlin"));
    sources.push(root().join("tests/lang/kotlin/VectorsTest.kt"));
    let out = compile_and_run(&dir, &sources, "VectorsTestKt", &[text, meta]);
    assert_passed(&out, text_lines(text) + text_lines(meta));
    assert!(text_lines(text) > 2 * n);
    assert!(text_lines(meta) > n);
}

/// The jar built with the options build.gradle.kts pins (Kotlin 2.0
/// language and API, JVM 8) is read by an older compiler (kotlinc 2.0.21):
/// tests/lang/consumer/Main.kt compiles against it and runs. Against a jar
/// built without the pins (the 2.4 compiler's own metadata), the same old
/// compiler fails, so the test can fail. And apps cannot forge values: an
/// unknown value cannot be made outside the package.
#[test]
fn old_kotlinc_consumer_reads_the_pinned_jar() {
    let dir = scratch("kotlin-old-consumer");
    generate(&root().join("tests/fixtures/minimal"), "kotlin", &dir);
    let pkg = dir.join("kotlin");
    let gradle = std::fs::read_to_string(pkg.join("build.gradle.kts")).unwrap();
    for pin in [
        "explicitApi()",
        "`maven-publish`",
        "languageVersion.set(KotlinVersion.KOTLIN_2_0)",
        "apiVersion.set(KotlinVersion.KOTLIN_2_0)",
        "jvmTarget.set(JvmTarget.JVM_1_8)",
        "\"-Xsuppress-version-warnings\"",
    ] {
        assert!(gradle.contains(pin), "build.gradle.kts lacks {pin}");
    }
    let sources = kotlin_sources(&pkg.join("src/main/kotlin"));
    let (new, old) = (kotlin_home(), old_kotlin_home());
    let pinned = dir.join("pinned.jar");
    run(Command::new(new.join("bin/kotlinc"))
        .arg("-Werror")
        .args(PINNED)
        .arg("-d")
        .arg(&pinned)
        .args(&sources));
    let consumer = root().join("tests/lang/consumer/Main.kt");
    let old_kotlinc = |jar: &Path, src: &Path, out: &Path| {
        Command::new(old.join("bin/kotlinc"))
            .arg("-cp")
            .arg(jar)
            .arg("-d")
            .arg(out)
            .arg(src)
            .output()
            .unwrap()
    };
    let app = dir.join("app.jar");
    let o = old_kotlinc(&pinned, &consumer, &app);
    assert!(
        o.status.success(),
        "kotlinc 2.0.21 cannot compile the consumer against the pinned jar:\n{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let classpath = format!(
        "{}:{}:{}",
        app.display(),
        pinned.display(),
        old.join("lib/kotlin-stdlib.jar").display()
    );
    let out = run(Command::new("java").args(["-cp", &classpath, "MainKt"]));
    assert_eq!(
        out.trim_end(),
        "no face (NO_FACE) network -7 no face (FAIL_NO_FACE) failed -999 The check was not finished. 0.0.0",
        "consumer output"
    );
    // Forging an unknown value does not compile outside the package.
    let forge = dir.join("Forge.kt");
    std::fs::write(
        &forge,
        "import dev.errgen.codes.AcmeSdk\nfun forged(): AcmeSdk = AcmeSdk.Unknown(\"WEAK_LIGHT\")\n",
    )
    .unwrap();
    let o = old_kotlinc(&pinned, &forge, &dir.join("forge"));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        !o.status.success() && err.contains("internal"),
        "an unknown value was constructed outside the package:\n{err}"
    );
    // Open tables and the locale type are not exhaustive: a `when` listing
    // every value they have now still needs `else` (one error each).
    let open = dir.join("Open.kt");
    std::fs::write(
        &open,
        "import dev.errgen.codes.AcmeSdk\nimport dev.errgen.codes.CatalogLocale\n\
         fun sdk(c: AcmeSdk): Int = when (c) {\n    is AcmeSdk.WeakLight -> 1\n    is AcmeSdk.NoFace -> 2\n    is AcmeSdk.NetError -> 3\n    is AcmeSdk.Unknown -> 4\n}\n\
         fun locale(l: CatalogLocale): Int = when (l) {\n    CatalogLocale.Zh -> 1\n    CatalogLocale.En -> 2\n}\n",
    )
    .unwrap();
    let o = old_kotlinc(&pinned, &open, &dir.join("open"));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        !o.status.success() && err.matches("exhaustive").count() >= 2,
        "a when over an open table or the locales compiled without else:\n{err}"
    );
    // Without the pins, the old compiler cannot read the jar.
    let unpinned = dir.join("unpinned.jar");
    run(Command::new(new.join("bin/kotlinc"))
        .arg("-d")
        .arg(&unpinned)
        .args(&sources));
    let o = old_kotlinc(&unpinned, &consumer, &dir.join("app2.jar"));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        !o.status.success() && err.contains("binary version of its metadata"),
        "kotlinc 2.0.21 read a jar built without the pins:\n{err}"
    );
}

/// The content fixture (entries with parameters and templates, a pattern
/// with a template) compiles and passes tests/lang/kotlin/TemplatesTest.kt:
/// every template vector through the package's filling, every negotiation
/// vector of src/locale.rs, and the typed `message(locale, ...)` functions.
#[test]
fn templates_and_negotiation_pass_in_kotlin() {
    let dir = scratch("kotlin-templates");
    let m = generate(&root().join("tests/fixtures/content"), "kotlin", &dir);
    let v = write_vectors(&dir, &m);
    assert!(text_lines(&v[2]) >= 4, "template vectors");
    let mut sources = kotlin_sources(&dir.join("kotlin/src/main/kotlin"));
    sources.push(root().join("tests/lang/kotlin/TemplatesTest.kt"));
    let out = compile_and_run(
        &dir,
        &sources,
        "TemplatesTestKt",
        &v.each_ref().map(|p| p.as_path()),
    );
    let n: usize = v.iter().map(|p| text_lines(p)).sum();
    assert_passed(&out, n + 8);
}
