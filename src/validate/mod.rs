//! Validate: checks a raw catalog against every rule of the schema and
//! collects all problems; it never stops at the first.
//!
//! One submodule a concern, run in this order (each may use what the
//! earlier ones learned, gathered in `Facts`):
//! `manifest` (catalog.yaml) -> `keyed` (prompts.yaml, kinds.yaml) ->
//! `tables` (table headers and entry references) with `entries` (codes,
//! patterns, aliases and texts of one table) -> `l10n` (translation files,
//! then the coverage of required locales). `names` holds the shape rules
//! of ids, locales and line ranges.

mod entries;
mod keyed;
mod l10n;
mod manifest;
mod names;
mod tables;

use crate::diag::{Diagnostic, Loc};
use crate::index::Index;
use crate::load::{RawCatalog, RawSource};
use crate::yaml::Sp;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

pub use crate::index::entry_code;

/// The diagnostics collected so far.
#[derive(Default)]
struct V {
    diags: Vec<Diagnostic>,
}

impl V {
    fn err(&mut self, loc: Loc, msg: impl Into<String>) {
        self.diags.push(Diagnostic::error(loc, msg));
    }
    fn push(&mut self, d: Diagnostic) {
        self.diags.push(d);
    }
    /// Remembers `key` at `loc` the first time; later times, reports `msg`
    /// pointing back at the first place (`related`, e.g. "first declared").
    /// Returns whether `key` was new.
    fn first_time(
        &mut self,
        seen: &mut BTreeMap<String, Loc>,
        key: &str,
        loc: Loc,
        msg: String,
        related: &str,
    ) -> bool {
        match seen.get(key) {
            Some(first) => {
                let first = first.clone();
                self.push(Diagnostic::error(loc, msg).with_related(related, first));
                false
            }
            None => {
                seen.insert(key.to_owned(), loc);
                true
            }
        }
    }
}

/// What validation learns in one file and needs in another.
struct Facts {
    have_manifest: bool,
    /// The declared locales (each once).
    locales: BTreeSet<String>,
    source_locale: String,
    /// The required locales, declared ones only, each once, in order.
    required: Vec<String>,
    vendors: BTreeSet<String>,
    /// Prompt key -> where first defined.
    prompt_keys: BTreeMap<String, Loc>,
    /// Kind id -> where first declared.
    kind_ids: BTreeMap<String, Loc>,
}

/// Checks the catalog; returns every problem found. `idx` is the catalog's
/// shared [`Index`].
pub fn validate(cat: &RawCatalog, idx: &Index) -> Vec<Diagnostic> {
    let mut v = V::default();
    let mut facts = manifest::check(&mut v, cat);
    facts.prompt_keys = keyed::check_prompts(&mut v, cat, &facts.source_locale);
    facts.kind_ids = keyed::check_kinds(&mut v, cat, &facts.source_locale);
    tables::check(&mut v, cat, idx, &facts);
    l10n::check(&mut v, cat, idx, &facts);
    l10n::check_required(&mut v, cat, idx, &facts);
    v.diags
}

/// Reports an empty or whitespace-only text.
fn check_text(v: &mut V, file: &Path, what: &str, t: &Sp<String>) {
    if t.value.trim().is_empty() {
        v.err(t.loc(file), format!("{what} is empty"));
    }
}

/// Checks the `source:` block of a table or prompts file.
fn check_source(v: &mut V, f: &Path, s: &RawSource) {
    check_text(v, f, "source file", &s.file);
    if !names::is_line_range(&s.lines) {
        v.err(
            s.lines.loc(f),
            format!(
                "source lines {:?} must be a line number or a range such as 3-27",
                s.lines.value
            ),
        );
    }
}
