//! The resource targets read back by the real tools: Android resources
//! compiled by aapt2 and packaged by aapt, whose dump must give every text
//! back in every folder; ARB messages parsed by @formatjs/icu-messageformat-parser
//! and rendered back to the catalog's texts. Run on the hostile fixture with
//! escaping cases, `id` and an added `zh-Hant` locale, and on the real catalog.

mod common;

use common::{root, run, scratch, toolchains};
use errgen::model::{Model, Text, TextState, Texts};
use errgen::model::{Param, ParamType};
use errgen::targets::android_res;
use errgen::units::{template_units, units};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The hostile fixture with `tests/fixtures/res_overlay` laid over it, and a
/// `zh-Hant` locale added to the model (its texts: the `zh` ones, marked).
fn fixture_model(name: &str) -> Model {
    let dir = common::res_fixture(name);
    let mut m = common::model(&dir);
    m.locales.push("zh-Hant".into());
    let add = |t: &mut Texts| {
        if let Some(zh) = t.0.get("zh").cloned() {
            let text = Text {
                text: format!("{} (繁)", zh.text),
                state: Some(TextState::Reviewed),
            };
            t.0.insert("zh-Hant".into(), text);
        }
    };
    for t in &mut m.tables {
        for e in &mut t.entries {
            add(&mut e.message);
            e.solution.as_mut().map(add);
            e.template.as_mut().map(add);
        }
    }
    m.prompts.iter_mut().for_each(|p| add(&mut p.text));
    m.kinds.iter_mut().for_each(|k| add(&mut k.label));
    m
}

fn write(m: &Model, target: &str, out: &Path) -> PathBuf {
    let files = errgen::targets::generate(target, m).unwrap_or_else(|d| panic!("{d:?}"));
    for f in files {
        let p = out.join(&f.path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, f.content).unwrap();
    }
    out.join(target)
}

/// A template with each `{name}` replaced by what `arg` gives for the
/// parameter at that position (from 1), and each `%` by `percent`: the
/// format string a printf-style formatter reads, written out here without
/// errgen's code.
fn printf_form(
    text: &str,
    params: &[Param],
    percent: &str,
    arg: impl Fn(usize, &Param) -> String,
) -> String {
    let mut out = text.replace('%', percent);
    for (i, p) in params.iter().enumerate() {
        out = out.replace(&format!("{{{}}}", p.name), &arg(i + 1, p));
    }
    out
}

/// A template filled with `<name>` for text and the position times 7 for
/// integers (what the format checks pass as arguments).
fn filled(text: &str, params: &[Param]) -> String {
    let mut out = text.to_owned();
    for (i, p) in params.iter().enumerate() {
        out = out.replace(&format!("{{{}}}", p.name), &arg_value(i + 1, p));
    }
    out
}

fn arg_value(pos: usize, p: &Param) -> String {
    match p.ty {
        ParamType::Int => (7 * pos as i64 - 100).to_string(),
        ParamType::String => format!("<{}>", p.name),
    }
}

/// Every template unit with its parameters (there must be some).
fn templates_of(m: &Model) -> Vec<(errgen::units::Unit, Vec<Param>)> {
    let t = template_units(m);
    assert!(!t.is_empty(), "the catalog has templates");
    t
}

/// What each folder must hold: config name as aapt prints it -> name -> text.
fn expected_android(m: &Model) -> BTreeMap<String, BTreeMap<String, String>> {
    let r = errgen::targets::res::build(m);
    let mut want: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    let android_form = |t: &str, ps: &[Param]| {
        printf_form(t, ps, "%%", |i, p| {
            format!("%{i}${}", if p.ty == ParamType::Int { "d" } else { "s" })
        })
    };
    let templates = templates_of(m).into_iter().map(|(mut u, ps)| {
        for t in u.texts.0.values_mut() {
            t.text = android_form(&t.text, &ps);
        }
        u
    });
    for u in units(m).into_iter().chain(templates) {
        let name = format!("errgen_{}", u.words);
        let src = u.get(&m.source_locale).unwrap().0.to_owned();
        want.entry("(default)".into())
            .or_default()
            .insert(name.clone(), src);
        for l in &r.locales {
            if let Some((t, _)) = u.get(&l.tag) {
                for f in android_res::folders(l) {
                    let config = f.strip_prefix("values-").unwrap().to_owned();
                    want.entry(config)
                        .or_default()
                        .insert(name.clone(), t.to_owned());
                }
            }
        }
    }
    want
}

