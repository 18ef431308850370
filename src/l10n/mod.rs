//! `errgen l10n`: the translator round trip. [`export`] writes one locale's
//! texts as XLIFF 1.2 ([`xliff`]); [`import`] reads a translator's file back
//! and computes the edited l10n files ([`yaml_out`]), refusing every unit
//! whose source text changed since the export. Nothing is written unless
//! every unit is accepted.
//!
//! States on import: `final` and `signed-off` -> `reviewed`; any other state
//! keeps the catalog's `vendor` or `draft` when the text is unchanged, and
//! is `draft` otherwise. An l10n entry has one state for its message and
//! solution: the lower of the two (`draft` < `vendor` < `reviewed`).

pub mod xliff;
pub mod yaml_out;

use crate::diag::{Diagnostic, Loc};
use crate::load::{L10nFile, L10nTarget, RawCatalog};
use crate::model::{Model, Param, TextState};
use crate::units::{Place, Unit, l10n_units};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use yaml_out::{EntryEdit, Span};

/// One locale of the model as XLIFF.
pub fn export(m: &Model, locale: &str) -> Result<String, Vec<Diagnostic>> {
    if locale == m.source_locale || !m.locales.iter().any(|l| l == locale) {
        let others: Vec<&str> = (m.locales.iter())
            .filter(|l| **l != m.source_locale)
            .map(|s| s.as_str())
            .collect();
        return Err(vec![Diagnostic::error(
            Loc::file_start(PathBuf::from(&m.catalog).join("catalog.yaml")),
            format!(
                "no locale {locale:?} to translate into; the catalog's are {}",
                others.join(", ")
            ),
        )]);
    }
    xliff::export(&l10n_units(m), &m.source_locale, locale)
}

fn rank(s: TextState) -> u8 {
    match s {
        TextState::Draft => 0,
        TextState::Vendor => 1,
        TextState::Reviewed => 2,
    }
}

/// The catalog state of a unit coming back with XLIFF `state`.
fn state_in(x: Option<&str>, changed: bool, old: Option<TextState>) -> Result<TextState, String> {
    match x.unwrap_or("translated") {
        "final" | "signed-off" => Ok(TextState::Reviewed),
        "translated"
        | "needs-review-translation"
        | "needs-review-adaptation"
        | "needs-review-l10n"
        | "new"
        | "needs-translation"
        | "needs-adaptation"
        | "needs-l10n" => Ok(match old {
            Some(s @ (TextState::Vendor | TextState::Draft)) if !changed => s,
            _ => TextState::Draft,
        }),
        other => Err(format!("unknown XLIFF 1.2 state {other:?}")),
    }
}

/// What an import changes: the new content of each l10n file, and one line
/// per changed unit.
#[derive(Debug, Default)]
pub struct Import {
    pub files: Vec<(PathBuf, String)>,
    pub changes: Vec<String>,
    /// Units marked final whose entry stays below `reviewed`, because the
    /// other text of the entry was not signed off.
    pub held_back: Vec<String>,
}

/// (locale, file stem, code or key) -> entry edit.
type Edits = BTreeMap<(String, String, String), EntryEdit>;

/// Reads `xlf` against the valid catalog `m` (read from `raw`).
pub fn import(
    m: &Model,
    raw: &RawCatalog,
    xlf: &Path,
    text: &str,
) -> Result<Import, Vec<Diagnostic>> {
    let xunits = xliff::read(xlf, text)?;
    let with_params = l10n_units(m);
    let all: Vec<&Unit> = with_params.iter().map(|(u, _)| u).collect();
    let by_id: BTreeMap<&str, (&Unit, &[Param])> = (with_params.iter())
        .map(|(u, p)| (u.id.as_str(), (u, p.as_slice())))
        .collect();
    let mut errs = Vec::new();
    let mut read = Read::default();
    for x in &xunits {
        match accept(m, &by_id, x) {
            Ok(Some(a)) => read.record(x, a),
            Ok(None) => {}
            Err(d) => errs.push(d),
        }
    }
    if !errs.is_empty() {
        return Err(errs);
    }
    let Read {
        mut edits,
        touched,
        finals,
    } = read;
    // An entry is only rewritten if something in it changes.
    let current = |l: &str, stem: &str, item: &str| -> Option<TextState> {
        all.iter()
            .filter(|u| u.place.file_stem() == stem && u.place.item() == item)
            .find_map(|u| u.get(l).and_then(|t| t.1))
    };
    edits.retain(|(l, stem, item), e| {
        !e.fields.is_empty() || current(l, stem, item) != Some(e.state)
    });
    Ok(Import {
        files: apply(raw, &edits)?,
        changes: changes(touched, &edits),
        held_back: held_back(finals, &edits, &by_id),
    })
}

/// (entry, unit id, text changed, state before) of a unit read.
type Touched = ((String, String, String), String, bool, Option<TextState>);

/// A translated unit that passed every check, with its new state.
struct Accepted<'a> {
    unit: &'a Unit,
    target: &'a str,
    changed: bool,
    before: Option<TextState>,
    state: TextState,
}

