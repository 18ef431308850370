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

/// Runs `errgen l10n import`, which must fail with exit 1, and returns its
/// diagnostics.
fn import_fails(xlf: &Path, cat: &Path) -> String {
    let out = errgen()
        .args(["l10n", "import"])
        .arg(xlf)
        .arg("--catalog")
        .arg(cat)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(1), "{err}");
    err
}

/// A copy of the hostile fixture with its resource overlay (`name`), and
/// its XLIFF of `locale`, exported next to it.
fn fixture_xliff(name: &str, locale: &str) -> (PathBuf, PathBuf) {
    let cat = common::res_fixture(name);
    let xlf = cat.parent().unwrap().join(format!("{locale}.xlf"));
    run(errgen()
        .args(["l10n", "export", "--locale", locale, "--catalog"])
        .arg(&cat)
        .arg("--out")
        .arg(&xlf));
    (cat, xlf)
}

/// Replaces `old` (which must be there) by `new` in the XLIFF file `xlf`,
/// imports it into `cat`, which must change one unit and exactly `file`,
/// and returns that file's text before and after.
fn edit_and_import(xlf: &Path, cat: &Path, old: &str, new: &str, file: &str) -> (String, String) {
    let x = std::fs::read_to_string(xlf).unwrap();
    assert!(x.contains(old), "{x}");
    std::fs::write(xlf, x.replace(old, new)).unwrap();
    let before = files(cat);
    let out = import(xlf, cat);
    assert!(
        out.contains("1 unit(s) changed, 1 file(s) written"),
        "{out}"
    );
    let after = files(cat);
    let changed: Vec<&PathBuf> = (after.keys())
        .filter(|k| before.get(*k) != after.get(*k))
        .collect();
    assert_eq!(changed, [Path::new(file)]);
    let text = |m: &BTreeMap<PathBuf, Vec<u8>>| {
        String::from_utf8(m.get(Path::new(file)).cloned().unwrap_or_default()).unwrap()
    };
    (text(&before), text(&after))
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
    ph = [p.text for p in u.xmlelement.find(ns + 'source').iter(ns + 'ph')]
    out.append({'id': u.xmlelement.get('id'), 'source': u.source, 'target': u.target,
                'state': t.get('state'), 'notes': u.getnotes(), 'ph': ph,
                'placeables': [type(x).__name__ for x in u.rich_source[0].flatten()
                               if type(x).__name__ != 'StringElem']})
print(json.dumps(out))
"#;
    let js = run(Command::new(py).args(["-c", script]).arg(&xlf));
    let got: Vec<serde_json::Value> = serde_json::from_str(&js).unwrap();
    let m = common::model(&cat);
    let units = errgen::units::l10n_units(&m);
    assert_eq!(got.len(), units.len(), "units read by translate-toolkit");
    let mut templates = 0;
    for (g, (u, params)) in got.iter().zip(&units) {
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
        // A template's parameters are placeholders of their own, in the
        // source's text, and listed in a note.
        let src = u.get("en").unwrap().0;
        let used: Vec<String> = errgen::lint::placeholders(src);
        let ph: Vec<String> = serde_json::from_value(g["ph"].clone()).unwrap();
        let placeables = g["placeables"].as_array().unwrap().len();
        let mut distinct = ph.clone();
        distinct.sort();
        distinct.dedup();
        if params.is_empty() {
            assert!(ph.is_empty() && placeables == 0, "{}: {g}", u.id);
        } else {
            templates += 1;
            assert_eq!(distinct, used, "{}", u.id);
            assert_eq!(placeables, ph.len(), "{}: {g}", u.id);
            for p in params {
                assert!(notes.contains(&format!("{{{}}} (", p.name)), "{notes}");
            }
        }
    }
    assert!(templates > 0, "no template exported");
    println!(
        "translate-toolkit read {} units back ({templates} templates)",
        got.len()
    );
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
    let err = import_fails(&xlf, &cat);
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
    let (cat, xlf) = fixture_xliff("l10n-hostile", "zh");
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
    let (cat, xlf) = fixture_xliff("l10n-new", "id");
    let old = "<source>A code with a slash and a dot: ok</source>\n        <target state=\"new\"></target>";
    let new = "<source>A code with a slash and a dot: ok</source>\n        <target state=\"translated\">Kode dengan garis miring dan titik: oke</target>";
    let (was, now) = edit_and_import(&xlf, &cat, old, new, "l10n/id/escapes.yaml");
    assert_eq!(was, "", "a new file");
    assert_eq!(
        now,
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

const TPL_UNIT: &str = "table/tencent_ocr_api/FailedOperation.InvalidInfoFormat/template";
const TPL_TARGET: &str = "<target state=\"needs-review-translation\">ข้อมูล &quot;<ph id=\"1\" ctype=\"x-param\">{field}</ph>&quot; บนบัตรไม่ถูกต้อง (<ph id=\"2\" ctype=\"x-param\">{detail}</ph>) กรุณาถ่ายรูปใหม่</target>";

/// The Thai XLIFF of a copy of the catalog with the target of [`TPL_UNIT`]
/// replaced by `target`; the line and column of that target.
fn template_edit(name: &str, target: &str) -> (PathBuf, PathBuf, String) {
    let (dir, cat) = catalog_copy(name);
    let xlf = dir.join("th.xlf");
    export(&cat, &xlf);
    let x = std::fs::read_to_string(&xlf).unwrap();
    let unit = x.find(&format!("<trans-unit id=\"{TPL_UNIT}\"")).unwrap();
    let at = unit + x[unit..].find(TPL_TARGET).unwrap();
    let x = format!("{}{target}{}", &x[..at], &x[at + TPL_TARGET.len()..]);
    std::fs::write(&xlf, &x).unwrap();
    let line = x[..at].matches('\n').count() + 1;
    let col = at - x[..at].rfind('\n').unwrap();
    (xlf, cat, format!("th.xlf:{line}:{col}"))
}

/// A template comes back with its placeholders reordered and new words: the
/// import changes exactly that line, and the catalog checks clean.
#[test]
fn a_translated_template_round_trips() {
    let (xlf, cat, _) = template_edit(
        "l10n-template",
        "<target state=\"translated\">(<ph id=\"2\" ctype=\"x-param\">{detail}</ph>) ช่อง &quot;<ph id=\"1\" ctype=\"x-param\">{field}</ph>&quot; บนบัตรไม่ถูกต้อง กรุณาถ่ายรูปบัตรใหม่อีกครั้ง</target>",
    );
    let before = files(&cat);
    let out = import(&xlf, &cat);
    assert!(
        out.contains("1 unit(s) changed, 1 file(s) written"),
        "{out}"
    );
    let after = files(&cat);
    let file = Path::new("l10n/th/tencent_ocr_api.yaml");
    let changed: Vec<&PathBuf> = (after.keys())
        .filter(|k| before.get(*k) != after.get(*k))
        .collect();
    assert_eq!(changed, [file]);
    let was = String::from_utf8(before[file].clone()).unwrap();
    let now = String::from_utf8(after[file].clone()).unwrap();
    let want = was.replacen(
        "    template: \"ข้อมูล \\\"{field}\\\" บนบัตรไม่ถูกต้อง ({detail}) กรุณาถ่ายรูปใหม่\"\n",
        "    template: \"({detail}) ช่อง \\\"{field}\\\" บนบัตรไม่ถูกต้อง กรุณาถ่ายรูปบัตรใหม่อีกครั้ง\"\n",
        1,
    );
    assert_ne!(was, want);
    assert_eq!(now, want);
    let m = common::model(&cat);
    let t = m.tables.iter().find(|t| t.id == "tencent_ocr_api").unwrap();
    let e = (t.entries.iter())
        .find(|e| e.code == "FailedOperation.InvalidInfoFormat")
        .unwrap();
    assert_eq!(
        e.template.as_ref().unwrap().get("th"),
        Some("({detail}) ช่อง \"{field}\" บนบัตรไม่ถูกต้อง กรุณาถ่ายรูปบัตรใหม่อีกครั้ง")
    );
    let check = errgen()
        .arg("check")
        .arg("--catalog")
        .arg(&cat)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&check.stderr);
    assert!(check.status.success(), "{err}");
    assert!(!err.contains("error"), "{err}");
}

/// A template whose target misses a parameter, names an unknown one (as a
/// placeholder or as text), or a `<ph>` in a text without parameters, is
/// refused at the place in the XLIFF, and nothing is written.
#[test]
fn a_template_with_other_parameters_is_refused() {
    let cases = [
        (
            "l10n-tpl-missing",
            "<target state=\"translated\">ข้อมูล &quot;<ph id=\"1\" ctype=\"x-param\">{field}</ph>&quot; บนบัตรไม่ถูกต้อง กรุณาถ่ายรูปใหม่</target>",
            "missing {detail}",
        ),
        (
            "l10n-tpl-unknown-ph",
            "<target state=\"translated\">ข้อมูล &quot;<ph id=\"1\" ctype=\"x-param\">{field}</ph>&quot; (<ph id=\"2\" ctype=\"x-param\">{detail}</ph>) <ph id=\"3\" ctype=\"x-param\">{country}</ph></target>",
            "other placeholders {country}",
        ),
        (
            "l10n-tpl-extra-text",
            "<target state=\"final\">ข้อมูล &quot;<ph id=\"1\" ctype=\"x-param\">{field}</ph>&quot; (<ph id=\"2\" ctype=\"x-param\">{detail}</ph>) {other} %s</target>",
            "other placeholders %s, {other}",
        ),
    ];
    for (name, target, why) in cases {
        let (xlf, cat, place) = template_edit(name, target);
        let before = files(&cat);
        let err = import_fails(&xlf, &cat);
        assert!(err.contains(&format!("/{place}\n")), "{place} in {err}");
        assert!(err.contains(TPL_UNIT), "{err}");
        assert!(err.contains(why), "{why} in {err}");
        assert!(err.contains("nothing was written"), "{err}");
        assert!(before == files(&cat), "the catalog changed");
    }
    // A placeholder in a text that has no parameters.
    let (dir, cat) = catalog_copy("l10n-ph-message");
    let xlf = dir.join("th.xlf");
    export(&cat, &xlf);
    let x = std::fs::read_to_string(&xlf).unwrap();
    let old = ">กรุณากะพริบตา</target>";
    assert!(x.contains(old));
    let x = x.replace(
        old,
        ">กรุณากะพริบตา <ph id=\"1\" ctype=\"x-param\">{n}</ph></target>",
    );
    std::fs::write(&xlf, x).unwrap();
    let before = files(&cat);
    let err = import_fails(&xlf, &cat);
    assert!(
        err.contains("unit \"prompt/blink/text\" has a <ph> placeholder"),
        "{err}"
    );
    assert!(before == files(&cat), "the catalog changed");
}

/// The hostile fixture's templates (markup-like text, quotes, `%`, a
/// parameter used twice) round trip: one changed template changes one line.
#[test]
fn a_hostile_template_round_trips() {
    let (cat, xlf) = fixture_xliff("l10n-tpl-hostile", "zh");
    let old = "<target state=\"needs-review-translation\">「<ph id=\"1\" ctype=\"x-param\">{field}</ph>」共 <ph id=\"2\" ctype=\"x-param\">{count}</ph> 项 (100% &amp; &lt;b&gt;<ph id=\"1\" ctype=\"x-param\">{field}</ph>&lt;/b&gt;)</target>";
    let new = "<target state=\"translated\">共 <ph id=\"2\" ctype=\"x-param\">{count}</ph> 项：「<ph id=\"1\" ctype=\"x-param\">{field}</ph>」(100% &amp; &lt;b&gt;<ph id=\"1\" ctype=\"x-param\">{field}</ph>&lt;/b&gt;) 'x'</target>";
    let (was, now) = edit_and_import(&xlf, &cat, old, new, "l10n/zh/escapes.yaml");
    let want = was.replacen(
        "    template: \"「{field}」共 {count} 项 (100% & <b>{field}</b>)\"\n",
        "    template: \"共 {count} 项：「{field}」(100% & <b>{field}</b>) 'x'\"\n",
        1,
    );
    assert_ne!(was, want);
    assert_eq!(now, want);
    common::model(&cat);
}