/// `aapt dump --values resources`: config -> name -> text.
fn dumped(dump: &str) -> BTreeMap<String, BTreeMap<String, String>> {
    let mut got: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    let (mut config, mut name) = (String::new(), None::<String>);
    let mut lines = dump.lines().peekable();
    while let Some(l) = lines.next() {
        let t = l.trim_start();
        if let Some(c) = t.strip_prefix("config ") {
            config = c.trim_end_matches(':').to_owned();
        } else if t.starts_with("resource 0x") {
            name = t
                .split(":string/")
                .nth(1)
                .map(|s| s.split(':').next().unwrap().to_owned());
        } else if let (Some(v), Some(n)) = (t.strip_prefix("(string16) \""), name.take()) {
            let mut v = v.to_owned();
            while !v.ends_with('"') || v.ends_with("\\\"") && !v.ends_with("\\\\\"") {
                v.push('\n');
                v.push_str(lines.next().expect("unterminated string in aapt dump"));
            }
            v.pop();
            got.entry(config.clone())
                .or_default()
                .insert(n, unescape_dump(&v));
        }
    }
    got
}

fn unescape_dump(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some(o) => out.push(o),
            None => out.push('\\'),
        }
    }
    out
}

fn android(m: &Model, name: &str) -> usize {
    let out = scratch(name);
    let res = write(m, "android-res", &out);
    let manifest = out.join("AndroidManifest.xml");
    std::fs::write(
        &manifest,
        "<manifest xmlns:android=\"http://schemas.android.com/apk/res/android\" package=\"com.example.errgen\"/>\n",
    )
    .unwrap();
    let zip = out.join("res.zip");
    run(Command::new("aapt2")
        .args(["compile", "--dir"])
        .arg(res.join("res"))
        .arg("-o")
        .arg(&zip));
    run(Command::new("aapt2")
        .args(["link", "-o"])
        .arg(out.join("app2.apk"))
        .arg("--manifest")
        .arg(&manifest)
        .arg(&zip));
    let apk = out.join("app.apk");
    run(Command::new("aapt")
        .args(["package", "-f", "-M"])
        .arg(&manifest)
        .arg("-S")
        .arg(res.join("res"))
        .arg("-F")
        .arg(&apk));
    let dump = run(Command::new("aapt")
        .args(["dump", "--values", "resources"])
        .arg(&apk));
    let (got, want) = (dumped(&dump), expected_android(m));
    for (config, names) in &want {
        let g = got
            .get(config)
            .unwrap_or_else(|| panic!("aapt has no config {config}"));
        for (n, text) in names {
            assert_eq!(g.get(n), Some(text), "{config} {n}");
        }
        assert_eq!(
            g.len(),
            names.len(),
            "{config}: other strings than expected"
        );
    }
    assert_eq!(got.len(), want.len(), "configs: {:?}", got.keys());
    want.values().map(|v| v.len()).sum()
}

#[test]
fn android_resources_compile_and_read_back_in_every_folder() {
    let m = fixture_model("res-android-fixture");
    let n = android(&m, "res-android-fixture-out");
    let folders: Vec<String> = expected_android(&m).into_keys().collect();
    for f in [
        "(default)",
        "in",
        "id",
        "zh",
        "b+zh+Hans",
        "zh-rTW",
        "zh-rHK",
        "zh-rMO",
        "b+zh+Hant",
    ] {
        assert!(
            folders.contains(&f.to_owned()),
            "{f} missing from {folders:?}"
        );
    }
    println!("fixture: {n} strings read back by aapt");
    let real = common::model(&root().join("catalog"));
    let n = android(&real, "res-android-real");
    println!("catalog: {n} strings read back by aapt");
}

