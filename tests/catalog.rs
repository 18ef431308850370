//! The real catalog: it passes `errgen check` without a warning, and it
//! holds every row of every seed table, no more, no less. The seeds are read
//! from ../shared/seeds (beside the clone, as in CI) or $ERRGEN_SEEDS.

mod common;
use common::*;
use errgen::model::{Model, Table};
use std::collections::BTreeSet;
use std::path::PathBuf;

fn seeds() -> PathBuf {
    let p = std::env::var("ERRGEN_SEEDS")
        .map(PathBuf::from)
        .unwrap_or_else(|_| root().join("../shared/seeds"));
    assert!(
        p.is_dir(),
        "seed folder {} not found (set ERRGEN_SEEDS)",
        p.display()
    );
    p
}

fn catalog() -> Model {
    model(&root().join("catalog"))
}

/// The lines of a table's source range.
fn source_lines(t: &Table) -> Vec<String> {
    let text = std::fs::read_to_string(seeds().join(&t.source.file))
        .unwrap_or_else(|e| panic!("{}: {e}", t.source.file));
    let (a, b) = match t.source.lines.split_once('-') {
        Some((a, b)) => (a.parse::<usize>().unwrap(), b.parse::<usize>().unwrap()),
        None => {
            let n = t.source.lines.parse::<usize>().unwrap();
            (n, n)
        }
    };
    text.lines()
        .skip(a - 1)
        .take(b + 1 - a)
        .map(str::to_owned)
        .collect()
}

/// Every code the catalog can decode in a table: listed codes, patterns, aliases.
fn catalog_codes(t: &Table) -> BTreeSet<String> {
    let mut s = BTreeSet::new();
    for e in &t.entries {
        s.insert(e.code.clone());
        for a in &e.aliases {
            s.insert(a.code.clone());
        }
    }
    s
}

/// The codes a seed table lists, read with the layout of its seed file.
fn seed_codes(t: &Table) -> BTreeSet<String> {
    let lines = source_lines(t);
    let mut codes = BTreeSet::new();
    let file = t.source.file.as_str();
    for l in &lines {
        let l = l.trim();
        if file.starts_with("000_") || file.starts_with("001_") {
            // Pipe tables: the code is the first cell; skip header and "other codes" rows.
            let Some((first, _)) = l.split_once('|') else {
                continue;
            };
            let first = first.trim();
            if ["Code", "Error Code", "Prompt", "---", ""].contains(&first)
                || first.starts_with("...(")
            {
                continue;
            }
            codes.insert(first.to_owned());
        } else if file.starts_with("002_") {
            if let Some(rest) = l.strip_prefix("stereo impaired(") {
                codes.insert(rest.split(')').next().unwrap().to_owned());
            } else if let Some((code, _)) = l.split_once(':')
                && (code.starts_with("s_") || code.starts_with("e_"))
            {
                codes.insert(code.to_owned());
            }
        } else if file.starts_with("003_") {
            // Columns run together: the code cells are the leading run of
            // upper-case letters, '_', '/' and the "other codes" marker,
            // up to the first capitalised word of the explanation.
            let marker = "...(Other server side error codes)";
            let (mut rest, had_marker) = match l.strip_prefix(marker) {
                Some(r) => (r, true),
                None => (l, false),
            };
            let end = rest
                .char_indices()
                .find(|&(i, c)| {
                    c.is_ascii_uppercase()
                        && rest[i + 1..].starts_with(|d: char| d.is_ascii_lowercase())
                })
                .map(|(i, _)| i)
                .unwrap_or(rest.len());
            let cells = &rest[..end];
            if (cells.is_empty()
                || cells.starts_with("Code")
                || !cells
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c == '_' || c == '/'))
                && !had_marker
            {
                continue;
            }
            rest = cells;
            for part in rest.split('/').filter(|p| !p.is_empty()) {
                codes.insert(part.to_owned());
            }
        } else if file.starts_with("004_") {
            if l.len() == 6 && l.bytes().all(|b| b.is_ascii_digit()) {
                codes.insert(l.to_owned());
            }
        } else {
            panic!("no reader for seed {file}");
        }
    }
    codes
}

/// Cells in code position that are not codes, each with the reason, as the catalog notes say.
fn known_non_codes(t: &Table) -> BTreeSet<String> {
    match t.id.as_str() {
        // The OCR table's description column is shifted one row: its first
        // "code" is the original column header.
        "tencent_ocr_api" => ["ResultCode".to_owned()].into(),
        _ => BTreeSet::new(),
    }
}

