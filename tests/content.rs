//! Params and templates, vendor descriptions, self-aliases and the content
//! lints (retry phrases, glossary): on tests/fixtures/content (a valid catalog
//! that uses them all) and on the real catalog.

mod common;
use common::*;
use errgen::diag::display_path;
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::path::PathBuf;

fn seeds() -> PathBuf {
    std::env::var("ERRGEN_SEEDS")
        .map(PathBuf::from)
        .unwrap_or_else(|_| root().join("../shared/seeds"))
}

fn content_export() -> Value {
    errgen::export::to_json(&model(&root().join("tests/fixtures/content")))
}

fn entry<'a>(v: &'a Value, table: &str, code: &str) -> &'a Value {
    let t = v["tables"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == table)
        .unwrap_or_else(|| panic!("no table {table}"));
    t["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["code"] == code)
        .unwrap_or_else(|| panic!("no entry {table} {code}"))
}

#[test]
fn content_fixture_checks_clean() {
    let c = errgen::check(&root().join("tests/fixtures/content"));
    let all: Vec<String> = c.diagnostics.iter().map(|d| d.to_string()).collect();
    assert!(all.is_empty(), "{}", all.join("\n"));
}

#[test]
fn export_carries_params_templates_and_vendor_descriptions() {
    let v = content_export();
    let e = entry(&v, "acme_api", "7");
    assert_eq!(
        e["params"],
        json!([
            {"name": "field", "type": "string", "from_pattern": false},
            {"name": "count", "type": "int", "from_pattern": false}
        ])
    );
    assert_eq!(
        e["template"]["zh"],
        "证件上的“{field}”无效（{count} 处错误），请重新拍照。"
    );
    assert!(!e["message"]["en"].as_str().unwrap().contains('{'));
    // A pattern's parameter is a parameter of its template without being declared.
    let p = entry(&v, "acme_sdk", "NET_ERROR_$Code");
    assert_eq!(
        p["params"],
        json!([{"name": "Code", "type": "int", "from_pattern": true}])
    );
    assert_eq!(
        p["template"]["en"],
        "The network request failed (error {Code})."
    );
    assert_eq!(
        entry(&v, "acme_api", "0")["vendor_description"]["zh"],
        "成功"
    );
    assert_eq!(
        entry(&v, "acme_api", "0")["vendor_solution"]["zh"],
        "无需处理"
    );
    assert_eq!(
        entry(&v, "acme_api", "-999")["vendor_solution"],
        Value::Null
    );
    assert_eq!(
        entry(&v, "acme_api", "-999")["vendor_description"],
        Value::Null
    );
    assert_eq!(entry(&v, "acme_api", "-999")["template"], Value::Null);
}

#[test]
fn export_keeps_aliases_equal_to_their_code() {
    let v = content_export();
    let e = entry(&v, "acme_sdk", "NO_FACE");
    assert_eq!(e["aliases"], json!(["NO_FACE", "FAIL_NO_FACE"]));
    assert_eq!(e["aliases_retired_in"], json!(["2.0", "2.0"]));
    // The real catalog's aai_flutter_ios records two of them (resolved even
    // while translations are pending, so the check does not depend on them).
    let raw = errgen::load::load(&root().join("catalog"));
    let idx = errgen::index::Index::new(&raw);
    let v = errgen::export::to_json(&errgen::resolve::resolve(&raw, &idx));
    for code in ["USER_GIVE_UP", "DEVICE_NOT_SUPPORT"] {
        let e = entry(&v, "aai_flutter_ios", code);
        assert_eq!(e["aliases"], json!([code]), "{code}");
        assert_eq!(e["aliases_retired_in"], json!(["3.6.0"]), "{code}");
    }
}

/// Baidu's Chinese description and solution of every code, as seed 004 has it: each code
/// is followed by three `|`-separated cells (error_msg, description,
/// solution), cells broken over several lines.
fn baidu_seed_texts() -> BTreeMap<String, (String, String)> {
    let text = std::fs::read_to_string(seeds().join("004_517a5598b799e9bb.txt"))
        .expect("seed 004 (set ERRGEN_SEEDS)");
    let lines: Vec<&str> = text.lines().collect();
    let mut out = BTreeMap::new();
    let mut i = 0;
    while i + 1 < lines.len() {
        let code = lines[i].trim();
        if code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit()) && lines[i + 1].trim() == "|"
        {
            let mut cells: Vec<Vec<&str>> = vec![vec![]];
            let mut j = i + 2;
            while j < lines.len() && cells.len() < 4 {
                if lines[j].trim() == "|" {
                    cells.push(vec![]);
                } else {
                    cells.last_mut().unwrap().push(lines[j].trim());
                }
                j += 1;
            }
            out.insert(code.to_owned(), (cells[1].concat(), cells[2].concat()));
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

#[test]
fn baidu_vendor_texts_are_the_seed_verbatim() {
    let seed = baidu_seed_texts();
    assert_eq!(seed.len(), 98);
    let raw = errgen::load::load(&root().join("catalog"));
    let t = raw
        .tables
        .iter()
        .find(|t| t.data.id.value == "baidu_face")
        .unwrap();
    let mut n = 0;
    for e in &t.data.entries {
        let code = &e.code.as_ref().unwrap().value;
        let (description, solution) = &seed[code];
        let d = errgen::params::vendor_texts(&e.vendor_description);
        assert_eq!(
            d.get("zh"),
            Some(description.as_str()),
            "{code} description"
        );
        let s = errgen::params::vendor_texts(&e.vendor_solution);
        assert_eq!(s.get("zh"), Some(solution.as_str()), "{code} solution");
        n += 1;
    }
    assert_eq!(n, 98);
}

/// The English side of the real catalog satisfies the retry and glossary
/// lints (the locales' own files are the locale owners' to satisfy).
#[test]
fn real_catalog_english_passes_the_content_lints() {
    let raw = errgen::load::load(&root().join("catalog"));
    assert!(raw.glossary.is_some(), "catalog/glossary.yaml is missing");
    let diags: Vec<String> = errgen::lint_content::lint(&raw)
        .into_iter()
        .chain(errgen::glossary::validate(&raw))
        .chain(
            errgen::params::validate(&raw)
                .into_iter()
                .filter(|d| d.is_error()),
        )
        .filter(|d| !display_path(&d.loc.file).contains("/l10n/"))
        .map(|d| d.to_string())
        .collect();
    assert!(diags.is_empty(), "{}", diags.join("\n"));
}
