//! Resolve: turns a raw catalog that passed validation into the
//! target-neutral [`Model`]. It assumes validity but never panics: anything
//! inconsistent is skipped (validation has already reported it).
//! Translations and parsed patterns come from the shared [`Index`].

use crate::diag::display_path;
use crate::index::{Field, Index, Parsed, entry_code};
use crate::load::{File, ParamType, RawCatalog, RawEntry, RawKinds, RawPrompts, RawTable};
use crate::model::*;
use crate::yaml::Sp;

/// Builds the model of `cat`; `idx` is its shared [`Index`].
pub fn resolve(cat: &RawCatalog, idx: &Index) -> Model {
    let m = cat.manifest.as_ref().map(|m| &m.data);
    let tr = Translator {
        idx,
        source: m
            .map(|m| m.source_locale.value.clone())
            .unwrap_or_else(|| "en".into()),
        locales: m
            .map(|m| m.locales.iter().map(|l| l.value.clone()).collect())
            .unwrap_or_default(),
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
    let mut tables: Vec<Table> = (cat.tables.iter().enumerate())
        .map(|(ti, f)| table(&tr, f, idx.parsed(ti), &vendors))
        .collect();
    tables.sort_by(|a, b| a.id.cmp(&b.id));
    let prompts = cat.prompts.as_ref().map(|p| prompts(&tr, p));
    let kinds = cat.kinds.as_ref().map(|k| kinds(&tr, k));
    Model {
        kinds: kinds.unwrap_or_default(),
        catalog: display_path(&cat.root).trim_end_matches('/').to_owned(),
        fallback: m
            .map(|m| m.fallback.value.clone())
            .unwrap_or_else(|| "en".into()),
        unknown_prompt: m
            .map(|m| m.unknown_prompt.value.clone())
            .unwrap_or_default(),
        locales: tr.locales,
        source_locale: tr.source,
        vendors,
        tables,
        prompts: prompts.unwrap_or_default(),
        package: package(cat),
    }
}

/// The package metadata of catalog.yaml.
fn package(cat: &RawCatalog) -> Package {
    let m = cat.manifest.as_ref().map(|m| &m.data);
    let text = |f: fn(&crate::load::RawManifest) -> &Option<Sp<String>>| {
        m.and_then(|m| f(m).as_ref().map(|s| s.value.clone()))
    };
    let version = text(|m| &m.version);
    Package {
        versioned: version.is_some(),
        version: version.unwrap_or_else(|| "0.0.0".into()),
        license: text(|m| &m.license),
        license_text: cat.license_text.clone(),
        description: text(|m| &m.description),
        repository: text(|m| &m.repository),
        history: Vec::new(),
        names: Default::default(),
    }
}

/// Gathers the texts of one thing in every locale.
struct Translator<'i, 'a> {
    idx: &'i Index<'a>,
    source: String,
    /// The declared locales, in order.
    locales: Vec<String>,
}

impl Translator<'_, '_> {
    /// `field` of (target, code or key): `src` in the source locale, and the
    /// translation in each other locale that has one.
    fn texts(&self, target: &str, id: &str, src: &str, field: Field) -> Texts {
        let mut t = Texts::default();
        let source = Text {
            text: src.to_owned(),
            state: None,
        };
        t.0.insert(self.source.clone(), source);
        for l in self.locales.iter().filter(|l| **l != self.source) {
            if let Some(tr) = self.idx.translation(l, target, id)
                && let Some(text) = tr.text(field)
            {
                let text = Text {
                    text: text.value.clone(),
                    state: Some(tr.state()),
                };
                t.0.insert(l.clone(), text);
            }
        }
        t
    }
}

fn text_or_empty(t: &Option<Sp<String>>) -> &str {
    t.as_ref().map(|x| x.value.as_str()).unwrap_or("")
}

fn cloned(t: &Option<Sp<String>>) -> Option<String> {
    t.as_ref().map(|x| x.value.clone())
}

fn table(
    tr: &Translator,
    f: &File<RawTable>,
    parsed: Option<&Parsed>,
    vendors: &[Vendor],
) -> Table {
    let d = &f.data;
    let id = d.id.value.clone();
    let entries = match parsed {
        Some(parsed) => (d.entries.iter().zip(&parsed.patterns))
            .filter_map(|(e, pattern)| entry(tr, f, e, pattern.as_ref()))
            .collect(),
        None => Vec::new(),
    };
    Table {
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
        note: cloned(&d.note),
        flags: parsed
            .and_then(|p| p.flags.as_ref())
            .and_then(|r| r.as_ref().ok().cloned()),
        entries,
        loc: d.id.loc(&f.path),
        id,
    }
}

/// One entry of a table; `None` if it has no code or pattern, or a malformed
/// pattern (`pattern` is its parse).
fn entry(
    tr: &Translator,
    f: &File<RawTable>,
    e: &RawEntry,
    pattern: Option<&Result<Pattern, String>>,
) -> Option<Entry> {
    let id = &f.data.id.value;
    let code = entry_code(e)?;
    let pattern = match pattern {
        Some(p) => Some((
            p.as_ref().ok()?.clone(),
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
        message: tr.texts(id, code, text_or_empty(&e.message), Field::Message),
        solution: (e.solution.as_ref()).map(|s| tr.texts(id, code, s, Field::Solution)),
        billed: e.billed.as_ref().map(|x| x.value),
        platform: e.platform.as_ref().map(|x| x.value),
        vendor_message: cloned(&e.vendor_message),
        note: cloned(&e.note),
        ident: cloned(&e.ident),
        retired_in: cloned(&e.retired_in),
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
        prompt: cloned(&e.prompt),
        vendor_description: crate::params::vendor_texts(&e.vendor_description),
        vendor_solution: crate::params::vendor_texts(&e.vendor_solution),
        params: crate::params::params(e),
        template: (e.template.as_ref()).map(|s| tr.texts(id, code, &s.value, Field::Template)),
        self_aliases: crate::params::self_aliases(e),
        loc: code.loc(&f.path),
    })
}

fn prompts(tr: &Translator, p: &File<RawPrompts>) -> Vec<Prompt> {
    (p.data.prompts.iter())
        .map(|pr| Prompt {
            key: pr.key.value.clone(),
            vendor_text: cloned(&pr.vendor_text),
            text: tr.texts("prompts", &pr.key, text_or_empty(&pr.text), Field::Message),
            note: cloned(&pr.note),
            loc: pr.key.loc(&p.path),
        })
        .collect()
}

fn kinds(tr: &Translator, k: &File<RawKinds>) -> Vec<Kind> {
    (k.data.kinds.iter())
        .map(|kd| Kind {
            id: kd.id.value.clone(),
            label: tr.texts("kinds", &kd.id, text_or_empty(&kd.label), Field::Message),
            description: cloned(&kd.description),
            loc: kd.id.loc(&k.path),
        })
        .collect()
}
