//! The summary `errgen check` prints: counts, and texts per locale by state.

use crate::model::{Entry, Model, TextState, Texts};
use std::collections::BTreeMap;
use std::fmt::Write;

pub fn summary(m: &Model) -> String {
    let mut out = counts_line(m);
    let (total, counts) = texts_by_state(m);
    let _ = writeln!(
        out,
        "texts per locale (of {total}: messages, solutions, prompts, kind labels):"
    );
    let _ = writeln!(
        out,
        "  locale  texts  coverage  source  vendor  draft  reviewed"
    );
    for l in &m.locales {
        let c = counts.get(l.as_str()).cloned().unwrap_or_default();
        let n: usize = c.values().sum();
        let pct = if total == 0 {
            100.0
        } else {
            n as f64 * 100.0 / total as f64
        };
        let g = |k: &str| c.get(k).copied().unwrap_or(0);
        let _ = writeln!(
            out,
            "  {:<6}  {:>5}  {:>7.1}%  {:>6}  {:>6}  {:>5}  {:>8}",
            l,
            n,
            pct,
            g("source"),
            g("vendor"),
            g("draft"),
            g("reviewed")
        );
    }
    out
}

/// The first line: tables, entries (patterns, retired, aliases), prompts, kinds.
fn counts_line(m: &Model) -> String {
    let all = || m.tables.iter().flat_map(|t| &t.entries);
    let count = |f: fn(&Entry) -> bool| all().filter(|e| f(e)).count();
    let aliases: usize = all().map(|e| e.aliases.len()).sum();
    format!(
        "catalog {}: {} tables, {} entries ({} patterns, {} retired, {} aliases), {} prompts, {} kinds\n",
        m.catalog,
        m.tables.len(),
        all().count(),
        count(|e| e.pattern.is_some()),
        count(|e| e.retired_in.is_some()),
        aliases,
        m.prompts.len(),
        m.kinds.len()
    )
}

/// How many texts there are (messages, solutions, prompts, kind labels), and
/// locale -> state name -> how many of them that locale has in that state.
fn texts_by_state(m: &Model) -> (usize, BTreeMap<String, BTreeMap<&'static str, usize>>) {
    let mut counts: BTreeMap<String, BTreeMap<&'static str, usize>> = BTreeMap::new();
    let mut total = 0usize;
    let mut add = |t: &Texts| {
        total += 1;
        for (l, x) in &t.0 {
            let state = match x.state {
                None => "source",
                Some(TextState::Vendor) => "vendor",
                Some(TextState::Draft) => "draft",
                Some(TextState::Reviewed) => "reviewed",
            };
            *counts
                .entry(l.clone())
                .or_default()
                .entry(state)
                .or_default() += 1;
        }
    };
    for e in m.tables.iter().flat_map(|t| &t.entries) {
        add(&e.message);
        if let Some(s) = &e.solution {
            add(s);
        }
    }
    for p in &m.prompts {
        add(&p.text);
    }
    for k in &m.kinds {
        add(&k.label);
    }
    (total, counts)
}
