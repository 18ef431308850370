//! Proves the Swift target with the real Swift 6.0.3 toolchain (in its Debian
//! root, see scripts/toolchains.sh): each generated package type-checks in
//! Swift 6 language mode, compiles into a library with warnings as errors,
//! and a test program in Swift linked against it passes (main.swift for the
//! hostile fixture, edge_main.swift for tests/lang/swift/edge,
//! catalog_main.swift for the real catalog, all with check.swift); SwiftPM
//! then builds the package and runs the generated XCTest smoke test; and
//! small apps prove what the compiler refuses (forged unknown values, a
//! `switch` over an open table without `default:`).

mod common;
use common::*;
use std::path::Path;

use errgen::targets::swift::DEFAULT_MODULE;

/// Runs `script` with `sh -e` inside the Swift root, `dir` mounted at /work
/// (`common::in_root`: a clean environment, so neither the host's `TMPDIR`
/// nor its `LANG`/`LC_*` reach swiftc or `Foundation.Locale.current`).
fn swift_sh(dir: &Path, script: &str) -> String {
    run(&mut in_root("swift-root", dir, &["sh", "-ec", script]))
}

/// Generates `catalog`, compiles it with `program` and runs the program on
/// the catalog's vectors; returns the number of checks that passed.
fn compile_and_run(name: &str, catalog: &Path, program: &str, min: usize) -> usize {
    compile_and_run_with(name, catalog, &[], program, min)
}

/// Like `compile_and_run`, with `extra` locales added to the catalog's (no
/// texts of their own: they show the fallback's), so that a fixture can
/// have `zh-Hant` before the catalog format accepts scripts.
fn compile_and_run_with(
    name: &str,
    catalog: &Path,
    extra: &[&str],
    program: &str,
    min: usize,
) -> usize {
    let dir = scratch(name);
    let mut m = model(catalog);
    m.locales.extend(extra.iter().map(|l| l.to_string()));
    let files = errgen::generate(&m, &["swift"]).unwrap_or_else(|d| panic!("{d:?}"));
    for f in files {
        let p = dir.join(&f.path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, f.content).unwrap();
    }
    prove(&dir, &m, program, min, DEFAULT_MODULE)
}

