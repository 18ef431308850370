//! Entry fields beside the texts: named parameters with a `template` (the
//! message with `{name}` placeholders, shown when the values are known), the
//! vendor's own description and solution of a code (`vendor_description`,
//! `vendor_solution`, per locale, verbatim), and
//! aliases equal to their own code. Their checks and their resolution into
//! the model live here, so the rest of the pipeline only calls in.
//!
//! ```yaml
//! - code: FailedOperation.InvalidInfoFormat
//!   message: Some information on the card is not valid. ...   # no placeholders
//!   params:
//!     - name: field
//!       type: string
//!   template: 'The "{field}" on the card is not valid. ...'
//! ```
//!
//! A pattern entry (`AUTH_NETWORK_ERROR_$ErrorCode`) has its parameter
//! without declaring it: its template may say `{ErrorCode}`.

use crate::diag::{Diagnostic, Loc};
use crate::lint::{placeholders, script_problem};
use crate::load::{File, L10nTarget, ParamType, RawCatalog, RawEntry, RawTable, TextState};
use crate::model::{Alias, Param, Pattern, Text, Texts};
use crate::validate::entry_code;
use crate::yaml::Sp;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawParam {
    pub name: Sp<String>,
    #[serde(rename = "type")]
    pub ty: Sp<ParamType>,
}

fn is_param_name(s: &str) -> bool {
    let mut c = s.chars();
    matches!(c.next(), Some(f) if f.is_ascii_alphabetic() || f == '_')
        && c.all(|x| x.is_ascii_alphanumeric() || x == '_')
}

/// The pattern's parameter of a pattern entry, if it parses.
fn pattern_param(e: &RawEntry) -> Option<Param> {
    let p = Pattern::parse(&e.pattern.as_ref()?.value).ok()?;
    Some(Param {
        name: p.name,
        ty: e
            .param
            .as_ref()
            .map(|x| x.value)
            .unwrap_or(ParamType::String),
        from_pattern: true,
    })
}

/// Every parameter an entry's template may name: the pattern's first, then
/// the declared ones.
pub fn params(e: &RawEntry) -> Vec<Param> {
    pattern_param(e)
        .into_iter()
        .chain(e.params.iter().map(|p| Param {
            name: p.name.value.clone(),
            ty: p.ty.value,
            from_pattern: false,
        }))
        .collect()
}

/// `vendor_description` or `vendor_solution` as texts in state vendor.
pub fn vendor_texts(field: &Option<Sp<BTreeMap<String, String>>>) -> Texts {
    let mut t = Texts::default();
    if let Some(d) = field {
        for (l, x) in &d.value {
            t.0.insert(
                l.clone(),
                Text {
                    text: x.clone(),
                    state: Some(TextState::Vendor),
                },
            );
        }
    }
    t
}

pub fn self_aliases(e: &RawEntry) -> Vec<Alias> {
    let Some(code) = entry_code(e) else {
        return vec![];
    };
    e.aliases
        .iter()
        .filter(|a| a.code.value == code.value)
        .map(|a| Alias {
            code: a.code.value.clone(),
            retired_in: a.retired_in.value.clone(),
        })
        .collect()
}

/// The translations of one table's templates: (locale, code, text, state, place).
fn l10n_templates<'a>(
    cat: &'a RawCatalog,
    table: &'a str,
) -> impl Iterator<Item = (&'a str, &'a str, &'a Sp<String>, TextState, &'a Path)> {
    cat.l10n
        .iter()
        .filter(move |l| l.target == L10nTarget::Table(table.to_owned()))
        .flat_map(|l| {
            l.file.data.entries.iter().filter_map(move |e| {
                let t = e.template.as_ref()?;
                let state = e
                    .state
                    .as_ref()
                    .map(|s| s.value)
                    .unwrap_or(l.file.data.state.value);
                Some((
                    l.folder_locale.as_str(),
                    e.code.as_ref()?.value.as_str(),
                    t,
                    state,
                    l.file.path.as_path(),
                ))
            })
        })
}