/// Every ARB file's messages rendered (locale -> key -> text), and the
/// template file's `placeholders` of each message with arguments.
fn icu_check(
    arb_dir: &Path,
) -> (
    BTreeMap<String, BTreeMap<String, String>>,
    serde_json::Value,
) {
    let parser = toolchains().join("icu-parser/node_modules/@formatjs/icu-messageformat-parser");
    let script = r#"
const fs = require('fs'), path = require('path');
const { parse } = require(process.argv[1]);
const dir = process.argv[2], out = {}, args = {}, placeholders = {};
for (const f of fs.readdirSync(dir).sort()) {
  const arb = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
  const msgs = out[arb['@@locale']] = {};
  for (const [k, v] of Object.entries(arb)) {
    if (k.startsWith('@')) continue;
    // gen-l10n has no tags: `<` is text, as with ignoreTag.
    const ast = parse(v, { ignoreTag: true, requiresOtherClause: true });
    // Text, and simple arguments (a template's placeholders) rendered as
    // `<name>`; every argument must be declared in the template file's
    // `@key.placeholders`, read after all files (the template is app_en).
    msgs[k] = ast.map(e => {
      if (e.type === 1) { (args[k] ??= new Set()).add(e.value); return `<${e.value}>`; }
      if (e.type !== 0) throw new Error(`${f} ${k}: not plain text: ${JSON.stringify(e)}`);
      return e.value;
    }).join('');
    const meta = arb['@' + k];
    if (meta !== undefined && Object.keys(meta.placeholders ?? {}).length > 0) placeholders[k] = meta.placeholders;
  }
}
for (const [k, names] of Object.entries(args)) {
  const declared = Object.keys(placeholders[k] ?? {}).sort();
  if (JSON.stringify(declared) !== JSON.stringify([...names].sort())) {
    throw new Error(`${k}: arguments ${[...names]} but placeholders ${declared}`);
  }
}
process.stdout.write(JSON.stringify({ messages: out, placeholders }));
"#;
    let js = run(Command::new("node")
        .args(["-e", script])
        .arg(parser)
        .arg(arb_dir));
    let mut v: serde_json::Value = serde_json::from_str(&js).unwrap();
    let messages = serde_json::from_value(v["messages"].take()).unwrap();
    let placeholders = v["placeholders"].take();
    (messages, placeholders)
}

/// The `placeholders` each template's ARB message must declare: its
/// parameters, in order, text as `String` and integers as `int`.
fn want_placeholders(m: &Model) -> serde_json::Value {
    let mut all = serde_json::Map::new();
    for (u, ps) in templates_of(m) {
        let mut one = serde_json::Map::new();
        for p in &ps {
            let ty = if p.ty == ParamType::Int {
                "int"
            } else {
                "String"
            };
            one.insert(p.name.clone(), serde_json::json!({ "type": ty }));
        }
        all.insert(errgen::targets::naming::camel(&u.words), one.into());
    }
    all.into()
}

fn flutter(m: &Model, name: &str) -> usize {
    let out = scratch(name);
    let dir = write(m, "flutter-arb", &out).join("arb");
    let (got, placeholders) = icu_check(&dir);
    assert_eq!(
        placeholders,
        want_placeholders(m),
        "the templates' placeholders"
    );
    let mut n = 0;
    let mut want: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    // A template renders with each argument as `<name>`.
    let templates = templates_of(m).into_iter().map(|(mut u, ps)| {
        for t in u.texts.0.values_mut() {
            t.text = printf_form(&t.text, &ps, "%", |_, p| format!("<{}>", p.name));
        }
        u
    });
    for u in units(m).into_iter().chain(templates) {
        let key = errgen::targets::naming::camel(&u.words);
        for l in &m.locales {
            if let Some((t, _)) = u.get(l) {
                let arb = errgen::targets::flutter_arb::arb_locale(l);
                want.entry(arb)
                    .or_default()
                    .insert(key.clone(), t.to_owned());
                n += 1;
            }
        }
    }
    assert_eq!(got, want);
    n
}

#[test]
fn arb_messages_parse_as_icu_and_render_to_the_catalog_texts() {
    let m = fixture_model("res-arb-fixture");
    let n = flutter(&m, "res-arb-fixture-out");
    assert!(
        std::fs::read_to_string(scratch_file(
            "res-arb-fixture-out",
            "flutter-arb/arb/app_zh_Hant.arb"
        ))
        .is_ok(),
        "no app_zh_Hant.arb"
    );
    println!("fixture: {n} ARB messages parsed and rendered");
    let n = flutter(&common::model(&root().join("catalog")), "res-arb-real");
    println!("catalog: {n} ARB messages parsed and rendered");
}

fn scratch_file(name: &str, rel: &str) -> PathBuf {
    root()
        .join("target")
        .join("lang-tests")
        .join(name)
        .join(rel)
}

