//! Resolve: turns a raw catalog that passed validation into the
//! target-neutral [`Model`]. It assumes validity but never panics: anything
//! inconsistent is skipped (validation has already reported it).

use crate::diag::display_path;
use crate::load::{L10nTarget, ParamType, RawCatalog};
use crate::model::*;
use crate::validate::entry_code;
use std::collections::BTreeMap;

/// (locale, target, code or key) -> (message or text, solution, state): every
/// translation read from l10n/, before it is attached to its entry.
type Translations = BTreeMap<(String, String, String), (Option<String>, Option<String>, TextState)>;

pub fn resolve(cat: &RawCatalog) -> Model {
    let m = cat.manifest.as_ref().map(|m| &m.data);
    let source = m
        .map(|m| m.source_locale.value.clone())
        .unwrap_or_else(|| "en".into());
    let src_text = |s: &str| Text {
        text: s.to_owned(),
        state: None,
    };

    let mut tr: Translations = BTreeMap::new();
    for l in &cat.l10n {
        let target = match &l.target {
            L10nTarget::Prompts => "prompts".to_owned(),
            L10nTarget::Kinds => "kinds".to_owned(),
            L10nTarget::Table(id) => id.clone(),
        };
        let file_state = l.file.data.state.value;
        for e in &l.file.data.entries {
            let Some(id) = e.code.as_ref().or(e.key.as_ref()) else {
                continue;
            };
            let state = e.state.as_ref().map(|s| s.value).unwrap_or(file_state);
            let first = e
                .message
                .as_ref()
                .or(e.text.as_ref())
                .map(|t| t.value.clone());
            let sol = e.solution.as_ref().map(|t| t.value.clone());
            tr.entry((l.folder_locale.clone(), target.clone(), id.value.clone()))
                .or_insert((first, sol, state));
        }
    }
    let locales: Vec<String> = m
        .map(|m| m.locales.iter().map(|l| l.value.clone()).collect())
        .unwrap_or_default();
    let translate = |target: &str, code: &str, src: &str, pick_solution: bool| -> Texts {
        let mut t = Texts::default();
        t.0.insert(source.clone(), src_text(src));
        for l in &locales {
            if *l == source {
                continue;
            }
            if let Some((msg, sol, state)) =
                tr.get(&(l.clone(), target.to_owned(), code.to_owned()))
            {
                let text = if pick_solution { sol } else { msg };
                if let Some(text) = text {
                    t.0.insert(
                        l.clone(),
                        Text {
                            text: text.clone(),
                            state: Some(*state),
                        },
                    );
                }
            }
        }
        t
    };

    let vendors: Vec<Vendor> = m
        .map(|m| {
            m.vendors
                .iter()
                .map(|v| Vendor {
                    id: v.id.value.clone(),
                    name: v.name.value.clone(),
                })
                .collect()
        })
        .unwrap_or_default();
    let mut tables: Vec<Table> = cat
        .tables
        .iter()
        .map(|f| {
            let d = &f.data;
            let id = d.id.value.clone();
            let entries = d
                .entries
                .iter()
                .filter_map(|e| {
                    let code = entry_code(e)?;
                    let pattern = match &e.pattern {
                        Some(p) => Some((
                            Pattern::parse(&p.value).ok()?,
                            e.param
                                .as_ref()
                                .map(|x| x.value)
                                .unwrap_or(ParamType::String),
                        )),
                        None => None,
                    };
                    Some(Entry {
                        code: code.value.clone(),
                        pattern,
                        message: translate(
                            &id,
                            &code.value,
                            e.message.as_ref().map(|x| x.value.as_str()).unwrap_or(""),
                            false,
                        ),
                        solution: e
                            .solution
                            .as_ref()
                            .map(|s| translate(&id, &code.value, &s.value, true)),
                        billed: e.billed.as_ref().map(|x| x.value),
                        platform: e.platform.as_ref().map(|x| x.value),
                        vendor_message: e.vendor_message.as_ref().map(|x| x.value.clone()),
                        note: e.note.as_ref().map(|x| x.value.clone()),
                        ident: e.ident.as_ref().map(|x| x.value.clone()),
                        retired_in: e.retired_in.as_ref().map(|x| x.value.clone()),
                        aliases: e
                            .aliases
                            .iter()
                            .filter(|a| a.code.value != code.value)
                            .map(|a| Alias {
                                code: a.code.value.clone(),
                                retired_in: a.retired_in.value.clone(),
                            })
                            .collect(),
                        kind: e
                            .kind
                            .as_ref()
                            .map(|k| k.value.clone())
                            .unwrap_or_else(|| "unknown".into()),
                        actor: e.actor.as_ref().map(|a| a.value).unwrap_or(Actor::Vendor),
                        retryable: e.retryable.as_ref().map(|r| r.value).unwrap_or(false),
                        prompt: e.prompt.as_ref().map(|p| p.value.clone()),
                        vendor_description: crate::params::vendor_texts(&e.vendor_description),
                        vendor_solution: crate::params::vendor_texts(&e.vendor_solution),
                        params: crate::params::params(e),
                        template: crate::params::template(cat, &id, e),
                        self_aliases: crate::params::self_aliases(e),
                        loc: code.loc(&f.path),
                    })
                })
                .collect();
            Table {
                id,
                vendor: d.vendor.value.clone(),
                vendor_name: vendors
                    .iter()
                    .find(|v| v.id == d.vendor.value)
                    .map(|v| v.name.clone())
                    .unwrap_or_default(),
                title: d.title.value.clone(),
                source: Source {
                    file: d.source.file.value.clone(),
                    lines: d.source.lines.value.clone(),
                },
                code_type: d.code_type.value,
                open: d.open.value,
                note: d.note.as_ref().map(|x| x.value.clone()),
                flags: d
                    .flags
                    .as_ref()
                    .and_then(|fl| Pattern::parse(&fl.format).ok()),
                entries,
                loc: d.id.loc(&f.path),
            }
        })
        .collect();
    tables.sort_by(|a, b| a.id.cmp(&b.id));

    let prompts = cat
        .prompts
        .as_ref()
        .map(|p| {
            p.data
                .prompts
                .iter()
                .map(|pr| Prompt {
                    key: pr.key.value.clone(),
                    vendor_text: pr.vendor_text.as_ref().map(|x| x.value.clone()),
                    text: translate(
                        "prompts",
                        &pr.key.value,
                        pr.text.as_ref().map(|x| x.value.as_str()).unwrap_or(""),
                        false,
                    ),
                    note: pr.note.as_ref().map(|x| x.value.clone()),
                    loc: pr.key.loc(&p.path),
                })
                .collect()
        })
        .unwrap_or_default();

    let kinds = cat
        .kinds
        .as_ref()
        .map(|k| {
            k.data
                .kinds
                .iter()
                .map(|kd| Kind {
                    id: kd.id.value.clone(),
                    label: translate(
                        "kinds",
                        &kd.id.value,
                        kd.label.as_ref().map(|x| x.value.as_str()).unwrap_or(""),
                        false,
                    ),
                    description: kd.description.as_ref().map(|x| x.value.clone()),
                    loc: kd.id.loc(&k.path),
                })
                .collect()
        })
        .unwrap_or_default();

    Model {
        kinds,
        catalog: display_path(&cat.root).trim_end_matches('/').to_owned(),
        locales,
        source_locale: source,
        fallback: m
            .map(|m| m.fallback.value.clone())
            .unwrap_or_else(|| "en".into()),
        unknown_prompt: m
            .map(|m| m.unknown_prompt.value.clone())
            .unwrap_or_default(),
        vendors,
        tables,
        prompts,
    }
}