/// What the import read: the entry edits, and (entry, unit id, text
/// changed, state before) of every unit read, and the units marked final.
#[derive(Default)]
struct Read {
    edits: Edits,
    touched: Vec<Touched>,
    finals: Vec<((String, String, String), String)>,
}

/// Checks one unit of the file against the catalog: `None` if it has no
/// translation yet and may stay so.
fn accept<'a>(
    m: &Model,
    by_id: &BTreeMap<&str, (&'a Unit, &'a [Param])>,
    x: &'a xliff::XUnit,
) -> Result<Option<Accepted<'a>>, Diagnostic> {
    let err = |msg: String| Diagnostic::error(x.loc.clone(), msg);
    if x.locale == m.source_locale || !m.locales.contains(&x.locale) {
        return Err(err(format!(
            "target-language {:?} is not a locale the catalog translates into",
            x.locale
        )));
    }
    let Some((u, params)) = by_id.get(x.id.as_str()).copied() else {
        return Err(err(format!(
            "unit {:?} is not a text of the catalog (ids come from `errgen l10n export`)",
            x.id
        )));
    };
    let src = u.get(&m.source_locale).map(|t| t.0).unwrap_or("");
    if x.source != src {
        return Err(err(format!(
            "the source text of unit {:?} changed since the export: the file has {:?}, the catalog now has {:?}; export again and carry the translation over",
            x.id, x.source, src
        )).with_related(format!("the source of {}", u.what), u.loc.clone()));
    }
    if let (Some(at), true) = (&x.ph, params.is_empty()) {
        return Err(Diagnostic::error(
            at.clone(),
            format!(
                "unit {:?} has a <ph> placeholder, but only a template has parameters: write plain text",
                x.id
            ),
        ));
    }
    let target = x.target.as_deref().unwrap_or("");
    if !params.is_empty() && !target.is_empty() {
        template_ok(x, target, params)?;
    }
    let old = u.get(&x.locale);
    if target.is_empty() {
        if old.is_some() || !matches!(x.state.as_deref(), None | Some("new" | "needs-translation"))
        {
            return Err(err(format!(
                "unit {:?} has an empty target; translate it, or leave it `new` if it has no translation yet",
                x.id
            )));
        }
        return Ok(None);
    }
    let changed = old.map(|o| o.0) != Some(target);
    let before = old.and_then(|o| o.1);
    let state = state_in(x.state.as_deref(), changed, before).map_err(err)?;
    Ok(Some(Accepted {
        unit: u,
        target,
        changed,
        before,
        state,
    }))
}

/// Checks a translated template as `errgen check` does: exactly the
/// entry's parameters (each at least once, no other placeholder), in the
/// locale's script.
fn template_ok(x: &xliff::XUnit, target: &str, params: &[Param]) -> Result<(), Diagnostic> {
    let names = params.iter().map(|p| p.name.clone()).collect();
    let problem = crate::params::template_problem(target, &names)
        .or_else(|| crate::lint::script_problem(&x.locale, target));
    match problem {
        Some(p) => Err(Diagnostic::error(
            x.target_loc.clone(),
            format!("the target of unit {:?}: {p}", x.id),
        )),
        None => Ok(()),
    }
}

impl Read {
    /// Folds an accepted unit into its entry's edit: the lowest state of
    /// the entry's units wins.
    fn record(&mut self, x: &xliff::XUnit, a: Accepted) {
        let u = a.unit;
        let e = self
            .edits
            .entry(key_of(&x.locale, u))
            .or_insert_with(|| EntryEdit {
                id_key: if matches!(u.place, Place::Entry { .. }) {
                    "code"
                } else {
                    "key"
                },
                id: u.place.item().to_owned(),
                fields: vec![],
                state: a.state,
            });
        if rank(a.state) < rank(e.state) {
            e.state = a.state;
        }
        if a.changed {
            e.fields.push((u.place.field(), a.target.to_owned()));
        }
        if a.state == TextState::Reviewed {
            self.finals.push((key_of(&x.locale, u), x.id.clone()));
        }
        self.touched
            .push((key_of(&x.locale, u), x.id.clone(), a.changed, a.before));
    }
}

/// One line per unit whose text or state (its entry's, after the message
/// and solution agreed on one) changes.
fn changes(touched: Vec<Touched>, edits: &Edits) -> Vec<String> {
    (touched.into_iter())
        .filter_map(|(key, id, changed, before)| {
            let state = edits.get(&key)?.state;
            let st = xliff::state_id(state);
            match (changed, before != Some(state)) {
                (true, _) => Some(format!("{} {id}: text changed, now {st}", key.0)),
                (false, true) => Some(format!("{} {id}: now {st}", key.0)),
                (false, false) => None,
            }
        })
        .collect()
}