/// What is wrong with the placeholders of a template, given the names it must use.
pub fn template_problem(text: &str, names: &BTreeSet<String>) -> Option<String> {
    let found = placeholders(text);
    let mut used = BTreeSet::new();
    let mut bad = Vec::new();
    for p in &found {
        match p.strip_prefix('{').and_then(|x| x.strip_suffix('}')) {
            Some(n) if names.contains(n) => {
                used.insert(n.to_owned());
            }
            _ => bad.push(p.clone()),
        }
    }
    let unused: Vec<String> = names
        .difference(&used)
        .map(|n| format!("{{{n}}}"))
        .collect();
    if bad.is_empty() && unused.is_empty() {
        return None;
    }
    let mut why = Vec::new();
    if !bad.is_empty() {
        why.push(format!("other placeholders {}", bad.join(", ")));
    }
    if !unused.is_empty() {
        why.push(format!("missing {}", unused.join(", ")));
    }
    let all: Vec<String> = names.iter().map(|n| format!("{{{n}}}")).collect();
    Some(format!(
        "a template must use each of its parameters ({}) and no other placeholder: {}",
        all.join(", "),
        why.join("; ")
    ))
}

/// Checks params, templates (in every locale) and vendor descriptions.
pub fn validate(cat: &RawCatalog) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let ls = Locales::of(cat);
    for t in &cat.tables {
        for e in &t.data.entries {
            check_entry(cat, t, e, &ls, &mut out);
        }
        check_translated_templates(cat, t, &ls.source, &mut out);
    }
    out
}

/// The locales catalog.yaml lists, requires and writes its source texts in.
struct Locales {
    locales: Vec<String>,
    required: Vec<String>,
    source: String,
}

impl Locales {
    fn of(cat: &RawCatalog) -> Locales {
        let m = cat.manifest.as_ref().map(|m| &m.data);
        Locales {
            locales: m
                .map(|m| m.locales.iter().map(|l| l.value.clone()).collect())
                .unwrap_or_default(),
            required: m
                .map(|m| m.required.iter().map(|l| l.value.clone()).collect())
                .unwrap_or_default(),
            source: m
                .map(|m| m.source_locale.value.clone())
                .unwrap_or_else(|| "en".into()),
        }
    }
}

/// Checks one entry's params, template and vendor texts.
fn check_entry(
    cat: &RawCatalog,
    t: &File<RawTable>,
    e: &RawEntry,
    ls: &Locales,
    out: &mut Vec<Diagnostic>,
) {
    let Some(code) = entry_code(e) else { return };
    let names = param_names(e, &t.path, out);
    check_template(cat, t, e, code, &names, ls, out);
    check_vendor_texts(e, &t.path, &ls.locales, out);
}

/// The names of an entry's parameters (with a pattern's own); reports a
/// name that is not an identifier or is declared twice.
fn param_names(e: &RawEntry, f: &Path, out: &mut Vec<Diagnostic>) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    if let Some(p) = pattern_param(e) {
        names.insert(p.name);
    }
    for p in &e.params {
        if !is_param_name(&p.name.value) {
            out.push(Diagnostic::error(
                p.name.loc(f),
                format!(
                    "parameter name {:?} is not an identifier (letters, digits, `_`)",
                    p.name.value
                ),
            ));
        } else if !names.insert(p.name.value.clone()) {
            out.push(Diagnostic::error(
                p.name.loc(f),
                format!(
                    "parameter {:?} is declared twice (or is the pattern's own parameter)",
                    p.name.value
                ),
            ));
        }
    }
    names
}

