//! Versioned packages and the API gate: what each catalog change requires
//! (README, "Versions and exhaustiveness"), that `errgen build` and
//! `errgen check` refuse a version bump smaller than that and name the
//! change, that a sufficient bump reaches every package, and `errgen diff`.

mod common;
use common::*;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn errgen(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_errgen"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// The minimal fixture at `version`, in `scratch(name)/cat`, built once so
/// that its lock exists. Its `acme_api` table is closed, `acme_sdk` open.
fn released(name: &str, version: &str) -> PathBuf {
    let dir = scratch(name);
    copy_dir(&root().join("tests/fixtures/minimal"), &dir.join("cat"));
    edit(
        &dir,
        "catalog.yaml",
        "schema: 1\n",
        &format!("schema: 1\nversion: {version}\n"),
    );
    let o = build(&dir);
    assert!(o.status.success(), "{}", text(&o));
    assert!(dir.join("cat/errgen.lock").is_file());
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        if e.path().is_dir() {
            copy_dir(&e.path(), &to.join(e.file_name()));
        } else {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}

/// Replaces `from` (which must be there) by `to` in `cat/<file>`.
fn edit(dir: &Path, file: &str, from: &str, to: &str) {
    let p = dir.join("cat").join(file);
    let s = std::fs::read_to_string(&p).unwrap();
    assert!(s.contains(from), "{file} has no {from:?}");
    std::fs::write(&p, s.replacen(from, to, 1)).unwrap();
}

fn set_version(dir: &Path, version: &str) {
    let p = dir.join("cat/catalog.yaml");
    let s = std::fs::read_to_string(&p).unwrap();
    let line = s
        .lines()
        .find(|l| l.starts_with("version: "))
        .unwrap()
        .to_owned();
    std::fs::write(&p, s.replacen(&line, &format!("version: {version}"), 1)).unwrap();
}

fn build(dir: &Path) -> Output {
    errgen(
        dir,
        &[
            "build",
            "--target",
            "all",
            "--catalog",
            "cat",
            "--out",
            "out",
        ],
    )
}

/// The version the gate asks for after the change, read from a build that
/// fails at the unchanged version; also checks `errgen check` agrees.
fn required(dir: &Path) -> String {
    let o = build(dir);
    let t = text(&o);
    assert!(!o.status.success(), "{t}");
    assert!(t.contains("nothing was written"), "{t}");
    let c = errgen(dir, &["check", "--catalog", "cat"]);
    assert!(!c.status.success(), "{}", text(&c));
    let need = t
        .split("need version ")
        .nth(1)
        .unwrap()
        .split(' ')
        .next()
        .unwrap()
        .to_owned();
    assert!(
        text(&c).contains(&format!("need version {need}")),
        "{}",
        text(&c)
    );
    need
}

const NO_FACE: &str = "  - code: \"NO_FACE\"\n";

#[test]
fn removing_a_code_requires_a_major_bump_and_names_the_change() {
    let dir = released("ver-remove", "1.2.3");
    edit(
        &dir,
        "tables/acme_sdk.yaml",
        NO_FACE,
        "  - code: \"GONE\"\n    ident: Gone\n",
    );
    assert_eq!(required(&dir), "2.0.0");
    let t = text(&build(&dir));
    assert!(
        t.contains("breaking: table \"acme_sdk\" entry \"NO_FACE\": removed (dart AcmeSdkCode.noFace, kotlin AcmeSdk.NoFace, rust AcmeSdk::NoFace, swift AcmeSdk.noFace, typescript AcmeSdk.noFace)"),
        "{t}"
    );
    assert!(
        t.contains("error: ") && t.contains("catalog.yaml says 1.2.3"),
        "{t}"
    );
    set_version(&dir, "1.3.0");
    assert!(!build(&dir).status.success());
    set_version(&dir, "2.0.0");
    let o = build(&dir);
    assert!(o.status.success(), "{}", text(&o));
    every_manifest_says(&dir, "2.0.0");
    let log = std::fs::read_to_string(dir.join("out/rust/CHANGELOG.md")).unwrap();
    let removed = "\n- breaking: table \"acme\\_sdk\" entry \"NO\\_FACE\": removed\n";
    assert!(
        log.find("## 2.0.0\n").unwrap() < log.find(removed).unwrap(),
        "{log}"
    );
    assert!(
        log.find("## 2.0.0").unwrap() < log.find("## 1.2.3").unwrap(),
        "{log}"
    );
    // The lock is up to date and a second build changes nothing.
    let o = errgen(
        &dir,
        &[
            "build",
            "--target",
            "all",
            "--catalog",
            "cat",
            "--out",
            "out",
            "--check",
        ],
    );
    assert!(o.status.success(), "{}", text(&o));
    assert!(
        text(&o).contains("no API change since 2.0.0"),
        "{}",
        text(&o)
    );
}

#[test]
fn before_1_0_a_breaking_change_bumps_the_minor() {
    let dir = released("ver-zero", "0.4.2");
    // Same identifier (ident), another code: a rename.
    edit(
        &dir,
        "tables/acme_sdk.yaml",
        NO_FACE,
        "  - code: \"FACE_MISSING\"\n    ident: NoFace\n",
    );
    assert_eq!(required(&dir), "0.5.0");
    let t = text(&build(&dir));
    assert!(
        t.contains(
            "entry \"FACE_MISSING\": changed from code \"NO_FACE\" to code \"FACE_MISSING\""
        ),
        "{t}"
    );
    set_version(&dir, "0.5.0");
    assert!(build(&dir).status.success());
    every_manifest_says(&dir, "0.5.0");
}

const NEW_SDK_CODE: &str = "entries:\n  - code: \"TOO_FAR\"\n    message: The face is too far.\n    kind: no_face\n    actor: user\n    retryable: true\n";
const NEW_API_CODE: &str = "entries:\n  - code: \"7\"\n    message: Busy.\n    kind: timeout\n    actor: user\n    retryable: true\n";

#[test]
fn adding_a_code_to_an_open_table_is_additive() {
    let dir = released("ver-add-open", "1.2.3");
    edit(&dir, "tables/acme_sdk.yaml", "entries:\n", NEW_SDK_CODE);
    assert_eq!(required(&dir), "1.3.0");
    let t = text(&build(&dir));
    assert!(
        t.contains("additive: table \"acme_sdk\" entry \"TOO_FAR\": added"),
        "{t}"
    );
    set_version(&dir, "1.3.0");
    assert!(build(&dir).status.success());
    every_manifest_says(&dir, "1.3.0");
}

#[test]
fn adding_a_code_to_a_closed_table_is_breaking() {
    let dir = released("ver-add-closed", "1.2.3");
    edit(&dir, "tables/acme_api.yaml", "entries:\n", NEW_API_CODE);
    assert_eq!(required(&dir), "2.0.0");
    let t = text(&build(&dir));
    assert!(
        t.contains("breaking: table \"acme_api\" entry \"7\": added to an exhaustive type"),
        "{t}"
    );
}

#[test]
fn changing_a_text_requires_a_patch_and_metadata_a_minor() {
    let dir = released("ver-text", "1.2.3");
    edit(
        &dir,
        "tables/acme_sdk.yaml",
        "No face was found.",
        "No face was seen.",
    );
    assert_eq!(required(&dir), "1.2.4");
    assert!(
        text(&build(&dir)).contains("patch: table \"acme_sdk\" entry \"NO_FACE\": texts changed")
    );
    set_version(&dir, "1.2.4");
    assert!(build(&dir).status.success());
    every_manifest_says(&dir, "1.2.4");
    edit(
        &dir,
        "tables/acme_api.yaml",
        "kind: timeout",
        "kind: network",
    );
    assert_eq!(required(&dir), "1.3.0");
}

#[test]
fn a_lower_version_than_the_lock_fails() {
    let dir = released("ver-lower", "1.2.3");
    set_version(&dir, "1.2.2");
    let o = build(&dir);
    assert!(!o.status.success());
    assert!(
        text(&o).contains("version 1.2.2 in catalog.yaml is lower than 1.2.3"),
        "{}",
        text(&o)
    );
}

/// Every package's manifest and version constant carry `v`.
fn every_manifest_says(dir: &Path, v: &str) {
    let out = dir.join("out");
    let read = |p: &str| std::fs::read_to_string(out.join(p)).unwrap();
    let k = "kotlin/src/main/kotlin/dev/errgen/codes";
    let want = [
        ("rust/Cargo.toml", format!("version = \"{v}\"")),
        (
            "rust/src/lib.rs",
            format!("pub const CATALOG_VERSION: &str = \"{v}\";"),
        ),
        ("dart/pubspec.yaml", format!("\nversion: {v}\n")),
        (
            "dart/lib/src/version.dart",
            format!("const String catalogVersion = '{v}';"),
        ),
        ("kotlin/build.gradle.kts", format!("version = \"{v}\"")),
        (
            &format!("{k}/CatalogVersion.kt"),
            format!("CATALOG_VERSION: String = \"{v}\""),
        ),
        (
            "swift/Sources/ErrgenCodes/CatalogVersion.swift",
            format!("catalogVersion: String = \"{v}\""),
        ),
        ("swift/Package.swift", format!("tagged `{v}`")),
    ];
    for (file, line) in want {
        assert!(
            read(file).contains(&line),
            "{file} lacks {line:?}:\n{}",
            read(file)
        );
    }
    let lock = std::fs::read_to_string(dir.join("cat/errgen.lock")).unwrap();
    assert!(lock.contains(&format!("\"version\": \"{v}\",")), "{lock}");
    for t in ["rust", "kotlin", "swift", "dart"] {
        assert!(read(&format!("{t}/CHANGELOG.md")).contains(&format!("## {v}\n")));
    }
}

#[test]
fn diff_against_a_folder_and_a_git_revision() {
    let dir = released("ver-diff", "1.2.3");
    copy_dir(&dir.join("cat"), &dir.join("old"));
    let git = |args: &[&str]| {
        let o = Command::new("git")
            .args(args)
            .current_dir(&dir)
            .output()
            .unwrap();
        assert!(o.status.success(), "git {args:?}: {}", text(&o));
    };
    git(&["init", "-q"]);
    git(&["add", "cat"]);
    git(&[
        "-c",
        "user.name=t",
        "-c",
        "user.email=t@t",
        "commit",
        "-qm",
        "0",
    ]);
    edit(
        &dir,
        "tables/acme_sdk.yaml",
        NO_FACE,
        "  - code: \"FACE_MISSING\"\n    ident: NoFace\n",
    );
    edit(&dir, "tables/acme_sdk.yaml", "entries:\n", NEW_SDK_CODE);
    edit(
        &dir,
        "tables/acme_api.yaml",
        "The check was not finished.",
        "The check did not finish.",
    );
    edit(
        &dir,
        "tables/acme_api.yaml",
        "kind: timeout",
        "kind: network",
    );
    edit(&dir, "l10n/zh/acme_sdk.yaml", "message: ", "message: 新");
    edit(
        &dir,
        "tables/acme_api.yaml",
        "  - code: \"0\"\n",
        "  - code: \"0\"\n    ident: Finished\n",
    );
    git(&["add", "cat"]);
    git(&[
        "-c",
        "user.name=t",
        "-c",
        "user.email=t@t",
        "commit",
        "-qm",
        "1",
    ]);
    let expected = [
        "additive  table \"acme_api\" code \"-999\": kind changed from \"timeout\" to \"network\"",
        "patch     table \"acme_api\" code \"-999\": message (en) changed",
        "breaking  table \"acme_api\" code \"0\": re-identified: its identifier changed",
        "breaking  table \"acme_sdk\" code \"NO_FACE\": renamed to \"FACE_MISSING\" (same identifier, new code)",
        "additive  table \"acme_sdk\" code \"TOO_FAR\": added (the table is open: apps keep a default branch)",
        "patch     table \"acme_sdk\" code \"WEAK_LIGHT\": message (zh) changed",
        "requires version 2.0.0 or higher (catalog.yaml says 1.2.3)",
    ];
    for old in ["old", "HEAD~1"] {
        let o = errgen(&dir, &["diff", old, "--catalog", "cat"]);
        let t = text(&o);
        assert!(o.status.success(), "{t}");
        for line in expected {
            assert!(t.contains(line), "diff {old} lacks {line:?}:\n{t}");
        }
    }
    let o = errgen(
        &dir,
        &["diff", "HEAD~1", "--catalog", "cat", "--format", "markdown"],
    );
    let md = text(&o);
    assert!(
        md.starts_with("## 2.0.0\n\n### Breaking changes\n\n"),
        "{md}"
    );
    let renamed = "\n- table \"acme\\_sdk\" code \"NO\\_FACE\": renamed to \"FACE\\_MISSING\"";
    assert!(
        md.find(renamed).unwrap() < md.find("### Additions").unwrap(),
        "{md}"
    );
    assert!(
        md.contains("### Additions\n") && md.contains("### Text fixes\n"),
        "{md}"
    );
    let o = errgen(&dir, &["diff", "HEAD", "--catalog", "cat"]);
    assert!(text(&o).contains("no change since 1.2.3"), "{}", text(&o));
    let o = errgen(&dir, &["diff", "no-such-rev", "--catalog", "cat"]);
    assert!(!o.status.success());
    assert!(
        text(&o).contains("neither a catalog folder nor a git revision"),
        "{}",
        text(&o)
    );
}

#[test]
fn license_and_metadata_reach_every_package() {
    let dir = released("ver-license", "0.3.0");
    let chosen = "The license text the catalog's maintainers chose.\n";
    std::fs::write(dir.join("cat/COPYING"), chosen).unwrap();
    let meta = "version: 0.3.0\nlicense: MIT OR Apache-2.0\nlicense_file: COPYING\nrepository: https://example.org/codes\ndescription: Codes \"quoted\".\n";
    edit(&dir, "catalog.yaml", "version: 0.3.0\n", meta);
    let o = build(&dir);
    assert!(o.status.success(), "{}", text(&o));
    assert!(
        text(&o).contains("no API change since 0.3.0"),
        "{}",
        text(&o)
    );
    for t in ["rust", "kotlin", "swift", "dart"] {
        let license = std::fs::read_to_string(dir.join(format!("out/{t}/LICENSE"))).unwrap();
        assert_eq!(license, chosen, "{t}");
        let readme = std::fs::read_to_string(dir.join(format!("out/{t}/README.md"))).unwrap();
        assert!(
            readme.contains("License: MIT OR Apache-2.0 (LICENSE)."),
            "{readme}"
        );
    }
    let cargo = std::fs::read_to_string(dir.join("out/rust/Cargo.toml")).unwrap();
    for line in [
        "license = \"MIT OR Apache-2.0\"",
        "repository = \"https://example.org/codes\"",
        "description = \"Codes \\\"quoted\\\".\"",
    ] {
        assert!(cargo.contains(line), "{cargo}");
    }
    assert!(!cargo.contains("publish = false"), "{cargo}");
    let pubspec = std::fs::read_to_string(dir.join("out/dart/pubspec.yaml")).unwrap();
    assert!(
        pubspec.contains("repository: \"https://example.org/codes\""),
        "{pubspec}"
    );
}

/// A target the lock does not have yet (a new language's package) is new:
/// its surface is recorded without a change to report or a version to bump.
#[test]
fn a_target_missing_from_the_lock_is_recorded_without_a_bump() {
    let dir = released("ver-new-target", "1.2.3");
    let path = dir.join("cat/errgen.lock");
    let before = std::fs::read_to_string(&path).unwrap();
    let mut lock: serde_json::Value = serde_json::from_str(&before).unwrap();
    let targets = lock["targets"].as_object_mut().unwrap();
    assert!(targets.remove("typescript").is_some(), "{before}");
    std::fs::write(&path, serde_json::to_string_pretty(&lock).unwrap()).unwrap();
    let o = build(&dir);
    assert!(o.status.success(), "{}", text(&o));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
}

/// The members issue 13 added (serde, `FromStr`, `Codable`, `toException`,
/// `toJson`/`fromJson`, `received`, Dart's class of listed codes...) are part
/// of the API: the lock records them, a surface without one of them is a
/// breaking change, and so is a package that no longer has a member its
/// lock (written by an earlier version) records.
#[test]
fn removing_a_member_is_breaking() {
    let dir = released("ver-member", "1.2.3");
    let lock = std::fs::read_to_string(dir.join("cat/errgen.lock")).unwrap();
    for path in [
        "\"AcmeSdk: FromStr\"",
        "\"AcmeSdk: serde::Serialize\"",
        "\"AcmeApi::from_int\"",
        "\"Param\"",
        "\"AcmeSdk: Codable\"",
        "\"AcmeSdk.received\"",
        "\"toException\"",
        "\"AcmeSdk.fromJson\"",
        "\"AcmeSdk.toJson\"",
        "\"AcmeSdkCode\"",
        "\"AcmeApi.fromInt\"",
        "\"AcmeSdk.isLoaded\"",
        "\"CatalogError\"",
    ] {
        assert!(lock.contains(path), "the lock has no {path}");
    }
    let m = model(&dir.join("cat"));
    let old = errgen::api::surfaces(&m).unwrap();
    for (target, path) in [
        ("rust", "AcmeSdk: FromStr"),
        ("rust", "AcmeSdk: serde::Deserialize"),
        ("swift", "AcmeSdk: Codable"),
        ("kotlin", "toException"),
        ("dart", "AcmeSdk.toJson"),
        ("typescript", "AcmeSdk.fromCode"),
        ("typescript", "AcmeApi.fromInt"),
        ("typescript", "AcmeSdk.load"),
        ("typescript", "loadLocale"),
    ] {
        let mut new = old[target].clone();
        assert!(new.remove(path).is_some(), "{target} has no {path}");
        let changes = errgen::api::compare(&old[target], &new);
        assert!(
            changes.len() == 1
                && changes[0].class == errgen::api::Class::Breaking
                && changes[0].what == "removed"
                && changes[0].path == path,
            "{target} {path}: {changes:?}"
        );
    }
    // A lock with a member the package does not have (as one written by a
    // version whose templates had it) needs a major bump.
    let line = lock
        .lines()
        .find(|l| l.contains("\"AcmeSdk.fromJson\""))
        .unwrap();
    let gone = line.replace("fromJson", "fromYaml");
    let gone = if gone.ends_with(',') {
        gone
    } else {
        format!("{gone},")
    };
    let lock = lock.replacen(line, &format!("{gone}\n{line}"), 1);
    std::fs::write(dir.join("cat/errgen.lock"), lock).unwrap();
    assert_eq!(required(&dir), "2.0.0");
    let t = text(&build(&dir));
    assert!(
        t.contains("breaking: table \"acme_sdk\" member fromYaml: removed (dart AcmeSdk.fromYaml)"),
        "{t}"
    );
}

/// The lock records each case where the package has it: Dart's listed codes
/// are constants of the sealed `<Table>Code` class and its families classes
/// of their own, while old codes stay constants of the table's type.
#[test]
fn dart_cases_are_recorded_at_their_real_paths() {
    let dir = released("ver-dart-paths", "1.0.0");
    let m = model(&dir.join("cat"));
    let dart = &errgen::api::surfaces(&m).unwrap()["dart"];
    for path in [
        "AcmeSdkCode.noFace",
        "AcmeSdkCode.weakLight",
        "AcmeSdkNetError",
        "AcmeSdk.legacyFailNoFace",
    ] {
        assert!(dart.get(path).is_some(), "dart has no {path}");
    }
    for path in ["AcmeSdk.noFace", "AcmeSdk.netError"] {
        assert!(dart.get(path).is_none(), "dart records {path}");
    }
    let code = dir.join("out/dart/lib/src/acme_sdk.dart");
    let code = std::fs::read_to_string(&code).unwrap();
    for decl in [
        "static const AcmeSdkCode noFace",
        "final class AcmeSdkNetError",
        "static const AcmeSdk legacyFailNoFace",
    ] {
        assert!(code.contains(decl), "no {decl:?} in acme_sdk.dart");
    }
}
