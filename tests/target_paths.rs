//! Output paths and headers every target decides through its one registry
//! and its one escaping authority: file names the package itself needs or
//! a file system refuses, names that only differ in case, and a catalog
//! path that holds a line break.

mod common;
use common::*;
use errgen::diag::Diagnostic;
use errgen::targets::{GenFile, RESOURCE_TARGETS, TARGETS};
use std::path::{Path, PathBuf};
use std::process::Command;

/// A copy of the minimal fixture in `dir`, with one more table per id in
/// `ids` (each a copy of `acme_sdk` under that id).
fn catalog_with(dir: &Path, ids: &[&str]) -> PathBuf {
    let src = root().join("tests/fixtures/minimal");
    copy_dir(&src, dir);
    let sdk = std::fs::read_to_string(src.join("tables/acme_sdk.yaml")).unwrap();
    for id in ids {
        std::fs::write(
            dir.join(format!("tables/{id}.yaml")),
            sdk.replace("id: acme_sdk", &format!("id: {id}")),
        )
        .unwrap();
    }
    dir.to_owned()
}

fn generate_all(catalog: &Path, targets: &[&str]) -> Result<Vec<GenFile>, Vec<Diagnostic>> {
    errgen::generate(&model(catalog), targets)
}

fn paths(files: &[GenFile]) -> Vec<String> {
    files.iter().map(|f| f.path.display().to_string()).collect()
}

/// A table named `lib` or `main` must not overwrite the package's own
/// `src/lib.rs` nor add a `src/main.rs` (a binary to Cargo): its module is
/// renamed, and the package still compiles.
#[test]
fn tables_named_like_the_crate_root_get_their_own_module() {
    let dir = scratch("paths-lib-main");
    let cat = catalog_with(&dir.join("cat"), &["lib", "main", "mod", "build"]);
    let files = generate_all(&cat, &["rust"]).unwrap_or_else(|d| panic!("{d:?}"));
    let ps = paths(&files);
    let mut unique = ps.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ps.len(), "a path written twice: {ps:?}");
    assert!(!ps.contains(&"rust/src/main.rs".to_owned()), "{ps:?}");
    assert!(!ps.contains(&"rust/src/mod.rs".to_owned()), "{ps:?}");
    for f in &files {
        let p = dir.join("out").join(&f.path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, &f.content).unwrap();
    }
    let pkg = dir.join("out/rust");
    let manifest = pkg.join("Cargo.toml");
    let toml = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(&manifest, format!("{toml}\n[workspace]\n")).unwrap();
    let out = run(Command::new(env!("CARGO"))
        .args(["check", "--offline", "--quiet", "--lib", "--bins"])
        .current_dir(&pkg)
        .env(
            "CARGO_TARGET_DIR",
            root().join("target/lang-tests/rust-target"),
        )
        .env("RUSTFLAGS", "-D warnings"));
    assert!(!out.contains("error"), "{out}");
    let lib = std::fs::read_to_string(pkg.join("src/lib.rs")).unwrap();
    assert!(
        lib.contains("mod lib_;") && lib.contains("mod main_;"),
        "{lib}"
    );
}

/// `acme_sdk` and `acmesdk` become `AcmeSdk.kt` and `Acmesdk.kt`, one file
/// on a case-insensitive disk: an error at both tables.
#[test]
fn paths_equal_ignoring_case_are_an_error_naming_both_tables() {
    let dir = scratch("paths-case");
    let cat = catalog_with(&dir.join("cat"), &["acmesdk"]);
    for target in ["kotlin"] {
        let d = generate_all(&cat, &[target]).expect_err(target);
        let both = d.iter().find(|d| {
            let places: Vec<String> = std::iter::once(d.loc.file.display().to_string())
                .chain(d.related.iter().map(|(_, l)| l.file.display().to_string()))
                .collect();
            places.iter().any(|p| p.ends_with("tables/acme_sdk.yaml"))
                && places.iter().any(|p| p.ends_with("tables/acmesdk.yaml"))
                && d.loc.line > 0
        });
        assert!(both.is_some(), "{target}: {d:#?}");
    }
    // Every other target has distinct paths and names for them (Swift puts
    // tables in `Codes<n>.swift` files, named after no table).
    for target in ["rust", "dart", "typescript", "swift"] {
        assert!(generate_all(&cat, &[target]).is_ok(), "{target}");
    }
}