/// For run-together cells (seed 003) two codes can stand in one cell
/// without a separator ("FACE_MISSINGFAIL_REASON_..."): split such a cell
/// into catalog codes where it is exactly two of them.
fn split_run_together(cell: &str, known: &BTreeSet<String>) -> Vec<String> {
    if known.contains(cell) {
        return vec![cell.to_owned()];
    }
    for k in known {
        if let Some(rest) = cell.strip_prefix(k.as_str())
            && known.contains(rest)
        {
            return vec![k.clone(), rest.to_owned()];
        }
    }
    vec![cell.to_owned()]
}

#[test]
fn catalog_checks_clean() {
    let c = errgen::check(&root().join("catalog"));
    let all: Vec<String> = c.diagnostics.iter().map(|d| d.to_string()).collect();
    assert!(
        all.is_empty(),
        "{} diagnostics:\n{}",
        all.len(),
        all.join("\n")
    );
}

#[test]
fn every_seed_row_is_in_the_catalog_and_nothing_else() {
    let m = catalog();
    assert_eq!(
        m.tables.len(),
        16,
        "tables: {:?}",
        m.tables.iter().map(|t| &t.id).collect::<Vec<_>>()
    );
    let mut problems = Vec::new();
    let mut total = 0;
    for t in &m.tables {
        let ours = catalog_codes(t);
        let mut theirs = BTreeSet::new();
        for c in seed_codes(t) {
            theirs.extend(split_run_together(&c, &ours));
        }
        for skip in known_non_codes(t) {
            assert!(
                theirs.remove(&skip),
                "{}: {skip} is no longer in the seed range",
                t.id
            );
        }
        let dropped: Vec<_> = theirs.difference(&ours).collect();
        let invented: Vec<_> = ours.difference(&theirs).collect();
        if !dropped.is_empty() || !invented.is_empty() {
            problems.push(format!(
                "{}: in the seed only {dropped:?}; in the catalog only {invented:?}",
                t.id
            ));
        }
        total += t.entries.len();
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // By the count: about 416 codes in 16 tables.
    assert!((400..=430).contains(&total), "{total} entries");
}

#[test]
fn prompts_are_every_distinct_seed_prompt() {
    let m = catalog();
    let text = std::fs::read_to_string(seeds().join("001_2dbbc67001feb61c.txt")).unwrap();
    let mut in_prompts = false;
    let mut seed = Vec::new();
    for l in text.lines() {
        if l.starts_with("Prompt |") {
            in_prompts = true;
            continue;
        }
        if in_prompts {
            if l.starts_with("Error Code") {
                break;
            }
            seed.push(l.trim_end().trim_end_matches('|').trim().to_owned());
        }
    }
    assert_eq!(seed.len(), 39);
    let distinct: BTreeSet<&String> = seed.iter().collect();
    assert_eq!(distinct.len(), 38);
    let ours: BTreeSet<String> = m
        .prompts
        .iter()
        .filter_map(|p| p.vendor_text.clone())
        .collect();
    let missing: Vec<_> = distinct
        .iter()
        .filter(|s| !ours.contains(s.as_str()))
        .collect();
    assert!(missing.is_empty(), "prompts missing: {missing:?}");
    // Prompts of our own (no vendor_text) say why in their note.
    assert_eq!(ours.len(), 38);
    for p in m.prompts.iter().filter(|p| p.vendor_text.is_none()) {
        assert!(
            p.note.is_some(),
            "prompt {} has neither vendor_text nor note",
            p.key
        );
    }
}

#[test]
fn legacy_ios_names_are_all_recorded() {
    let m = catalog();
    let t = m.tables.iter().find(|t| t.id == "aai_flutter_ios").unwrap();
    let mut legacy: BTreeSet<String> = t
        .entries
        .iter()
        .flat_map(|e| e.aliases.iter().map(|a| a.code.clone()))
        .collect();
    legacy.extend(
        t.entries
            .iter()
            .filter(|e| e.retired_in.is_some())
            .map(|e| e.code.clone()),
    );
    // Names unchanged since v3.5.0 are recorded as aliases equal to the code (not decoded twice).
    let raw = std::fs::read_to_string(root().join("catalog/tables/aai_flutter_ios.yaml")).unwrap();
    for same in ["USER_GIVE_UP", "DEVICE_NOT_SUPPORT"] {
        assert!(
            raw.matches(&format!("\"{same}\"")).count() >= 2,
            "{same} is not recorded as its own legacy name"
        );
        legacy.insert(same.to_owned());
    }
    assert_eq!(legacy.len(), 9, "{legacy:?}");
}

#[test]
fn every_entry_has_english_text_and_a_source() {
    let m = catalog();
    for t in &m.tables {
        assert!(!t.title.is_empty() && !t.source.file.is_empty());
        for e in &t.entries {
            assert!(
                !e.message.get("en").unwrap_or("").is_empty(),
                "{} {}",
                t.id,
                e.code
            );
        }
    }
}
