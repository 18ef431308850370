//! `errgen check` on a corpus of broken catalogs: tests/fixtures/broken/<case>/
//! holds the files that differ from tests/fixtures/minimal/. Each case must
//! exit 1 without a panic, and print exactly the diagnostics in its snapshot.

mod common;
use common::*;
use std::process::Command;

/// Runs `errgen check` on minimal + the case's files; returns (exit code, stderr + stdout).
fn check_case(case: &str) -> (i32, String) {
    let dir = scratch(&format!("broken-{case}"));
    let cat = dir.join("catalog");
    std::fs::create_dir_all(&cat).unwrap();
    copy_dir(&root().join("tests/fixtures/minimal"), &cat);
    copy_dir(&root().join("tests/fixtures/broken").join(case), &cat);
    let out = Command::new(env!("CARGO_BIN_EXE_errgen"))
        .arg("check")
        .arg("--catalog")
        .arg("catalog")
        .current_dir(&dir)
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stderr),
        String::from_utf8_lossy(&out.stdout)
    );
    (out.status.code().unwrap_or(-1), text)
}

#[test]
fn minimal_fixture_is_valid() {
    let out = Command::new(env!("CARGO_BIN_EXE_errgen"))
        .args(["check", "--catalog"])
        .arg(root().join("tests/fixtures/minimal"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("2 tables, 5 entries"));
}

#[test]
fn every_broken_catalog_fails_with_its_diagnostics() {
    let mut cases: Vec<String> = std::fs::read_dir(root().join("tests/fixtures/broken"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    cases.sort();
    assert!(cases.len() >= 15, "{cases:?}");
    for case in cases {
        let (code, text) = check_case(&case);
        assert!(!text.contains("panicked"), "{case} panicked:\n{text}");
        if case.starts_with("warn_") {
            // Warnings are reported but do not fail the check.
            assert_eq!(code, 0, "{case} should pass with warnings:\n{text}");
            assert!(
                text.contains("warning: ") && !text.contains("error: "),
                "{case}: {text}"
            );
        } else {
            assert_eq!(code, 1, "{case} should fail:\n{text}");
            assert!(text.contains("error: "), "{case}: {text}");
        }
        insta::assert_snapshot!(format!("broken_{case}"), text);
    }
}