/// The String Catalog against the catalog's units: every text in every
/// locale with its state (vendor and draft need review).
fn apple_catalog_matches(m: &Model, dir: &Path) -> usize {
    let js: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("Errgen.xcstrings")).unwrap())
            .unwrap();
    let r = errgen::targets::res::build(m);
    let mut n = 0;
    let strings = js["strings"].as_object().unwrap();
    let templates = templates_of(m).into_iter().map(|(mut u, ps)| {
        for t in u.texts.0.values_mut() {
            t.text = apple_form(&t.text, &ps);
        }
        u
    });
    let all: Vec<_> = units(m).into_iter().chain(templates).collect();
    assert_eq!(strings.len(), all.len());
    for u in &all {
        let locs = strings[&u.id]["localizations"].as_object().unwrap();
        let mut tags = vec![(m.source_locale.clone(), m.source_locale.clone())];
        for l in &r.locales {
            tags.push((errgen::targets::apple_res::apple_locale(l), l.tag.clone()));
        }
        let mut present = 0;
        for (apple, tag) in tags {
            if let Some((text, state)) = u.get(&tag) {
                let su = &locs[&apple]["stringUnit"];
                assert_eq!(su["value"], text, "{} {apple}", u.id);
                let want = if errgen::targets::res::needs_review(state) {
                    "needs_review"
                } else {
                    "translated"
                };
                assert_eq!(su["state"], want, "{} {apple}", u.id);
                present += 1;
                n += 1;
            }
        }
        assert_eq!(locs.len(), present, "{}", u.id);
    }
    n
}

/// A template as a Foundation format string, written out here.
fn apple_form(text: &str, params: &[Param]) -> String {
    printf_form(text, params, "%%", |i, p| {
        format!("%{i}${}", if p.ty == ParamType::Int { "lld" } else { "@" })
    })
}

/// `formats.txt` for strings_main.swift: per template and locale,
/// `<key hex> <Apple locale> <filled text hex> <argument>...`, an argument
/// `s<hex>` (a string) or `i<integer>`; the program formats the key's
/// `.strings` value with `String(format:)` and compares.
fn format_vectors(m: &Model) -> String {
    let r = errgen::targets::res::build(m);
    let hex = |s: &str| -> String { s.bytes().map(|b| format!("{b:02x}")).collect() };
    let mut tags = vec![(m.source_locale.clone(), m.source_locale.clone())];
    for l in &r.locales {
        tags.push((errgen::targets::apple_res::apple_locale(l), l.tag.clone()));
    }
    let mut out = String::new();
    for (u, ps) in templates_of(m) {
        let args: Vec<String> = (ps.iter().enumerate())
            .map(|(i, p)| match p.ty {
                ParamType::Int => format!("i{}", arg_value(i + 1, p)),
                ParamType::String => format!("s{}", hex(&arg_value(i + 1, p))),
            })
            .collect();
        for (apple, tag) in &tags {
            if let Some((text, _)) = u.get(tag) {
                out += &format!(
                    "{} {apple} {} {}\n",
                    hex(&u.id),
                    hex(&filled(text, &ps)),
                    args.join(" ")
                );
            }
        }
    }
    out
}

fn apple(m: &Model, name: &str, min: usize) {
    let out = scratch(name);
    let dir = write(m, "apple-res", &out);
    let n = apple_catalog_matches(m, &dir);
    std::fs::write(out.join("formats.txt"), format_vectors(m)).unwrap();
    let lang = root().join("tests/lang/swift/strings_main.swift");
    std::fs::copy(lang, out.join("strings_main.swift")).unwrap();
    let res = common::run(&mut common::in_root(
        "swift-root",
        &out,
        &[
            "sh",
            "-ec",
            "swiftc -warnings-as-errors strings_main.swift -o strings_main && ./strings_main apple-res formats.txt",
        ],
    ));
    print!("{res}");
    let checked = common::assert_passed(&res, min);
    println!("{name}: {n} catalog texts in Errgen.xcstrings, {checked} .strings checks passed");
}

#[test]
fn apple_strings_load_with_foundation_and_match_the_string_catalog() {
    let m = fixture_model("res-apple-fixture");
    assert!(
        m.locales.iter().any(|l| l == "zh-Hant"),
        "the fixture has zh-Hant"
    );
    apple(&m, "res-apple-fixture-out", 60);
    assert!(
        scratch_file(
            "res-apple-fixture-out",
            "apple-res/zh-Hant.lproj/Errgen.strings"
        )
        .exists()
    );
    assert!(
        scratch_file(
            "res-apple-fixture-out",
            "apple-res/zh-Hans.lproj/Errgen.strings"
        )
        .exists()
    );
    apple(
        &common::model(&root().join("catalog")),
        "res-apple-real",
        5000,
    );
}
