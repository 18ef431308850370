//! `errgen lookup` and `errgen export` on the minimal fixture.

mod common;
use common::*;
use std::process::Command;

fn errgen(args: &[&str]) -> (i32, String) {
    let o = Command::new(env!("CARGO_BIN_EXE_errgen"))
        .args(args)
        .output()
        .unwrap();
    (
        o.status.code().unwrap_or(-1),
        format!(
            "{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        ),
    )
}

#[test]
fn lookup_resolves_like_the_packages() {
    let cat = root().join("tests/fixtures/minimal").display().to_string();
    let (code, out) = errgen(&[
        "lookup",
        "acme_sdk",
        "WEAK_LIGHT",
        "--locale",
        "zh-Hans-CN",
        "--catalog",
        &cat,
    ]);
    assert_eq!(code, 0, "{out}");
    insta::assert_snapshot!("lookup_listed", out);
    let (_, out) = errgen(&["lookup", "acme_sdk", "FAIL_NO_FACE", "--catalog", &cat]);
    assert!(
        out.contains("legacy code, retired in 2.0; now \"NO_FACE\"")
            && out.contains("kind:       no_face"),
        "{out}"
    );
    let (_, out) = errgen(&["lookup", "acme_sdk", "NET_ERROR_-1009", "--catalog", &cat]);
    assert!(
        out.contains("family \"NET_ERROR_$Code\" with parameter \"-1009\"")
            && out.contains("kind:       network"),
        "{out}"
    );
    let (code, out) = errgen(&["lookup", "acme_sdk", "NET_ERROR_x", "--catalog", &cat]);
    assert_eq!(code, 0);
    assert!(
        out.contains("not listed")
            && out.contains("kind:       unknown")
            && out.contains("Something went wrong."),
        "{out}"
    );
    let (code, out) = errgen(&["lookup", "nope", "1", "--catalog", &cat]);
    assert_eq!(code, 1);
    assert!(out.contains("tables: acme_api, acme_sdk"), "{out}");
}

#[test]
fn lookup_decodes_flag_sets() {
    let cat = root().join("tests/fixtures/hostile").display().to_string();
    let (code, out) = errgen(&["lookup", "flags", "impaired(42)", "--catalog", &cat]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("is a flag set of 2 code(s)"), "{out}");
    assert!(
        out.find("Flag two").unwrap() < out.find("Flag four").unwrap(),
        "{out}"
    );
}

#[test]
fn export_json_has_the_documented_shape() {
    let cat = root().join("tests/fixtures/minimal").display().to_string();
    let (code, out) = errgen(&["export", "--format", "json", "--catalog", &cat]);
    assert_eq!(code, 0, "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["locales"], serde_json::json!(["zh", "en"]));
    let sdk = &v["tables"][1];
    assert_eq!(sdk["id"], "acme_sdk");
    assert_eq!(sdk["source"], "seed.txt");
    assert_eq!(sdk["code_type"], "string");
    assert_eq!(sdk["open"], true);
    let e = &sdk["entries"][0];
    assert_eq!(e["code"], "WEAK_LIGHT");
    assert_eq!(e["message"]["zh"], "光线太暗。");
    assert_eq!(
        e["solution"]["en"],
        "Ask the user to move somewhere brighter."
    );
    assert_eq!(e["platform"], "both");
    assert_eq!(e["billed"], serde_json::Value::Null);
    assert_eq!(
        (
            e["kind"].as_str(),
            e["actor"].as_str(),
            e["retryable"].as_bool(),
            e["prompt"].as_str()
        ),
        (Some("too_dark"), Some("user"), Some(true), Some("too_dark"))
    );
    assert_eq!(
        sdk["entries"][1]["aliases"],
        serde_json::json!(["FAIL_NO_FACE"])
    );
    assert_eq!(sdk["entries"][2]["pattern"], "NET_ERROR_$Code");
    assert_eq!(v["tables"][0]["entries"][1]["code"], "-999");
    assert_eq!(v["prompts"][1]["key"], "too_dark");
    assert!(
        v["kinds"]
            .as_array()
            .unwrap()
            .iter()
            .any(|k| k["id"] == "unknown")
    );
    // Stable: the same bytes twice.
    assert_eq!(
        errgen(&["export", "--format", "json", "--catalog", &cat]).1,
        out
    );
}
