//! The versioning policy holds for apps: a consumer program that compiles
//! against version N of a package still compiles against a version the gate
//! calls non-breaking (a code added to an open table, a text and a kind
//! changed), and fails to compile against one it calls breaking (a code the
//! program uses removed, in every language; a code added to a closed table
//! the program matches exhaustively, in Swift), with the real toolchains.

mod common;
use common::*;
use errgen::api::{self, Class};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The minimal fixture as three catalogs: `n` (version N), `additive` and
/// `breaking`; asserts the gate classifies each change as named.
fn catalogs(name: &str) -> PathBuf {
    let dir = scratch(name);
    let min = root().join("tests/fixtures/minimal");
    for v in ["n", "additive", "breaking", "closed"] {
        let cat = dir.join(v);
        for sub in ["", "tables", "l10n/zh"] {
            std::fs::create_dir_all(cat.join(sub)).unwrap();
        }
        for f in [
            "catalog.yaml",
            "prompts.yaml",
            "kinds.yaml",
            "tables/acme_api.yaml",
            "tables/acme_sdk.yaml",
            "l10n/zh/acme_sdk.yaml",
        ] {
            std::fs::copy(min.join(f), cat.join(f)).unwrap();
        }
    }
    let edit = |v: &str, file: &str, from: &str, to: &str| {
        let p = dir.join(v).join(file);
        let s = std::fs::read_to_string(&p).unwrap();
        assert!(s.contains(from), "{from:?}");
        std::fs::write(&p, s.replacen(from, to, 1)).unwrap();
    };
    edit(
        "additive",
        "tables/acme_sdk.yaml",
        "entries:\n",
        "entries:\n  - code: \"TOO_FAR\"\n    message: The face is too far.\n    kind: no_face\n    actor: user\n    retryable: true\n",
    );
    edit(
        "additive",
        "tables/acme_sdk.yaml",
        "No face was found.",
        "No face was seen.",
    );
    edit(
        "additive",
        "tables/acme_api.yaml",
        "kind: timeout",
        "kind: network",
    );
    edit(
        "breaking",
        "tables/acme_sdk.yaml",
        "  - code: \"NO_FACE\"\n",
        "  - code: \"GONE\"\n    ident: Gone\n",
    );
    // A code added to a closed table: breaking (exhaustive matches over it
    // stop compiling).
    edit(
        "closed",
        "tables/acme_api.yaml",
        "entries:\n",
        "entries:\n  - code: \"7\"\n    message: The check was paused.\n    kind: timeout\n    actor: user\n    retryable: true\n",
    );
    let surfaces = |v: &str| api::surfaces(&model(&dir.join(v))).unwrap();
    let n = surfaces("n");
    let class = |v: &str| {
        let new = surfaces(v);
        let per: Vec<_> = new
            .iter()
            .map(|(t, s)| (t.clone(), api::compare(&n[t], s)))
            .collect();
        api::group(&per).iter().map(|g| g.class).max()
    };
    assert_eq!(class("additive"), Some(Class::Additive));
    assert_eq!(class("breaking"), Some(Class::Breaking));
    assert_eq!(class("closed"), Some(Class::Breaking));
    dir
}

/// Generates `target` of each catalog and compiles the consumer against it
/// with `compile` (given the generated folder): versions N and additive
/// compile, breaking does not, and the compiler names `used` (the removed value).
fn prove(name: &str, target: &str, used: &str, compile: impl Fn(&Path) -> Output) {
    let dir = catalogs(name);
    let build = |v: &str| {
        let out = dir.join(format!("pkg-{v}"));
        generate(&dir.join(v), target, &out);
        let o = compile(&out);
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
        (o.status.success(), text)
    };
    for v in ["n", "additive"] {
        let (ok, text) = build(v);
        assert!(ok, "{target} consumer against {v}:\n{text}");
    }
    let (ok, text) = build("breaking");
    assert!(
        !ok && text.contains(used),
        "{target} consumer against breaking:\n{text}"
    );
}

