//! Hostile values in otherwise valid catalogs: tags outside the core schema,
//! lax scalars, codes and ids no toolchain accepts. Each is an error with its
//! position, a non-zero exit, and nothing written.

mod common;
use common::*;

/// The minimal fixture with `edit` applied to the text of `file`; runs
/// `check` and `build`, both must fail with `needle`; returns the output.
fn refused(name: &str, file: &str, edit: impl Fn(&str) -> String, needle: &str) -> String {
    let dir = scratch(&format!("hv-{name}"));
    let cat = dir.join("cat");
    copy_dir(&root().join("tests/fixtures/minimal"), &cat);
    let path = cat.join(file);
    let old = std::fs::read_to_string(&path).unwrap_or_default();
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, edit(&old)).unwrap();
    let mut all = String::new();
    for cmd in [
        "check --catalog cat",
        "build --target all --catalog cat --out out",
    ] {
        let o = errgen(&dir, &cmd.split(' ').collect::<Vec<_>>());
        let t = text(&o);
        assert_eq!(o.status.code(), Some(1), "{name}: {t}");
        assert!(t.contains(needle), "{name}: {needle:?} not in:\n{t}");
        all.push_str(&t);
    }
    assert!(!dir.join("out").exists(), "{name}: something was written");
    all
}

const API: &str = "tables/acme_api.yaml";
const SDK: &str = "tables/acme_sdk.yaml";

#[test]
fn tags_outside_the_core_schema_are_errors() {
    for (name, from, to, at) in [
        (
            "binary",
            "title: Acme API",
            "title: !!binary QWNtZSBBUEk=",
            "acme_api.yaml:3:8",
        ),
        (
            "secret",
            "title: Acme API",
            "title: !secret Acme API",
            "acme_api.yaml:3:8",
        ),
        (
            "python",
            "title: Acme API",
            "title: !!python/name:os.system x",
            "acme_api.yaml:3:8",
        ),
        (
            "set",
            "title: Acme API",
            "title: !!set {a, b}",
            "acme_api.yaml:3:8",
        ),
    ] {
        refused(&format!("tag-{name}"), API, |t| t.replace(from, to), at);
        refused(
            &format!("tag-{name}-msg"),
            API,
            |t| t.replace(from, to),
            "is not allowed: catalog files use only the YAML core schema",
        );
    }
    refused(
        "tag-directive",
        API,
        |t| {
            format!(
                "%TAG !e! tag:example.com,2000:\n---\n{}",
                t.replace("title: Acme API", "title: !e!x Acme API")
            )
        },
        "acme_api.yaml:5:8",
    );
}

/// (case, file, text replaced, replacement, what the output must say)
const REPLACEMENTS: &[(&str, &str, &str, &str, &str)] = &[
    (
        "open-quoted",
        API,
        "open: false",
        "open: \"true\"",
        "a quoted string where true or false belongs",
    ),
    (
        "open-quoted-at",
        API,
        "open: false",
        "open: \"true\"",
        "acme_api.yaml:6:7",
    ),
    (
        "huge-lines",
        API,
        "lines: 10-14",
        "lines: 99999999999999999999999-1",
        "source line number in \"99999999999999999999999-1\" is too large",
    ),
    (
        "flags-bits",
        API,
        "code_type: int\nopen: false",
        "code_type: int\nflags: {format: \"bits($Bits)\"}\nopen: false",
        "the flag-set format names its digits `$Flags`",
    ),
    (
        "zero-width",
        SDK,
        "\"NO_FACE\"",
        "\"NO_\u{200B}FACE\"",
        "holds a zero-width character (U+200B, character 4)",
    ),
    (
        "bidi-code",
        SDK,
        "\"NO_FACE\"",
        "\"NO_\u{202E}FACE\"",
        "holds a bidirectional-control character (U+202E",
    ),
    (
        "bidi-text",
        SDK,
        "No face was found.",
        "No face \u{2066}was found.",
        "could make generated code read differently",
    ),
];

#[test]
fn lax_values_and_codes_that_would_look_alike_or_hide_characters_are_errors() {
    for (name, file, from, to, needle) in REPLACEMENTS {
        refused(name, file, |t| t.replace(from, to), needle);
    }
    refused(
        "nfc-equal",
        SDK,
        |t| {
            t.replace("\"WEAK_LIGHT\"", "\"\u{00C9}\"")
                .replace("\"NO_FACE\"", "\"E\u{0301}\"")
        },
        "is the same as \"É\" once normalized to Unicode NFC",
    );
}

/// The minimal fixture with table acme_api renamed to `id`; runs `args`.
fn with_table_id(id: &str, args: &[&str]) -> (std::path::PathBuf, std::process::Output) {
    let dir = scratch(&format!("hv-id-{}", &id[..id.len().min(20)]));
    let cat = dir.join("cat");
    copy_dir(&root().join("tests/fixtures/minimal"), &cat);
    let t = std::fs::read_to_string(cat.join(API)).unwrap();
    std::fs::remove_file(cat.join(API)).unwrap();
    std::fs::write(
        cat.join(format!("tables/{id}.yaml")),
        t.replace("id: acme_api", &format!("id: {id}")),
    )
    .unwrap();
    let o = errgen(&dir, args);
    assert_eq!(o.status.code(), Some(1), "{id}: {}", text(&o));
    (dir, o)
}

#[test]
fn codes_and_ids_no_toolchain_accepts_are_errors() {
    let long = "A".repeat(300);
    refused(
        "code-300",
        SDK,
        |t| t.replace("\"NO_FACE\"", &format!("\"{long}\"")),
        "code is 300 characters long; at most 120 are allowed",
    );
    let huge = "B".repeat(70_000);
    let out = refused(
        "code-70000",
        SDK,
        |t| t.replace("\"NO_FACE\"", &format!("\"{huge}\"")),
        "code is 70000 characters long",
    );
    assert!(
        out.lines().all(|l| l.chars().count() < 1100),
        "an unbounded line"
    );
    for id in ["con", "aux", "nul", "com1", "lpt9"] {
        let (_, o) = with_table_id(id, &["check", "--catalog", "cat"]);
        assert!(text(&o).contains(&format!("{id}.yaml:1:5")), "{}", text(&o));
        assert!(
            text(&o).contains("is a device name on Windows"),
            "{}",
            text(&o)
        );
    }
    let build = "build --target all --catalog cat --out out";
    let (dir, o) = with_table_id(&"t".repeat(245), &build.split(' ').collect::<Vec<_>>());
    assert!(
        text(&o).contains("table id is 245 characters long; at most 64"),
        "{}",
        text(&o)
    );
    assert!(!dir.join("out").exists());
}

#[test]
fn a_fallback_that_is_not_required_is_an_error() {
    refused(
        "fallback-zh",
        "catalog.yaml",
        |t| t.replace("fallback: en", "fallback: zh"),
        "fallback locale \"zh\" is not among the required locales",
    );
}

#[test]
fn a_broken_table_does_not_also_report_its_translations() {
    let out = refused(
        "broken-table",
        SDK,
        |t| t.replace("title: Acme SDK", "title: [unclosed"),
        "acme_sdk.yaml:",
    );
    assert!(!out.contains("to translate"), "{out}");
}

#[test]
fn negative_codes_need_no_double_dash() {
    let dir = scratch("hv-negative");
    let cat = root().join("tests/fixtures/minimal").display().to_string();
    let o = errgen(&dir, &["lookup", "acme_api", "-999", "--catalog", &cat]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(
        text(&o).contains("The check was not finished."),
        "{}",
        text(&o)
    );
}
