//! "Never a panic, whatever the input": every file of the minimal fixture is
//! mutated systematically (each line deleted, duplicated, or cut in half; the
//! file truncated at many offsets; hostile scalars swapped in) and the whole
//! pipeline (check, then build of every target when valid) must return,
//! errors or not, without panicking.

mod common;
use common::*;
use std::path::Path;

fn files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = vec![];
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        if e.path().is_dir() {
            out.extend(files(&e.path()));
        } else {
            out.push(e.path());
        }
    }
    out.sort();
    out
}

/// Runs the pipeline on `cat`; panics (failing the test) only if errgen panicked.
fn pipeline(cat: &Path, what: &str) -> bool {
    let r = std::panic::catch_unwind(|| {
        let c = errgen::check(cat);
        for d in &c.diagnostics {
            let _ = d.to_string();
        }
        if let Some(m) = &c.model {
            let _ = errgen::generate(m, &errgen::targets::TARGETS);
            let _ = errgen::export::to_json(m);
            let _ = errgen::summary::summary(m);
        }
        c.model.is_some()
    });
    match r {
        Ok(valid) => valid,
        Err(_) => panic!("errgen panicked on {what}"),
    }
}

#[test]
fn mutated_catalogs_never_panic() {
    let base = root().join("tests/fixtures/minimal");
    let dir = scratch("no-panic");
    let cat = dir.join("catalog");
    copy_dir(&base, &cat);
    let mut runs = 0;
    let mut invalid = 0;
    let hostile = [
        "~",
        "null",
        "[]",
        "{}",
        "\"\"",
        "-",
        "&a x",
        "*nope",
        "!!binary x",
        "0x1F",
        "1e999",
        ".nan",
        "yes",
        "'",
        "\"",
        "|",
        ">",
        "? x",
        "é",
        "\u{0}",
    ];
    for f in files(&base) {
        let rel = f.strip_prefix(&base).unwrap().to_owned();
        let target = cat.join(&rel);
        let original = std::fs::read_to_string(&f).unwrap();
        let lines: Vec<&str> = original.lines().collect();
        let mut variants: Vec<(String, String)> = Vec::new();
        for i in 0..lines.len() {
            let mut v = lines.clone();
            v.remove(i);
            variants.push((
                format!("{} without line {}", rel.display(), i + 1),
                v.join("\n"),
            ));
            let mut v = lines.clone();
            v.insert(i, lines[i]);
            variants.push((
                format!("{} with line {} twice", rel.display(), i + 1),
                v.join("\n"),
            ));
            let mut v: Vec<String> = lines.iter().map(|s| s.to_string()).collect();
            let half: String = lines[i]
                .chars()
                .take(lines[i].chars().count() / 2)
                .collect();
            v[i] = half;
            variants.push((
                format!("{} with line {} cut", rel.display(), i + 1),
                v.join("\n"),
            ));
            if let Some((key, _)) = lines[i].split_once(": ") {
                for h in hostile {
                    let mut v: Vec<String> = lines.iter().map(|s| s.to_string()).collect();
                    v[i] = format!("{key}: {h}");
                    variants.push((
                        format!("{} line {} = {h:?}", rel.display(), i + 1),
                        v.join("\n"),
                    ));
                }
            }
        }
        for cut in (0..original.len())
            .step_by(7)
            .filter(|c| original.is_char_boundary(*c))
        {
            variants.push((
                format!("{} cut at byte {cut}", rel.display()),
                original[..cut].to_owned(),
            ));
        }
        for (what, text) in variants {
            std::fs::write(&target, text).unwrap();
            if !pipeline(&cat, &what) {
                invalid += 1;
            }
            runs += 1;
        }
        std::fs::write(&target, &original).unwrap();
    }
    println!("{runs} mutated catalogs, {invalid} rejected, none panicked");
    // Mutations must mostly be caught, and the fixture itself must stay valid.
    assert!(pipeline(&cat, "the unmutated fixture"));
    assert!(
        runs > 500 && invalid > runs / 2,
        "{runs} runs, {invalid} invalid"
    );
}
