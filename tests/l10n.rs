//! The translator round trip through XLIFF 1.2, with the real catalog:
//! translate-toolkit reads every exported unit back; export then import
//! leaves the catalog byte-identical; one Thai text changed and marked final
//! changes exactly that entry; a changed source text is refused.

mod common;

use common::{root, run, scratch, toolchains};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

fn errgen() -> Command {
    Command::new(env!("CARGO_BIN_EXE_errgen"))
}

/// Every file of the catalog `cat`, by path relative to it.
fn files(cat: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    snapshot(cat, cat, &mut out);
    out
}

/// Runs `errgen l10n import`, which must succeed, and returns its report.
fn import(xlf: &Path, cat: &Path) -> String {
    run(errgen()
        .args(["l10n", "import"])
        .arg(xlf)
        .arg("--catalog")
        .arg(cat))
}

fn snapshot(dir: &Path, base: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            snapshot(&p, base, out);
        } else {
            out.insert(
                p.strip_prefix(base).unwrap().into(),
                std::fs::read(&p).unwrap(),
            );
        }
    }
}

fn catalog_copy(name: &str) -> (PathBuf, PathBuf) {
    let dir = scratch(name);
    let cat = dir.join("catalog");
    common::copy_dir(&root().join("catalog"), &cat);
    (dir, cat)
}

fn export(cat: &Path, out: &Path) {
    run(errgen()
        .args([
            "l10n",
            "export",
            "--locale",
            "th",
            "--format",
            "xliff",
            "--catalog",
        ])
        .arg(cat)
        .arg("--out")
        .arg(out));
}

#[test]
fn translate_toolkit_reads_every_unit() {
    let (dir, cat) = catalog_copy("l10n-ttk");
    let xlf = dir.join("th.xlf");
    export(&cat, &xlf);
    let py = toolchains().join("translate-venv/bin/python");
    let script = r#"
import json, sys
from translate.storage import xliff
store = xliff.xlifffile.parsefile(sys.argv[1])
ns = '{urn:oasis:names:tc:xliff:document:1.2}'
out = []
for u in store.units:
    if u.isheader():
        continue
    t = u.xmlelement.find(ns + 'target')
    out.append({'id': u.xmlelement.get('id'), 'source': u.source, 'target': u.target,
                'state': t.get('state'), 'notes': u.getnotes()})
print(json.dumps(out))
"#;
    let js = run(Command::new(py).args(["-c", script]).arg(&xlf));
    let got: Vec<serde_json::Value> = serde_json::from_str(&js).unwrap();
    let m = common::model(&cat);
    let units = errgen::units::units(&m);
    assert_eq!(got.len(), units.len(), "units read by translate-toolkit");
    for (g, u) in got.iter().zip(&units) {
        assert_eq!(g["id"], u.id.as_str());
        assert_eq!(g["source"], u.get("en").unwrap().0);
        let (text, state) = u.get("th").unwrap_or(("", None));
        assert_eq!(g["target"], text, "{}", u.id);
        let want = errgen::l10n::xliff::state_out(state);
        assert_eq!(g["state"], want, "{}", u.id);
        let notes = g["notes"].as_str().unwrap();
        assert!(
            notes.contains(&format!("Read by: {}", u.reader.id())),
            "{notes}"
        );
    }
    println!("translate-toolkit read {} units back", got.len());
}

#[test]
fn export_then_import_leaves_the_catalog_byte_identical() {
    let (dir, cat) = catalog_copy("l10n-noop");
    let xlf = dir.join("th.xlf");
    export(&cat, &xlf);
    let before = files(&cat);
    let out = import(&xlf, &cat);
    assert!(
        out.contains("0 unit(s) changed, 0 file(s) written"),
        "{out}"
    );
    let after = files(&cat);
    assert!(before == after, "the catalog changed");
}

#[test]
fn one_thai_text_marked_final_is_exactly_that_change() {
    let (dir, cat) = catalog_copy("l10n-change");
    let xlf = dir.join("th.xlf");
    export(&cat, &xlf);
    let x = std::fs::read_to_string(&xlf).unwrap();
    let old = "<source>Please blink.</source>\n        <target state=\"needs-review-translation\">กรุณากะพริบตา</target>";
    assert!(x.contains(old));
    let new = "<source>Please blink.</source>\n        <target state=\"final\">กรุณากะพริบตาหนึ่งครั้ง &amp; \"ช้า ๆ\"</target>";
    std::fs::write(&xlf, x.replace(old, new)).unwrap();
    let before = files(&cat);
    let out = import(&xlf, &cat);
    assert!(
        out.contains("1 unit(s) changed, 1 file(s) written"),
        "{out}"
    );
    let after = files(&cat);
    let changed: Vec<&PathBuf> = after
        .keys()
        .filter(|k| before.get(*k) != after.get(*k))
        .collect();
    assert_eq!(changed, [Path::new("l10n/th/prompts.yaml")]);
    let was = String::from_utf8(before[Path::new("l10n/th/prompts.yaml")].clone()).unwrap();
    let now = String::from_utf8(after[Path::new("l10n/th/prompts.yaml")].clone()).unwrap();
    let want = was.replacen(
        "  - key: \"blink\"\n    text: \"กรุณากะพริบตา\"\n",
        "  - key: \"blink\"\n    text: \"กรุณากะพริบตาหนึ่งครั้ง & \\\"ช้า ๆ\\\"\"\n    state: reviewed\n",
        1,
    );
    assert_ne!(was, want);
    assert_eq!(now, want);
    // The loader reads it back: the new text, reviewed.
    let m = common::model(&cat);
    let p = m.prompt("blink").unwrap();
    let t = &p.text.0["th"];
    assert_eq!(t.text, "กรุณากะพริบตาหนึ่งครั้ง & \"ช้า ๆ\"");
    assert_eq!(t.state, Some(errgen::model::TextState::Reviewed));
}