/// Proves the package at `dir/swift` (module `module`) with `program`
/// (from tests/lang/swift, importing the module) and check.swift: the
/// vectors of `m`, the README sample, swift-format; returns the checks passed.
fn prove(dir: &Path, m: &errgen::model::Model, program: &str, min: usize, module: &str) -> usize {
    let negotiation: String = negotiation_vectors(&m)
        .lines()
        .map(|l| format!("negotiate {l}\n"))
        .collect();
    let all = vectors(m) + &nserror_vectors(m, module) + &negotiation + &template_vectors(m);
    std::fs::write(dir.join("vectors.txt"), all).unwrap();
    std::fs::write(dir.join("meta.txt"), meta_vectors(m)).unwrap();
    let lang = root().join("tests/lang/swift");
    std::fs::create_dir_all(dir.join("program")).unwrap();
    for (from, to) in [(program, "main.swift"), ("check.swift", "check.swift")] {
        let text = std::fs::read_to_string(lang.join(from)).unwrap();
        let text = text.replace(
            &format!("import {DEFAULT_MODULE}\n"),
            &format!("import {module}\n"),
        );
        std::fs::write(dir.join("program").join(to), text).unwrap();
    }
    let script = "mkdir -p build
         swiftc -swift-version 6 -warnings-as-errors -typecheck swift/Sources/ErrgenCodes/*.swift
         swiftc -parse-as-library -emit-library -static -emit-module \
           -module-name ErrgenCodes -emit-module-path build/ErrgenCodes.swiftmodule \
           -warnings-as-errors swift/Sources/ErrgenCodes/*.swift -o build/libErrgenCodes.a
         swiftc -warnings-as-errors program/main.swift program/check.swift \
           -I build -L build -lErrgenCodes -o build/program
         ./build/program vectors.txt meta.txt
         awk '/^```swift$/{on=1; next} /^```$/{on=0} on' swift/README.md > build/readme.swift
         swiftc -swift-version 6 -warnings-as-errors build/readme.swift -I build -L build -lErrgenCodes -o build/readme
         ./build/readme
         cd swift && /usr/libexec/swift/bin/swift-format lint --strict -r Sources Tests Package.swift
         echo swift-format: clean";
    let out = swift_sh(dir, &script.replace(DEFAULT_MODULE, module));
    print!("{out}");
    assert!(out.contains("swift-format: clean"), "{out}");
    assert!(out.contains("readme: ok"), "{out}");
    assert_passed(&out, min)
}

/// FNV-1a, 32 bits, over the UTF-8 bytes, top bit cleared: the documented
/// `errorCode` of string codes, written here independently of the package.
fn fnv1a31(s: &str) -> i64 {
    let mut h: u32 = 0x811c_9dc5;
    for b in s.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    i64::from(h & 0x7fff_ffff)
}

/// `nserror <table> <code hex> <errorDomain> <errorCode>`: what bridging a
/// value to NSError gives (the vendor's integer for integer tables, else
/// `fnv1a31`), for every listed code and for unknown codes.
fn nserror_vectors(m: &errgen::model::Model, module: &str) -> String {
    let hex = |s: &str| s.bytes().map(|b| format!("{b:02x}")).collect::<String>();
    let mut out = String::new();
    for t in &m.tables {
        let int = t.code_type == errgen::load::CodeType::Int;
        let mut codes: Vec<String> = t
            .entries
            .iter()
            .filter(|e| e.pattern.is_none())
            .map(|e| e.code.clone())
            .collect();
        codes.push("\u{1}not listed".into());
        if int {
            codes.push("-123456789".into());
        }
        for c in codes {
            let n = match c.parse::<i64>() {
                Ok(n) if int => n,
                _ => fnv1a31(&c),
            };
            out += &format!("nserror {} {} {module}.{} {n}\n", t.id, hex(&c), t.id);
        }
    }
    out
}

#[test]
fn fnv1a31_matches_published_values() {
    // FNV-1a 32-bit of "" and "a" (from the FNV reference), top bit cleared.
    assert_eq!(fnv1a31(""), 0x811c_9dc5 & 0x7fff_ffff);
    assert_eq!(fnv1a31("a"), 0xe40c_292c & 0x7fff_ffff);
}

#[test]
fn hostile_fixture_compiles_and_passes_in_swift() {
    let n = compile_and_run(
        "swift-hostile",
        &root().join("tests/fixtures/hostile"),
        "main.swift",
        420,
    );
    println!("swift hostile: {n} checks passed");
}

#[test]
fn swift_edge_cases_compile_and_pass() {
    let n = compile_and_run_with(
        "swift-edge",
        &root().join("tests/lang/swift/edge"),
        &["zh", "zh-Hant"],
        "edge_main.swift",
        80,
    );
    println!("swift edge: {n} checks passed");
}

#[test]
fn generated_package_builds_and_its_smoke_test_passes_with_swiftpm() {
    let dir = scratch("swift-spm");
    generate(&root().join("tests/fixtures/hostile"), "swift", &dir);
    let out = swift_sh(&dir, "cd swift && swift test 2>&1");
    assert!(out.contains("Executed 3 tests, with 0 failures"), "{out}");
}

/// The real catalog's package (an invalid or missing catalog fails in
/// `common::generate`): every text and every entry's metadata come back in
/// Swift, and the cross-vendor and real-code decoding cases of
/// tests/generated_rust.rs hold (tests/lang/swift/catalog_main.swift); the
/// package type-checks in Swift 6 mode and builds without warnings; prints
/// how long those two steps took (compile cost is a feature).
#[test]
fn real_catalog_compiles_and_passes_in_swift() {
    let catalog = root().join("catalog");
    let n = compile_and_run("swift-catalog", &catalog, "catalog_main.swift", 3000);
    println!("swift catalog: {n} checks passed");
    let out = swift_sh(
        &root().join("target/lang-tests/swift-catalog"),
        "ms() { echo $(( $(date +%s%N) / 1000000 )); }
         s=$(ms); swiftc -swift-version 6 -warnings-as-errors -typecheck swift/Sources/ErrgenCodes/*.swift
         echo \"typecheck: $(( $(ms) - s )) ms\"
         s=$(ms); swiftc -wmo -parse-as-library -emit-library -static -module-name ErrgenCodes \
           -warnings-as-errors swift/Sources/ErrgenCodes/*.swift -o build/wmo.a
         echo \"debug build (whole module): $(( $(ms) - s )) ms\"",
    );
    print!("{out}");
    assert!(out.contains("debug build"), "{out}");
}

/// An app's errgen.toml: the Swift module `AcmeKycErrors` (package,
/// library, test target `AcmeKycErrorsTests`, error domains
/// `AcmeKycErrors.<table>`) with the tables of Tencent's SDKs and AAI's
/// liveness SDK in zh-Hant and th, written by the errgen binary into the
/// config's `out`. The same proof as the default packages: typecheck,
/// library, every text, meta, NSError, negotiation and template vector of
/// the selected model (vectors_main.swift with check.swift), the README
/// sample, swift-format lint --strict.
#[test]
fn configured_module_compiles_and_passes_in_swift() {
    let dir = scratch("swift-config");
    let toml = format!(
        "catalog = {:?}\n\n[select]\ntables = [\"tencent_sdk_*\", \"aai_liveness_sdk\"]\nlocales = [\"zh-Hant\", \"th\"]\n\n\
         [swift]\nmodule = \"AcmeKycErrors\"\nout = \"swift\"\n",
        root().join("catalog").display().to_string()
    );
    let m = configured(&dir, &toml);
    assert_eq!(m.tables.len(), 3);
    assert_eq!(m.locales, ["zh-Hant", "en", "th"]);
    // The tables are in Codes<n>.swift files, several a file.
    let sources: String = std::fs::read_dir(dir.join("swift/Sources/AcmeKycErrors"))
        .unwrap()
        .map(|f| std::fs::read_to_string(f.unwrap().path()).unwrap())
        .collect();
    assert!(sources.contains(" TencentSdkIos: CatalogCode,"));
    assert!(
        dir.join("swift/Tests/AcmeKycErrorsTests/AcmeKycErrorsTests.swift")
            .is_file()
    );
    assert!(!dir.join("swift/Sources/ErrgenCodes").exists());
    let n = prove(&dir, &m, "vectors_main.swift", 500, "AcmeKycErrors");
    println!("swift configured: {n} checks passed");
}

/// Type-checks each app source of `apps` (name, source) against the
/// minimal fixture's package, built once as a module; returns per app
/// whether it type-checked and what swiftc printed.
fn typecheck_apps(name: &str, apps: &[(&str, String)]) -> Vec<(bool, String)> {
    let dir = scratch(name);
    generate(&root().join("tests/fixtures/minimal"), "swift", &dir);
    std::fs::create_dir_all(dir.join("apps")).unwrap();
    let mut script = String::from(
        "mkdir -p build
         swiftc -parse-as-library -emit-library -static -emit-module \
           -module-name ErrgenCodes -emit-module-path build/ErrgenCodes.swiftmodule \
           swift/Sources/ErrgenCodes/*.swift -o build/libErrgenCodes.a\n",
    );
    for (app, source) in apps {
        std::fs::write(dir.join(format!("apps/{app}.swift")), source).unwrap();
        script.push_str(&format!(
            "if swiftc -swift-version 6 -typecheck -I build apps/{app}.swift > apps/{app}.out 2>&1; \
             then echo ok > apps/{app}.status; else echo failed > apps/{app}.status; fi\n"
        ));
    }
    swift_sh(&dir, &script);
    apps.iter()
        .map(|(app, _)| {
            let read =
                |ext: &str| std::fs::read_to_string(dir.join(format!("apps/{app}.{ext}"))).unwrap();
            (read("status").trim() == "ok", read("out"))
        })
        .collect()
}

/// What the Swift package promises apps, proved by the compiler: an app
/// cannot build an unknown value (`ReceivedCode`'s initializer, the open
/// table's memberwise init and `unknownValue` are internal), a `switch`
/// over an open table (a struct) needs `default:`, and one over a closed
/// table (an enum) is exhaustive without it. Each failing app is paired
/// with the diagnostic swiftc must give; the valid apps must type-check,
/// so a failure comes from the line under test.
#[test]
fn swift_apps_cannot_forge_values_and_switch_as_documented() {
    let app = |body: &str| format!("import ErrgenCodes\n\n{body}\n");
    let cases: Vec<(&str, String, Option<&str>)> = vec![
        (
            "decoded",
            app(
                "let a = AcmeApi(code: \"x\")\nlet s = AcmeSdk(code: \"x\")\nprint(a.code, s.code)",
            ),
            None,
        ),
        (
            "closed_exhaustive",
            app(
                "func f(_ v: AcmeApi) -> Int {\n    switch v {\n    case .code0: return 0\n    case .codeMinus999: return -999\n    case .unknown: return 1\n    }\n}\nprint(f(AcmeApi(code: 0)))",
            ),
            None,
        ),
        (
            "open_with_default",
            app(
                "func f(_ v: AcmeSdk) -> Int {\n    switch v {\n    case .noFace: return 0\n    case .weakLight: return 1\n    default: return 2\n    }\n}\nprint(f(AcmeSdk(code: \"x\")))",
            ),
            None,
        ),
        (
            "forge_received",
            app("let v = AcmeApi.unknown(ReceivedCode(\"WEAK_LIGHT\"))\nprint(v)"),
            Some("initializer is inaccessible due to 'internal' protection level"),
        ),
        (
            "forge_open_init",
            app("let v = AcmeSdk(index: nil, received: \"WEAK_LIGHT\")\nprint(v)"),
            // The internal init is not visible at all: only init(code:) is.
            Some("no exact matches in call to initializer"),
        ),
        (
            "forge_open_unknown",
            app("let v = AcmeSdk.unknownValue(\"WEAK_LIGHT\")\nprint(v)"),
            Some("'unknownValue' is inaccessible due to 'internal' protection level"),
        ),
        (
            "open_without_default",
            app(
                "func f(_ v: AcmeSdk) -> Int {\n    switch v {\n    case .noFace: return 0\n    case .weakLight: return 1\n    }\n}\nprint(f(AcmeSdk(code: \"x\")))",
            ),
            Some("switch must be exhaustive"),
        ),
        (
            "closed_missing_case",
            app(
                "func f(_ v: AcmeApi) -> Int {\n    switch v {\n    case .code0: return 0\n    case .unknown: return 1\n    }\n}\nprint(f(AcmeApi(code: 0)))",
            ),
            Some("switch must be exhaustive"),
        ),
    ];
    let apps: Vec<(&str, String)> = cases.iter().map(|(n, s, _)| (*n, s.clone())).collect();
    let results = typecheck_apps("swift-apps", &apps);
    for ((name, _, want), (ok, out)) in cases.iter().zip(&results) {
        match want {
            None => assert!(*ok, "{name} must type-check:\n{out}"),
            Some(diag) => assert!(
                !*ok && out.contains("error:") && out.contains(diag),
                "{name} must fail with {diag:?}:\n{out}"
            ),
        }
    }
}
