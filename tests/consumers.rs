//! The versioning policy holds for apps: a consumer program that compiles
//! against version N of a package still compiles against a version the gate
//! calls non-breaking (a code added to an open table, a text and a kind
//! changed), and fails to compile against one it calls breaking (a code the
//! program uses removed), in every language, with the real toolchains.

mod common;
use common::*;
use errgen::api::{self, Class};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The minimal fixture as three catalogs: `n` (version N), `additive` and
/// `breaking`; asserts the gate classifies each change as named.
fn catalogs(name: &str) -> PathBuf {
    let dir = scratch(name);
    let min = root().join("tests/fixtures/minimal");
    for v in ["n", "additive", "breaking"] {
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
    dir
}

/// Generates `target` of catalog `v` into `dir/pkg-<v>`; returns that folder.
fn package(dir: &Path, v: &str, target: &str) -> PathBuf {
    let out = dir.join(format!("pkg-{v}"));
    generate(&dir.join(v), target, &out);
    out
}

#[test]
fn rust_consumer_survives_non_breaking_changes() {
    let dir = catalogs("consumer-rust");
    let compile = |v: &str| {
        let pkg = package(&dir, v, "rust");
        let app = pkg.join("app");
        std::fs::create_dir_all(app.join("src")).unwrap();
        std::fs::copy(
            root().join("tests/lang/consumer/main.rs"),
            app.join("src/main.rs"),
        )
        .unwrap();
        let toml = "[package]\nname = \"app\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\n[dependencies]\nerrgen-codes = { path = \"../rust\" }\n\n[workspace]\n";
        std::fs::write(app.join("Cargo.toml"), toml).unwrap();
        Command::new(env!("CARGO"))
            .args(["build", "--offline", "--quiet"])
            .current_dir(&app)
            .env(
                "CARGO_TARGET_DIR",
                root().join("target/lang-tests/consumer-rust-target"),
            )
            .output()
            .unwrap()
    };
    for v in ["n", "additive"] {
        let o = compile(v);
        assert!(
            o.status.success(),
            "{v}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
    let o = compile("breaking");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success() && err.contains("NoFace"), "{err}");
}

#[test]
fn dart_consumer_survives_non_breaking_changes() {
    let dir = catalogs("consumer-dart");
    let compile = |v: &str| {
        let pkg = package(&dir, v, "dart");
        std::fs::create_dir_all(pkg.join("dart/bin")).unwrap();
        std::fs::copy(
            root().join("tests/lang/consumer/main.dart"),
            pkg.join("dart/bin/main.dart"),
        )
        .unwrap();
        let script = "export HOME=/work/.home && cd dart && dart pub get --offline >/dev/null && dart analyze --no-fatal-warnings bin/main.dart";
        in_root("dart-root", &pkg, &["sh", "-c", script])
            .output()
            .unwrap()
    };
    for v in ["n", "additive"] {
        let o = compile(v);
        assert!(
            o.status.success(),
            "{v}: {}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
    }
    let o = compile("breaking");
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(!o.status.success() && out.contains("noFace"), "{out}");
}

#[test]
fn swift_consumer_survives_non_breaking_changes() {
    let dir = catalogs("consumer-swift");
    let compile = |v: &str| {
        let pkg = package(&dir, v, "swift");
        std::fs::copy(
            root().join("tests/lang/consumer/main.swift"),
            pkg.join("main.swift"),
        )
        .unwrap();
        let script = "mkdir -p build && swiftc -parse-as-library -emit-library -static -emit-module \
           -module-name ErrgenCodes -emit-module-path build/ErrgenCodes.swiftmodule \
           swift/Sources/ErrgenCodes/*.swift -o build/libErrgenCodes.a \
           && swiftc main.swift -I build -L build -lErrgenCodes -o build/app";
        in_root("swift-root", &pkg, &["sh", "-c", script])
            .output()
            .unwrap()
    };
    for v in ["n", "additive"] {
        let o = compile(v);
        assert!(
            o.status.success(),
            "{v}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
    let o = compile("breaking");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success() && err.contains("noFace"), "{err}");
}

#[test]
fn kotlin_consumer_survives_non_breaking_changes() {
    let dir = catalogs("consumer-kotlin");
    let home = toolchains().join("kotlin-2.4.20/node_modules/kotlin-compiler");
    let compile = |v: &str| {
        let pkg = package(&dir, v, "kotlin");
        let mut sources: Vec<PathBuf> =
            std::fs::read_dir(pkg.join("kotlin/src/main/kotlin/dev/errgen/codes"))
                .unwrap()
                .flatten()
                .map(|e| e.path())
                .collect();
        sources.sort();
        sources.push(root().join("tests/lang/consumer/Main.kt"));
        Command::new(home.join("bin/kotlinc"))
            .arg("-d")
            .arg(pkg.join("classes"))
            .args(&sources)
            .output()
            .unwrap()
    };
    for v in ["n", "additive"] {
        let o = compile(v);
        assert!(
            o.status.success(),
            "{v}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
    let o = compile("breaking");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success() && err.contains("NoFace"), "{err}");
}