/// Checks an entry's source template against its params and message, and
/// warns of each required locale without a translation of it.
fn check_template(
    cat: &RawCatalog,
    t: &File<RawTable>,
    e: &RawEntry,
    code: &Sp<String>,
    names: &BTreeSet<String>,
    ls: &Locales,
    out: &mut Vec<Diagnostic>,
) {
    let f = &t.path;
    let table = &t.data.id.value;
    match &e.template {
        None if !e.params.is_empty() => out.push(Diagnostic::error(
            code.loc(f),
            format!(
                "entry {:?} declares params but has no template to use them",
                code.value
            ),
        )),
        None => {}
        Some(tp) if names.is_empty() => out.push(Diagnostic::error(
            tp.loc(f),
            "a template needs params (or a pattern's parameter) to fill in",
        )),
        Some(tp) => {
            if let Some(p) = template_problem(&tp.value, names) {
                out.push(Diagnostic::error(tp.loc(f), p));
            }
            if let Some(msg) = &e.message
                && !placeholders(&msg.value).is_empty()
            {
                out.push(Diagnostic::error(
                    msg.loc(f),
                    format!("the message of an entry with a template is shown where no value is known, so it must have no placeholders (found {:?}); put them in the template", placeholders(&msg.value)),
                ));
            }
            for l in ls.required.iter().filter(|l| **l != ls.source) {
                let has = l10n_templates(cat, table).any(|(x, c, ..)| x == l && c == code.value);
                if !has {
                    out.push(Diagnostic::warning(
                        tp.loc(f),
                        format!("template of {:?} has no {l} text (expected in l10n/{l}/{table}.yaml); {l} shows the message without the values", code.value),
                    ));
                }
            }
        }
    }
}

/// Checks `vendor_description` and `vendor_solution`: listed locales, no
/// empty text.
fn check_vendor_texts(e: &RawEntry, f: &Path, locales: &[String], out: &mut Vec<Diagnostic>) {
    for (name, field) in [
        ("vendor_description", &e.vendor_description),
        ("vendor_solution", &e.vendor_solution),
    ] {
        let Some(d) = field else { continue };
        for (l, x) in &d.value {
            if !locales.contains(l) {
                out.push(Diagnostic::error(
                    d.loc(f),
                    format!("{name} has locale {l:?}, which catalog.yaml does not list"),
                ));
            }
            if x.trim().is_empty() {
                out.push(Diagnostic::error(
                    d.loc(f),
                    format!("{name} in {l} is empty"),
                ));
            }
        }
    }
}

/// Checks the translations of a table's templates against their source.
fn check_translated_templates(
    cat: &RawCatalog,
    t: &File<RawTable>,
    source: &str,
    out: &mut Vec<Diagnostic>,
) {
    for (l, c, x, _, path) in l10n_templates(cat, &t.data.id.value) {
        let Some(src) = t
            .data
            .entries
            .iter()
            .find(|e| entry_code(e).is_some_and(|k| k.value == c))
        else {
            continue; // an unknown code is reported by validate
        };
        let loc: Loc = x.loc(path);
        if src.template.is_none() {
            out.push(Diagnostic::error(
                loc,
                format!("entry {c:?} has no {source} template to translate"),
            ));
            continue;
        }
        let names: BTreeSet<String> = params(src).into_iter().map(|p| p.name).collect();
        if let Some(p) = template_problem(&x.value, &names) {
            out.push(Diagnostic::error(loc.clone(), p));
        }
        if let Some(p) = script_problem(l, &x.value) {
            out.push(Diagnostic::error(loc, p));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_use_exactly_their_params() {
        let names: BTreeSet<String> = ["field".to_owned(), "detail".to_owned()].into();
        assert!(template_problem("The {field} ({detail}) is wrong", &names).is_none());
        assert!(template_problem("({detail}) {field} {field}", &names).is_none());
        let p = template_problem("The {field} is wrong", &names).unwrap();
        assert!(p.ends_with("missing {detail}"), "{p}");
        let p = template_problem("The %s {field} ({detail}) {other}", &names).unwrap();
        assert!(p.ends_with("other placeholders %s, {other}"), "{p}");
    }

    #[test]
    fn param_names_are_identifiers() {
        assert!(is_param_name("field"));
        assert!(is_param_name("_x1"));
        assert!(!is_param_name("1x"));
        assert!(!is_param_name("a-b"));
        assert!(!is_param_name(""));
    }
}
