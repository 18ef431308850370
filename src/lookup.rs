//! `errgen lookup TABLE CODE`: resolves a raw code as the generated packages
//! do (listed code, legacy alias, pattern family, flag set, unknown), for
//! support engineers reading a log.

use crate::export::{actor_str, platform_str};
use crate::model::{Entry, Model, Table};
use std::fmt::Write;

/// How a raw code resolved.
#[derive(Debug)]
pub enum Resolved<'a> {
    Listed(&'a Entry),
    Alias {
        entry: &'a Entry,
        retired_in: &'a str,
    },
    Pattern {
        entry: &'a Entry,
        param: &'a str,
    },
    Unknown,
}

pub fn resolve<'a>(t: &'a Table, code: &'a str) -> Resolved<'a> {
    if let Some(e) = t
        .entries
        .iter()
        .find(|e| e.pattern.is_none() && e.code == code)
    {
        return Resolved::Listed(e);
    }
    for e in &t.entries {
        if let Some(a) = e.aliases.iter().find(|a| a.code == code) {
            return Resolved::Alias {
                entry: e,
                retired_in: &a.retired_in,
            };
        }
    }
    for e in &t.entries {
        if let Some((p, ty)) = &e.pattern
            && let Some(param) = p.matches(code, *ty)
        {
            return Resolved::Pattern { entry: e, param };
        }
    }
    Resolved::Unknown
}

/// The decoded codes of a flag-set string (`stereo impaired(42)` -> 2, 4),
/// sorted and without repeats.
pub fn flag_codes(t: &Table, s: &str) -> Option<Vec<String>> {
    let f = t.flags.as_ref()?;
    let s = s.trim();
    let inner = s
        .strip_prefix(f.prefix.as_str())
        .and_then(|r| r.strip_suffix(f.suffix.as_str()))
        .unwrap_or(s);
    let mut codes: Vec<String> = inner.chars().map(String::from).collect();
    codes.sort();
    codes.dedup();
    Some(codes)
}

/// The language subtag of a BCP 47 tag or platform locale string, as the
/// generated packages read it: lower-cased, cut at `-`, `_`, `.` or `@`, with
/// the legacy codes `in`, `iw` and `ji` mapped to `id`, `he` and `yi`. A tag
/// the catalog has no texts for falls back in `report`.
pub fn language_subtag(tag: &str) -> String {
    let lang = tag
        .trim()
        .split(['-', '_', '.', '@'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    match lang.as_str() {
        "in" => "id".to_owned(),
        "iw" => "he".to_owned(),
        "ji" => "yi".to_owned(),
        _ => lang,
    }
}

/// The lookup report for `code` in `table`, texts in `locale` (else the fallback).
pub fn report(m: &Model, table: &Table, code: &str, locale: &str) -> String {
    let mut out = String::new();
    if let Some(codes) = flag_codes(table, code)
        && (codes.len() != 1 || codes[0] != code)
    {
        let _ = writeln!(
            out,
            "{} {:?} is a flag set of {} code(s):\n",
            table.id,
            code,
            codes.len()
        );
        for c in &codes {
            out.push_str(&one(m, table, c, locale));
            out.push('\n');
        }
        return out;
    }
    one(m, table, code, locale)
}

fn one(m: &Model, table: &Table, code: &str, locale: &str) -> String {
    let mut out = String::new();
    let r = resolve(table, code);
    let (entry, how) = match &r {
        Resolved::Listed(e) => (Some(*e), "listed code".to_owned()),
        Resolved::Alias { entry, retired_in } => (
            Some(*entry),
            format!("legacy code, retired in {retired_in}; now {:?}", entry.code),
        ),
        Resolved::Pattern { entry, param } => (
            Some(*entry),
            format!("family {:?} with parameter {param:?}", entry.code),
        ),
        Resolved::Unknown => (None, "not listed in the catalog".to_owned()),
    };
    let _ = writeln!(
        out,
        "table:      {} ({}: {})",
        table.id, table.vendor_name, table.title
    );
    let _ = writeln!(out, "code:       {code:?} ({how})");
    match entry {
        Some(e) => write_entry(&mut out, m, e, locale),
        None => write_unknown(&mut out, m, table, locale),
    }
    out
}

/// The texts and properties of a listed entry.
fn write_entry(out: &mut String, m: &Model, e: &Entry, locale: &str) {
    let text = |t: &crate::model::Texts| t.get_or(locale, &m.fallback).to_owned();
    let _ = writeln!(out, "message:    {}", text(&e.message));
    if let Some(s) = &e.solution {
        let _ = writeln!(out, "solution:   {}", text(s));
    }
    let kind_label = m
        .kinds
        .iter()
        .find(|k| k.id == e.kind)
        .map(|k| text(&k.label))
        .unwrap_or_default();
    let _ = writeln!(out, "kind:       {} ({kind_label})", e.kind);
    let _ = writeln!(out, "actor:      {}", actor_str(e.actor));
    let _ = writeln!(out, "retryable:  {}", e.retryable);
    match e.prompt.as_deref().and_then(|k| m.prompt(k)) {
        Some(p) => {
            let _ = writeln!(out, "prompt:     {} ({})", p.key, text(&p.text));
        }
        None => {
            let _ = writeln!(out, "prompt:     none");
        }
    }
    if let Some(b) = e.billed {
        let _ = writeln!(out, "billed:     {b}");
    }
    if let Some(p) = e.platform {
        let _ = writeln!(out, "platform:   {}", platform_str(p));
    }
    if let Some(r) = &e.retired_in {
        let _ = writeln!(out, "retired in: {r}");
    }
    if let Some(n) = &e.note {
        let _ = writeln!(out, "note:       {n}");
    }
}

/// What the packages say about a code the catalog does not list.
fn write_unknown(out: &mut String, m: &Model, table: &Table, locale: &str) {
    let unknown = m
        .prompt(&m.unknown_prompt)
        .map(|p| p.text.get_or(locale, &m.fallback).to_owned())
        .unwrap_or_default();
    let _ = writeln!(out, "message:    {unknown}");
    let _ = writeln!(out, "kind:       unknown");
    if table.open {
        let _ = writeln!(
            out,
            "note:       the vendor says codes exist beyond this table"
        );
    }
}
