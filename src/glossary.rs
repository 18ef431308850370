//! The glossary: how each domain term is rendered in each locale, the
//! variants a locale must not use, and the phrases that invite the user to
//! try again. `catalog/glossary.yaml` holds the source locale's terms;
//! `catalog/l10n/<locale>/glossary.yaml` (optional, one per locale) holds a
//! locale's renderings. [`crate::lint_content`] enforces them.
//!
//! ```yaml
//! # catalog/glossary.yaml                # catalog/l10n/zh/glossary.yaml
//! retry_phrases: [try again, retry]      locale: zh
//! terms:                                 retry_phrases: [重试, 再试]
//!   - id: real_person                    terms:
//!     meaning: ...                         - id: real_person
//!     render: [real person]                  render: [真人]
//!     forbidden: [liveness]                  forbidden: [活体]
//! ```

use crate::diag::{Diagnostic, Loc};
use crate::load::{File, RawCatalog};
use crate::yaml::Sp;
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGlossary {
    /// Only in `l10n/<locale>/glossary.yaml`: the locale, equal to the folder.
    #[serde(default)]
    pub locale: Option<Sp<String>>,
    /// Phrases that invite the user to try again (case-insensitive): the
    /// message of an entry that is not retryable may contain none of them.
    #[serde(default)]
    pub retry_phrases: Vec<Sp<String>>,
    #[serde(default)]
    pub terms: Vec<Sp<RawTerm>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTerm {
    pub id: Sp<String>,
    /// What the term means, for translators (source glossary only).
    #[serde(default)]
    pub meaning: Option<Sp<String>>,
    /// The accepted renderings: a source text containing one of the source
    /// locale's renderings must, in this locale, contain one of these.
    #[serde(default)]
    pub render: Vec<Sp<String>>,
    /// Variants no end-user text of this locale may contain.
    #[serde(default)]
    pub forbidden: Vec<Sp<String>>,
}

/// A locale's glossary, merged from its file: (locale, file).
pub type LocaleGlossary = (String, File<RawGlossary>);

fn is_snake_id(s: &str) -> bool {
    let mut c = s.chars();
    matches!(c.next(), Some(f) if f.is_ascii_lowercase())
        && c.all(|x| x.is_ascii_lowercase() || x.is_ascii_digit() || x == '_')
}

/// Checks the glossary files' structure (not the texts: see lint_content).
pub fn validate(cat: &RawCatalog) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let locales: Vec<String> = cat
        .manifest
        .as_ref()
        .map(|m| m.data.locales.iter().map(|l| l.value.clone()).collect())
        .unwrap_or_default();
    let mut source_ids: BTreeMap<String, Loc> = BTreeMap::new();
    if let Some(g) = &cat.glossary {
        source_ids = check_source_glossary(g, &mut out);
    }
    let source = cat
        .manifest
        .as_ref()
        .map(|m| m.data.source_locale.value.as_str())
        .unwrap_or("en");
    for (folder, g) in &cat.locale_glossaries {
        let f = &g.path;
        if folder == source {
            out.push(Diagnostic::error(
                Loc::file_start(f),
                format!(
                    "the source locale's glossary is glossary.yaml, not l10n/{source}/glossary.yaml"
                ),
            ));
            continue;
        }
        check_locale_field(folder, g, &mut out);
        if !locales.is_empty() && !locales.contains(folder) {
            continue; // the unknown locale folder is reported by validate
        }
        let source_ids = cat.glossary.is_some().then_some(&source_ids);
        check_locale_terms(folder, g, source_ids, &mut out);
        check_phrases(&mut out, f, &g.data);
    }
    out
}

/// Checks glossary.yaml: no `locale:`, term ids lower_snake_case, defined
/// once, each with a rendering. Returns where each term is defined.
fn check_source_glossary(
    g: &File<RawGlossary>,
    out: &mut Vec<Diagnostic>,
) -> BTreeMap<String, Loc> {
    let mut source_ids: BTreeMap<String, Loc> = BTreeMap::new();
    let f = &g.path;
    if let Some(l) = &g.data.locale {
        out.push(Diagnostic::error(
            l.loc(f),
            "glossary.yaml is the source locale's; a locale's glossary goes in l10n/<locale>/glossary.yaml",
        ));
    }
    for t in &g.data.terms {
        if !is_snake_id(&t.id.value) {
            out.push(Diagnostic::error(
                t.id.loc(f),
                format!("term id {:?} is not lower_snake_case", t.id.value),
            ));
        }
        if let Some(first) = source_ids.get(&t.id.value) {
            out.push(
                Diagnostic::error(
                    t.id.loc(f),
                    format!("term {:?} is defined twice", t.id.value),
                )
                .with_related("first defined", first.clone()),
            );
        }
        source_ids.insert(t.id.value.clone(), t.id.loc(f));
        if t.render.is_empty() {
            out.push(Diagnostic::error(
                t.id.loc(f),
                format!("term {:?} has no rendering (render)", t.id.value),
            ));
        }
    }
    check_phrases(out, f, &g.data);
    source_ids
}

/// A locale's glossary names its locale, the one of its folder.
fn check_locale_field(folder: &str, g: &File<RawGlossary>, out: &mut Vec<Diagnostic>) {
    let f = &g.path;
    match &g.data.locale {
        None => out.push(Diagnostic::error(
            Loc::file_start(f),
            "a locale's glossary needs `locale:`",
        )),
        Some(l) if l.value != *folder => out.push(Diagnostic::error(
            l.loc(f),
            format!("locale {:?} differs from the folder l10n/{folder}", l.value),
        )),
        Some(_) => {}
    }
}

/// A locale's terms: each in glossary.yaml (when there is one: its terms
/// are `source_ids`), rendered once, without a `meaning`.
fn check_locale_terms(
    folder: &str,
    g: &File<RawGlossary>,
    source_ids: Option<&BTreeMap<String, Loc>>,
    out: &mut Vec<Diagnostic>,
) {
    let f = &g.path;
    let mut seen: BTreeMap<String, Loc> = BTreeMap::new();
    for t in &g.data.terms {
        if source_ids.is_some_and(|ids| !ids.contains_key(&t.id.value)) {
            out.push(Diagnostic::error(
                t.id.loc(f),
                format!(
                    "glossary.yaml has no term {:?} to render in {folder}",
                    t.id.value
                ),
            ));
        }
        if let Some(first) = seen.get(&t.id.value) {
            out.push(
                Diagnostic::error(
                    t.id.loc(f),
                    format!("term {:?} is rendered twice", t.id.value),
                )
                .with_related("first rendered", first.clone()),
            );
        }
        seen.insert(t.id.value.clone(), t.id.loc(f));
        if let Some(m) = &t.meaning {
            out.push(Diagnostic::error(
                m.loc(f),
                "`meaning` belongs in glossary.yaml, not in a locale's glossary",
            ));
        }
    }
}

fn check_phrases(out: &mut Vec<Diagnostic>, f: &std::path::Path, g: &RawGlossary) {
    let all = g.retry_phrases.iter().chain(
        g.terms
            .iter()
            .flat_map(|t| t.render.iter().chain(&t.forbidden)),
    );
    for p in all {
        if p.value.trim().is_empty() {
            out.push(Diagnostic::error(p.loc(f), "empty phrase"));
        }
    }
}