/// A warning for every unit marked final whose entry does not end up
/// reviewed.
fn held_back(
    finals: Vec<((String, String, String), String)>,
    edits: &Edits,
    by_id: &BTreeMap<&str, (&Unit, &[Param])>,
) -> Vec<String> {
    (finals.into_iter())
        .filter_map(|(key, id)| {
            let state = edits.get(&key).map(|e| e.state).or_else(|| {
                let (u, _) = by_id.get(id.as_str())?;
                u.get(&key.0)?.1
            })?;
            (state != TextState::Reviewed).then(|| {
                format!(
                    "{} {id} is marked final, but its entry stays {}: its message and solution share one state, and the other is not final",
                    key.0,
                    xliff::state_id(state)
                )
            })
        })
        .collect()
}

fn key_of(locale: &str, u: &Unit) -> (String, String, String) {
    (
        locale.to_owned(),
        u.place.file_stem().to_owned(),
        u.place.item().to_owned(),
    )
}

/// Writes the files of an import, each to a temporary file renamed into place.
pub fn write(imp: &Import) -> Result<(), String> {
    for (p, content) in &imp.files {
        let shown = crate::diag::display_path(p);
        if let Some(dir) = p.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| format!("creating the folder of {shown}: {e}"))?;
        }
        crate::write::replace_file(p, content.as_bytes())?;
    }
    Ok(())
}

fn apply(raw: &RawCatalog, edits: &Edits) -> Result<Vec<(PathBuf, String)>, Vec<Diagnostic>> {
    let mut by_file: BTreeMap<(&str, &str), Vec<&EntryEdit>> = BTreeMap::new();
    for ((l, stem, _), e) in edits {
        by_file.entry((l, stem)).or_default().push(e);
    }
    let mut out = Vec::new();
    for ((locale, stem), es) in by_file {
        let path = raw
            .root
            .join("l10n")
            .join(locale)
            .join(format!("{stem}.yaml"));
        let file = raw
            .l10n
            .iter()
            .find(|f| f.folder_locale == locale && target_stem(f) == stem);
        let text = match file {
            Some(f) => std::fs::read_to_string(&f.file.path).unwrap_or_default(),
            None => format!("locale: {locale}\nstate: draft\nentries:\n"),
        };
        let new = edit_file(&text, file, &es);
        if let Err(d) = crate::yaml::parse::<crate::load::RawL10n>(&path, &new) {
            return Err(vec![d]);
        }
        out.push((path, new));
    }
    Ok(out)
}

fn target_stem(f: &L10nFile) -> &str {
    match &f.target {
        L10nTarget::Table(t) => t,
        L10nTarget::Prompts => "prompts",
        L10nTarget::Kinds => "kinds",
    }
}

/// `text` with `edits` applied, later entries first so earlier line numbers hold.
fn edit_file(text: &str, file: Option<&L10nFile>, edits: &[&EntryEdit]) -> String {
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    let file_state = file
        .map(|f| f.file.data.state.value)
        .unwrap_or(TextState::Draft);
    let mut spans: Vec<(usize, &EntryEdit)> = Vec::new();
    let mut appended = Vec::new();
    let entries = file.map(|f| f.file.data.entries.as_slice()).unwrap_or(&[]);
    for e in edits {
        let at = entries.iter().position(|x| {
            let id = x.value.code.as_ref().or(x.value.key.as_ref());
            id.is_some_and(|i| i.value == e.id)
        });
        match at {
            Some(i) => spans.push((i, e)),
            None => appended.push(*e),
        }
    }
    spans.sort_by_key(|s| std::cmp::Reverse(s.0));
    for (i, e) in spans {
        let start = entries[i].line as usize;
        let end = entries
            .get(i + 1)
            .map(|n| n.line as usize - 1)
            .unwrap_or(lines.len());
        yaml_out::edit_entry(&mut lines, Span { start, end }, e, file_state);
    }
    for e in appended {
        lines.extend(yaml_out::new_entry(e, file_state));
    }
    let mut s = lines.join("\n");
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use TextState::*;

    #[test]
    fn states_map_back() {
        assert_eq!(state_in(Some("final"), true, Some(Draft)), Ok(Reviewed));
        assert_eq!(
            state_in(Some("signed-off"), false, Some(Vendor)),
            Ok(Reviewed)
        );
        // Unchanged vendor and draft texts keep their state.
        assert_eq!(
            state_in(Some("needs-review-translation"), false, Some(Vendor)),
            Ok(Vendor)
        );
        assert_eq!(state_in(Some("translated"), false, Some(Draft)), Ok(Draft));
        // A changed text, or a reviewed one sent back for review, is a draft.
        assert_eq!(state_in(Some("translated"), true, Some(Vendor)), Ok(Draft));
        assert_eq!(
            state_in(Some("needs-review-translation"), false, Some(Reviewed)),
            Ok(Draft)
        );
        assert_eq!(state_in(None, true, None), Ok(Draft));
        assert!(state_in(Some("done"), true, None).is_err());
        // Export and import agree: each exported state reads back as itself.
        for s in [Vendor, Draft, Reviewed] {
            assert_eq!(
                state_in(Some(xliff::state_out(Some(s))), false, Some(s)),
                Ok(s)
            );
        }
    }
}