#[test]
fn a_changed_source_text_is_refused_and_nothing_is_written() {
    let (dir, cat) = catalog_copy("l10n-stale");
    let xlf = dir.join("th.xlf");
    export(&cat, &xlf);
    let x = std::fs::read_to_string(&xlf).unwrap();
    let x = x
        .replace(
            "<source>Please blink.</source>",
            "<source>Please blink twice.</source>",
        )
        .replace(">กรุณาพยักหน้า<", ">กรุณาพยักหน้าช้า ๆ<");
    std::fs::write(&xlf, x).unwrap();
    let before = files(&cat);
    let out = errgen()
        .args(["l10n", "import"])
        .arg(&xlf)
        .arg("--catalog")
        .arg(&cat)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("the source text of unit \"prompt/blink/text\" changed since the export"),
        "{err}"
    );
    assert!(err.contains("th.xlf:"), "no place in {err}");
    assert!(err.contains("nothing was written"), "{err}");
    let after = files(&cat);
    assert!(before == after, "the catalog changed");
}

/// Hostile texts (quotes, `<b>`, `&`, `\r\n`, tabs, leading spaces) survive
/// the round trip: export then import changes nothing.
#[test]
fn hostile_texts_round_trip_unchanged() {
    let cat = common::res_fixture("l10n-hostile");
    let xlf = cat.parent().unwrap().join("zh.xlf");
    run(errgen()
        .args(["l10n", "export", "--locale", "zh", "--catalog"])
        .arg(&cat)
        .arg("--out")
        .arg(&xlf));
    let x = std::fs::read_to_string(&xlf).unwrap();
    assert!(
        x.contains("&#13;"),
        "the \\r of a source text is a character reference"
    );
    let before = files(&cat);
    let out = import(&xlf, &cat);
    assert!(out.contains("0 unit(s) changed"), "{out}");
    assert!(before == files(&cat), "the catalog changed");
}

/// A text translated for the first time becomes a new entry (in a new file
/// when the locale had none for that table) that the loader reads back.
#[test]
fn a_first_translation_becomes_a_new_entry() {
    let cat = common::res_fixture("l10n-new");
    let xlf = cat.parent().unwrap().join("id.xlf");
    run(errgen()
        .args(["l10n", "export", "--locale", "id", "--catalog"])
        .arg(&cat)
        .arg("--out")
        .arg(&xlf));
    let x = std::fs::read_to_string(&xlf).unwrap();
    let old = "<source>A code with a slash and a dot: ok</source>\n        <target state=\"new\"></target>";
    assert!(x.contains(old), "{x}");
    let x = x.replace(
        old,
        "<source>A code with a slash and a dot: ok</source>\n        <target state=\"translated\">Kode dengan garis miring dan titik: oke</target>",
    );
    std::fs::write(&xlf, x).unwrap();
    let before = files(&cat);
    let out = import(&xlf, &cat);
    assert!(
        out.contains("1 unit(s) changed, 1 file(s) written"),
        "{out}"
    );
    let after = files(&cat);
    let new = Path::new("l10n/id/escapes.yaml");
    assert!(!before.contains_key(new));
    assert_eq!(
        String::from_utf8(after[new].clone()).unwrap(),
        "locale: id\nstate: draft\nentries:\n  - code: \"a/b.c\"\n    message: \"Kode dengan garis miring dan titik: oke\"\n"
    );
    let m = common::model(&cat);
    let t = m.tables.iter().find(|t| t.id == "escapes").unwrap();
    let e = t.entries.iter().find(|e| e.code == "a/b.c").unwrap();
    assert_eq!(
        e.message.get("id"),
        Some("Kode dengan garis miring dan titik: oke")
    );
}

/// An entry has one state for its message and solution: a final message
/// whose solution still needs review leaves the entry a draft, and says so.
#[test]
fn a_final_message_with_a_draft_solution_stays_draft_with_a_warning() {
    let (dir, cat) = catalog_copy("l10n-held");
    let xlf = dir.join("th.xlf");
    export(&cat, &xlf);
    let x = std::fs::read_to_string(&xlf).unwrap();
    let at = x
        .find("<trans-unit id=\"table/aai_flutter_android/AUTH_BAD_NETWORK/message\"")
        .unwrap();
    let state = at + x[at..].find("needs-review-translation").unwrap();
    let x = format!(
        "{}final{}",
        &x[..state],
        &x[state + "needs-review-translation".len()..]
    );
    std::fs::write(&xlf, x).unwrap();
    let before = files(&cat);
    let out = errgen()
        .args(["l10n", "import"])
        .arg(&xlf)
        .arg("--catalog")
        .arg(&cat)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("warning: th table/aai_flutter_android/AUTH_BAD_NETWORK/message is marked final, but its entry stays draft"),
        "{err}"
    );
    assert!(before == files(&cat), "the catalog changed");
}
