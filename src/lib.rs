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

/// Generates `targets`, handing each target's files (sorted by path) to
/// `sink` in the order of `targets`, so that a caller which writes and
/// drops them holds at most a few targets' output at a time. Up to
/// [`threads`] targets are generated at once (std::thread::scope), at most
/// that many ahead of the one `sink` has; what `sink` is given, and in
/// which order, does not depend on it. Once a target has failed, the later
/// ones are still generated, for their diagnostics, but no longer handed
/// on. Every problem of every target is collected (sorted, as [`generate`]
/// gives them).
pub fn generate_each(
    model: &model::Model,
    targets: &[&str],
    prepared: targets::Prepared,
    mut sink: impl FnMut(&str, Vec<targets::GenFile>),
) -> Result<(), Vec<Diagnostic>> {
    let prepared = std::sync::Mutex::new(prepared);
    let one = |t: &str| {
        let built = prepared.lock().ok().and_then(|mut p| p.take(t));
        timings::stage(&format!("generate {t}"), || {
            let mut files = match built {
                Some(b) => b.generate(),
                None => targets::generate(t, model),
            }?;
            files.sort_by(|a, b| a.path.cmp(&b.path));
            Ok(files)
        })
    };
    let mut diags = Vec::new();
    let mut take = |t: &str, r: targets::GenResult| match r {
        Ok(files) if diags.is_empty() => sink(t, files),
        Ok(_) => {}
        Err(d) => diags.extend(d),
    };
    let workers = threads().min(targets.len());
    if workers < 2 {
        for t in targets {
            take(t, one(t));
        }
    } else {
        in_parallel(targets, workers, &one, &mut take);
    }
    if diags.is_empty() {
        Ok(())
    } else {
        diag::sort(&mut diags);
        Err(diags)
    }
}

/// How many targets a build generates at once: `ERRGEN_THREADS` (at most
/// the cores available), else 1. Two at once was faster at 10k entries but
/// held two targets' output (peak RSS 1.26 GB instead of 0.81 GB: the
/// String Catalog alone is 38 MB, its JSON tree far more), so it is not
/// the default (bench/RESULTS.md, "Session 4: streaming build").
pub fn threads() -> usize {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let set = std::env::var("ERRGEN_THREADS").ok();
    match set.and_then(|v| v.trim().parse::<usize>().ok()) {
        Some(n) if n >= 1 => n.min(cores),
        _ => 1,
    }
}

/// Runs `one` on each of `targets` on `workers` threads, at most `workers`
/// targets ahead of the last one handed to `take`, which is called on this
/// thread in the order of `targets`.
fn in_parallel(
    targets: &[&str],
    workers: usize,
    one: &(dyn Fn(&str) -> targets::GenResult + Sync),
    take: &mut dyn FnMut(&str, targets::GenResult),
) {
    use std::sync::{Condvar, Mutex, mpsc};
    // (next target to start, targets handed to `take`)
    let progress = Mutex::new((0usize, 0usize));
    let turn = Condvar::new();
    let (tx, rx) = mpsc::channel();
    std::thread::scope(|s| {
        for _ in 0..workers {
            let (tx, progress, turn) = (tx.clone(), &progress, &turn);
            s.spawn(move || {
                loop {
                    let i = {
                        let Ok(mut p) = progress.lock() else { return };
                        while p.0 < targets.len() && p.0 >= p.1 + workers {
                            p = match turn.wait(p) {
                                Ok(p) => p,
                                Err(_) => return,
                            };
                        }
                        if p.0 >= targets.len() {
                            return;
                        }
                        p.0 += 1;
                        p.0 - 1
                    };
                    if tx.send((i, one(targets[i]))).is_err() {
                        return;
                    }
                }
            });
        }
        drop(tx);
        let mut ready = std::collections::BTreeMap::new();
        let mut next = 0;
        for (i, r) in rx {
            ready.insert(i, r);
            while let Some(r) = ready.remove(&next) {
                take(targets[next], r);
                next += 1;
                if let Ok(mut p) = progress.lock() {
                    p.1 = next;
                }
                turn.notify_all();
            }
        }
    });
}
