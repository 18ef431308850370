//! Template parameter names a target cannot take as they are: each target
//! names the identifiers it makes of them through its registry, so a name
//! it cannot escape is a build error at the entry, naming the parameter
//! and the target, and nothing is written.

mod common;

use std::path::Path;
use std::process::Command;

/// The resource fixture with the `FILLED` entry's parameters renamed to
/// `a` and `b` (its template and its zh translation follow).
fn fixture(name: &str, a: &str, b: &str) -> std::path::PathBuf {
    let cat = common::res_fixture(name);
    for f in ["tables/escapes.yaml", "l10n/zh/escapes.yaml"] {
        let p = cat.join(f);
        let text = std::fs::read_to_string(&p).unwrap();
        let text = (text.replace("name: field", &format!("name: {a}")))
            .replace("name: count", &format!("name: {b}"))
            .replace("{field}", &format!("{{{a}}}"))
            .replace("{count}", &format!("{{{b}}}"));
        std::fs::write(&p, text).unwrap();
    }
    cat
}

/// `errgen build --target <target>` of `cat`: (success, stderr).
fn build(cat: &Path, target: &str) -> (bool, String) {
    let out_dir = cat.parent().unwrap().join(format!("out-{target}"));
    let out = Command::new(env!("CARGO_BIN_EXE_errgen"))
        .args(["build", "--target", target, "--catalog"])
        .arg(cat)
        .arg("--out")
        .arg(&out_dir)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    if !out.status.success() {
        assert!(!out_dir.exists(), "{target} wrote output: {err}");
    }
    (out.status.success(), err)
}

/// The place of the `FILLED` entry in the fixture's table.
fn filled_at(cat: &Path) -> String {
    let text = std::fs::read_to_string(cat.join("tables/escapes.yaml")).unwrap();
    let line = text
        .lines()
        .position(|l| l == "  - code: \"FILLED\"")
        .unwrap()
        + 1;
    format!("escapes.yaml:{line}:")
}

#[test]
fn a_dart_keyword_is_refused_by_flutter_arb_and_escaped_elsewhere() {
    let cat = fixture("params-dart-keyword", "class", "count");
    let (ok, err) = build(&cat, "flutter-arb");
    assert!(!ok, "{err}");
    assert!(
        err.contains("parameter \"class\" of code \"FILLED\" of table \"escapes\" becomes the Flutter identifier `class` in the placeholders of escapesFilledTemplate, which is already the name of a Dart keyword"),
        "{err}"
    );
    assert!(err.contains(&filled_at(&cat)), "{err}");
    // Android's and Apple's formats are positional: the name is only a comment.
    for t in ["android-res", "apple-res", "rust", "typescript"] {
        let (ok, err) = build(&cat, t);
        assert!(ok, "{t}: {err}");
    }
}

#[test]
fn proto_is_refused_by_typescript() {
    let cat = fixture("params-proto", "__proto__", "count");
    let (ok, err) = build(&cat, "typescript");
    assert!(!ok, "{err}");
    assert!(
        err.contains("parameter \"__proto__\" of code \"FILLED\" of table \"escapes\" becomes the TypeScript identifier `__proto__` in the values of escapes/FILLED, which is already the name of JavaScript's prototype accessor"),
        "{err}"
    );
    assert!(err.contains(&filled_at(&cat)), "{err}");
    // `constructor` and `prototype` are read as own properties: allowed.
    let cat = fixture("params-constructor", "constructor", "prototype");
    let (ok, err) = build(&cat, "typescript");
    assert!(ok, "{err}");
}

#[test]
fn two_names_one_rust_argument_are_refused() {
    let cat = fixture("params-snake", "fieldName", "field_name");
    let (ok, err) = build(&cat, "rust");
    assert!(!ok, "{err}");
    assert!(
        err.contains("parameter \"field_name\" of code \"FILLED\" of table \"escapes\" and parameter \"fieldName\" of code \"FILLED\" of table \"escapes\" both become the Rust identifier `field_name`"),
        "{err}"
    );
    assert!(err.contains("rename the parameter"), "{err}");
    assert!(err.contains(&filled_at(&cat)), "{err}");
}

#[test]
fn two_names_one_swift_label_or_kotlin_argument_are_refused() {
    let cat = fixture("params-swift-label", "fieldName", "field_name");
    let (ok, err) = build(&cat, "swift");
    assert!(!ok, "{err}");
    assert!(
        err.contains("both become the Swift identifier `fieldName` in the labels of message of escapes/FILLED"),
        "{err}"
    );
    assert!(err.contains(&filled_at(&cat)), "{err}");
    let cat = fixture("params-kotlin-locale", "locale", "localeValue");
    let (ok, err) = build(&cat, "kotlin");
    assert!(!ok, "{err}");
    assert!(
        err.contains("both become the Kotlin identifier `localeValue` in the arguments of message of escapes/FILLED"),
        "{err}"
    );
    // Keywords are escaped: Kotlin's and Swift's in backticks.
    let cat = fixture("params-keywords", "class", "constructor");
    for t in ["kotlin", "swift"] {
        let (ok, err) = build(&cat, t);
        assert!(ok, "{t}: {err}");
    }
}

/// Keywords as parameter names compile where the language escapes them:
/// the Rust crate (`cargo check`) and the TypeScript package (`tsc`).
#[test]
fn keyword_parameters_compile_in_rust_and_typescript() {
    let cat = fixture("params-compile", "type", "self");
    let out = cat.parent().unwrap().join("out");
    common::run(
        Command::new(env!("CARGO_BIN_EXE_errgen"))
            .args(["build", "--target", "rust", "--catalog"])
            .arg(&cat)
            .arg("--out")
            .arg(&out),
    );
    let src = std::fs::read_to_string(out.join("rust/src/escapes.rs")).unwrap();
    assert!(
        src.contains("pub fn fill_filled(locale: Locale, type_: &str, self_: i64)"),
        "{src}"
    );
    // A package of its own, not a member of errgen's workspace around it.
    let manifest = out.join("rust/Cargo.toml");
    let toml = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(&manifest, format!("{toml}\n[workspace]\n")).unwrap();
    common::run(
        Command::new("cargo")
            .args(["check", "--offline", "--quiet"])
            .env("CARGO_TARGET_DIR", cat.parent().unwrap().join("target"))
            .current_dir(out.join("rust")),
    );
    let cat = fixture("params-compile-ts", "class", "constructor");
    common::run(
        Command::new(env!("CARGO_BIN_EXE_errgen"))
            .args(["build", "--target", "typescript", "--catalog"])
            .arg(&cat)
            .arg("--out")
            .arg(&out),
    );
    let tsc = common::toolchains().join("ts-5.9.3/node_modules/.bin/tsc");
    common::run(
        Command::new(tsc)
            .args(["-p", "tsconfig.json", "--noEmit"])
            .current_dir(out.join("typescript")),
    );
}
