//! tables/*.yaml: each table's header, then its entries ([`super::entries`])
//! and what they refer to (kinds, prompts) and must state (actor, retryable).

use super::{Facts, V, check_source, check_text, entries, names};
use crate::index::{Index, entry_code};
use crate::load::{RawCatalog, RawEntry};
use std::path::Path;

/// Checks every table file.
pub(super) fn check(v: &mut V, cat: &RawCatalog, idx: &Index, facts: &Facts) {
    for (ti, t) in cat.tables.iter().enumerate() {
        let f = &t.path;
        check_header(v, f, &t.data, facts);
        if let Some(parsed) = idx.parsed(ti) {
            entries::check(v, f, &t.data, parsed);
        }
        for e in &t.data.entries {
            check_references(v, cat, f, e, facts);
        }
    }
}

/// id (snake_case, same as the file name), vendor, title and source.
fn check_header(v: &mut V, f: &Path, d: &crate::load::RawTable, facts: &Facts) {
    let stem = f
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    if !names::is_snake_id(&d.id) {
        v.err(
            d.id.loc(f),
            format!("table id {:?} must be lower_snake_case", d.id.value),
        );
    }
    if d.id.value != stem {
        v.err(
            d.id.loc(f),
            format!(
                "table id {:?} differs from its file name {stem:?}.yaml",
                d.id.value
            ),
        );
    }
    if facts.have_manifest && !facts.vendors.contains(&d.vendor.value) {
        v.err(
            d.vendor.loc(f),
            format!(
                "vendor {:?} is not declared in catalog.yaml",
                d.vendor.value
            ),
        );
    }
    check_text(v, f, "table title", &d.title);
    check_source(v, f, &d.source);
}

/// An entry's kind (declared), actor and retryable (present) and prompt (a key).
fn check_references(v: &mut V, cat: &RawCatalog, f: &Path, e: &RawEntry, facts: &Facts) {
    let Some(code) = entry_code(e) else { return };
    match &e.kind {
        Some(k) if cat.kinds.is_some() && !facts.kind_ids.contains_key(&k.value) => v.err(
            k.loc(f),
            format!("kind {:?} is not declared in kinds.yaml", k.value),
        ),
        Some(_) => {}
        None => v.err(code.loc(f), format!("entry {:?} has no `kind`", code.value)),
    }
    if e.actor.is_none() {
        v.err(
            code.loc(f),
            format!(
                "entry {:?} has no `actor` (user, developer, operator, vendor or none)",
                code.value
            ),
        );
    }
    if e.retryable.is_none() {
        v.err(
            code.loc(f),
            format!("entry {:?} has no `retryable` (true or false)", code.value),
        );
    }
    if let Some(p) = &e.prompt
        && cat.prompts.is_some()
        && !facts.prompt_keys.contains_key(&p.value)
    {
        v.err(
            p.loc(f),
            format!("prompt {:?} is not a key in prompts.yaml", p.value),
        );
    }
}