fn consumer(file: &str) -> PathBuf {
    root().join("tests/lang/consumer").join(file)
}

#[test]
fn rust_consumer_survives_non_breaking_changes() {
    prove("consumer-rust", "rust", "NoFace", |pkg| {
        let app = pkg.join("app");
        std::fs::create_dir_all(app.join("src")).unwrap();
        std::fs::copy(consumer("main.rs"), app.join("src/main.rs")).unwrap();
        let toml = "[package]\nname = \"app\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\n[dependencies]\nerrgen-codes = { path = \"../rust\" }\n\n[workspace]\n";
        std::fs::write(app.join("Cargo.toml"), toml).unwrap();
        let target = root().join("target/lang-tests/consumer-rust-target");
        Command::new(env!("CARGO"))
            .args(["build", "--offline", "--quiet"])
            .current_dir(&app)
            .env("CARGO_TARGET_DIR", target)
            .output()
            .unwrap()
    });
}

#[test]
fn dart_consumer_survives_non_breaking_changes() {
    prove("consumer-dart", "dart", "noFace", |pkg| {
        std::fs::create_dir_all(pkg.join("dart/bin")).unwrap();
        std::fs::copy(consumer("main.dart"), pkg.join("dart/bin/main.dart")).unwrap();
        let script = "export HOME=/work/.home && cd dart && dart pub get --offline >/dev/null && dart analyze --no-fatal-warnings bin/main.dart";
        in_root("dart-root", pkg, &["sh", "-c", script])
            .output()
            .unwrap()
    });
}

/// Builds the Swift package in `pkg` as a module and compiles the Swift
/// consumer (tests/lang/consumer/main.swift) against it.
fn swift_consumer(pkg: &Path) -> Output {
    std::fs::copy(consumer("main.swift"), pkg.join("main.swift")).unwrap();
    let script = "mkdir -p build && swiftc -parse-as-library -emit-library -static -emit-module \
       -module-name ErrgenCodes -emit-module-path build/ErrgenCodes.swiftmodule \
       swift/Sources/ErrgenCodes/*.swift -o build/libErrgenCodes.a \
       && swiftc main.swift -I build -L build -lErrgenCodes -o build/app";
    in_root("swift-root", pkg, &["sh", "-c", script])
        .output()
        .unwrap()
}

#[test]
fn swift_consumer_survives_non_breaking_changes() {
    prove("consumer-swift", "swift", "noFace", swift_consumer);
}

/// A code added to a closed table is breaking, as the gate says (checked in
/// `catalogs`): the Swift consumer's exhaustive `switch` over `AcmeApi`
/// (no `default:`) stops compiling.
#[test]
fn swift_consumer_breaks_when_a_closed_table_grows() {
    let dir = catalogs("consumer-swift-closed");
    let out = dir.join("pkg-closed");
    generate(&dir.join("closed"), "swift", &out);
    let o = swift_consumer(&out);
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(
        !o.status.success()
            && text.contains("switch must be exhaustive")
            && text.contains(".code7"),
        "the consumer compiled against a closed table with a code added:\n{text}"
    );
}

#[test]
fn kotlin_consumer_survives_non_breaking_changes() {
    let home = toolchains().join("kotlin-2.4.20/node_modules/kotlin-compiler");
    prove("consumer-kotlin", "kotlin", "NoFace", |pkg| {
        let src = pkg.join("kotlin/src/main/kotlin/dev/errgen/codes");
        let mut sources: Vec<PathBuf> = std::fs::read_dir(src)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .collect();
        sources.sort();
        sources.push(consumer("Main.kt"));
        Command::new(home.join("bin/kotlinc"))
            .arg("-d")
            .arg(pkg.join("classes"))
            .args(&sources)
            .output()
            .unwrap()
    });
}
