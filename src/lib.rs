//! errgen: one YAML catalog of identity-verification error codes, generated
//! into Rust, Kotlin, Swift and Dart packages.
//!
//! The pipeline, one module a stage:
//! [`load`] (YAML with spans, behind [`yaml`]) -> [`index`] (the lookups
//! validate, lint and resolve share, built once) -> [`validate`] and [`lint`]
//! (collect every problem) -> [`resolve`] (the target-neutral [`model`]) -> [`targets`]
//! (per-language naming and escaping, then askama templates that only print)
//! -> [`write`] (each target's files to disk as they come, or `--check`).

pub mod api;
pub mod config;
pub mod diag;
pub mod export;
pub mod glossary;
pub mod index;
pub mod l10n;
pub mod limits;
pub mod lint;
pub mod lint_content;
pub mod load;
pub mod locale;
pub mod lookup;
pub mod model;
pub mod params;
pub mod resolve;
pub mod summary;
pub mod targets;
pub mod timings;
pub mod units;
pub mod validate;
pub mod write;
pub mod yaml;

use diag::{Diagnostic, Sources};
use std::path::Path;

/// The result of reading and checking a catalog.
pub struct Checked {
    /// Present when there was no error.
    pub model: Option<model::Model>,
    /// Errors and warnings, sorted by place, with their source lines.
    pub diagnostics: Vec<Diagnostic>,
    pub sources: Sources,
}

impl Checked {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Load, validate and (when valid) resolve the catalog at `root`, with the
/// read limits from the environment.
pub fn check(root: &Path) -> Checked {
    check_with(root, load::Limits::from_env())
}

/// Load, validate and (when valid) resolve the catalog at `root`.
pub fn check_with(root: &Path, limits: load::Limits) -> Checked {
    check_raw(timings::stage("load", || load::load_with(root, limits)))
}

/// Validate and (when valid) resolve a catalog already read.
pub fn check_raw(mut raw: load::RawCatalog) -> Checked {
    use timings::stage;
    let mut diags = std::mem::take(&mut raw.diagnostics);
    let index = stage("index", || index::Index::new(&raw));
    diags.extend(stage("validate", || validate::validate(&raw, &index)));
    diags.extend(stage("lint", || lint::lint(&raw, &index)));
    diags.extend(stage("params+glossary", || {
        params::validate(&raw)
            .into_iter()
            .chain(glossary::validate(&raw))
            .collect::<Vec<_>>()
    }));
    diags.extend(stage("lint_content", || lint_content::lint(&raw)));
    diags.extend(stage("limits", || limits::check(&raw)));
    limits::drop_consequences(&raw, &mut diags);
    diag::sort(&mut diags);
    raw.sources.attach(&mut diags);
    let model = if diags.iter().any(Diagnostic::is_error) {
        None
    } else {
        Some(stage("resolve", || resolve::resolve(&raw, &index)))
    };
    Checked {
        model,
        diagnostics: diags,
        sources: raw.sources,
    }
}

/// Generates `targets` from a valid model; every naming problem of every
/// target is collected before anything is returned.
pub fn generate(
    model: &model::Model,
    targets: &[&str],
) -> Result<Vec<targets::GenFile>, Vec<Diagnostic>> {
    generate_with(model, targets, targets::Prepared::default())
}

/// [`generate`], printing the views already in `prepared` (built for the
/// API gate, then [`targets::Prepared::relabel`]led) rather than building
/// them again; each view is dropped once printed.
pub fn generate_with(
    model: &model::Model,
    targets: &[&str],
    prepared: targets::Prepared,
) -> Result<Vec<targets::GenFile>, Vec<Diagnostic>> {
    let mut files = Vec::new();
    generate_each(model, targets, prepared, |_, f| files.extend(f))?;
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// Generates `targets` one after the other, handing each target's files
/// (sorted by path) to `sink` in the order of `targets`, so that a caller
/// which writes and drops them holds one target's output at a time. Once a
/// target has failed, the later ones are still generated, for their
/// diagnostics, but no longer handed on. Every problem of every target is
/// collected (sorted, as [`generate`] gives them). (Two targets at once, on
/// two threads, was measured no faster and held two targets' output:
/// bench/RESULTS.md, "Session 4: streaming build".)
pub fn generate_each(
    model: &model::Model,
    targets: &[&str],
    mut prepared: targets::Prepared,
    mut sink: impl FnMut(&str, Vec<targets::GenFile>),
) -> Result<(), Vec<Diagnostic>> {
    let mut diags: Vec<Diagnostic> = Vec::new();
    for t in targets {
        let one = || -> targets::GenResult {
            let mut files = match prepared.take(t) {
                Some(built) => built.generate(),
                None => targets::generate(t, model),
            }?;
            files.sort_by(|a, b| a.path.cmp(&b.path));
            Ok(files)
        };
        match timings::stage(&format!("generate {t}"), one) {
            Ok(files) if diags.is_empty() => sink(t, files),
            Ok(_) => {}
            Err(d) => diags.extend(d),
        }
    }
    if diags.is_empty() {
        Ok(())
    } else {
        diag::sort(&mut diags);
        Err(diags)
    }
}