/// File names Windows refuses (device names, with any extension) are
/// refused in every target, at the table that asks for them.
#[test]
fn windows_device_names_are_refused_at_the_table() {
    let dir = scratch("paths-device");
    let cat = catalog_with(&dir.join("cat"), &["aux"]);
    // `errgen check` refuses the id itself (src/limits.rs) ...
    let c = errgen::check(&cat);
    assert!(c.model.is_none());
    assert!(
        c.diagnostics.iter().any(|d| d.is_error()
            && d.loc.file.ends_with("tables/aux.yaml")
            && d.loc.line == 1
            && d.message.contains("Windows")),
        "{:#?}",
        c.diagnostics
    );
    // ... and each package target's registry refuses the file name too, for
    // a model that reaches it some other way (a table renamed after check).
    let ok = catalog_with(&dir.join("ok"), &["auxx"]);
    let mut m = model(&ok);
    for t in &mut m.tables {
        if t.id == "auxx" {
            t.id = "aux".into();
        }
    }
    // Resource targets, and Swift (tables in `Codes<n>.swift`), name no
    // file after a table.
    let package_targets =
        (TARGETS.iter()).filter(|t| !RESOURCE_TARGETS.contains(t) && **t != "swift");
    for target in package_targets {
        let d = errgen::generate(&m, &[target]).expect_err(target);
        assert!(
            d.iter().any(|d| d.loc.file.ends_with("tables/auxx.yaml")
                && d.loc.line == 1
                && d.message.contains("Windows")),
            "{target}: {d:#?}"
        );
    }
}

/// The catalog path is shown in every file's header and package docs; a
/// line break in it must stay inside the comment, shown as `\n`.
#[test]
fn a_line_break_in_the_catalog_path_cannot_end_a_comment() {
    let dir = scratch("paths-newline");
    let cat = catalog_with(&dir.join("cat\nrootProject.name = \"evil\""), &[]);
    let files = generate_all(&cat, &TARGETS).unwrap_or_else(|d| panic!("{d:?}"));
    assert!(files.len() > 20);
    for f in &files {
        for line in f.content.lines() {
            assert!(
                !line.trim_start().starts_with("rootProject.name = \"evil\""),
                "{}: {line:?}\n{}",
                f.path.display(),
                f.content
            );
        }
        if errgen::targets::without_header(&f.path) {
            continue;
        }
        let head: String = f.content.lines().take(2).collect::<Vec<_>>().join("\n");
        assert!(
            head.contains(r#"cat\nrootProject.name = "evil""#)
                || head.contains(r#"cat\nrootProject.name = \"evil\""#)
                // package.json: the header as a JSON string
                || head.contains(r#"cat\\nrootProject.name = \"evil\""#),
            "{}: {head}",
            f.path.display()
        );
    }
    let settings = files
        .iter()
        .find(|f| f.path.ends_with("settings.gradle.kts"))
        .unwrap();
    assert_eq!(settings.content.lines().count(), 2, "{}", settings.content);
}

/// `errgen build` builds each package's view once, for the API gate, then
/// sets on it the catalog's label and the lock's history and prints it:
/// what it prints must be what a view built from that final model prints.
#[test]
fn a_view_built_for_the_gate_prints_as_one_built_after_it() {
    let mut m = model(&root().join("tests/fixtures/minimal"));
    let mut prepared = errgen::targets::Prepared::default();
    let packages: Vec<&str> = (TARGETS.iter())
        .filter(|t| !RESOURCE_TARGETS.contains(t))
        .copied()
        .collect();
    let surfaces = errgen::api::surfaces_in(&m, &packages, &mut prepared).unwrap();
    assert_eq!(surfaces.len(), packages.len());
    m.catalog = "../elsewhere/catalog".into();
    m.package.history = vec![errgen::model::Release {
        version: "7.8.9".into(),
        changes: vec!["additive: table \"acme_sdk\": added".into()],
    }];
    prepared.relabel(&m);
    let reused = errgen::generate_with(&m, &packages, prepared).unwrap();
    let fresh = errgen::generate(&m, &packages).unwrap();
    assert_eq!(paths(&reused), paths(&fresh));
    for (r, f) in reused.iter().zip(&fresh) {
        assert_eq!(r.content, f.content, "{}", r.path.display());
    }
    for (what, text) in [("label", "../elsewhere/catalog"), ("history", "7.8.9")] {
        for t in &packages {
            let has = |f: &&GenFile| f.path.starts_with(t) && f.content.contains(text);
            assert!(fresh.iter().any(|f| has(&f)), "{t}: no {what}");
        }
    }
}
