//! Views: what templates print, built from the model with one target's
//! [`Oracle`]. Every string a template prints is here, already named or
//! escaped for that target; templates add only the language's syntax.

use super::naming::{Oracle, Scope, override_words, words};
use crate::diag::Diagnostic;
use crate::export::{actor_str, platform_str};
use crate::model::Actor;
use crate::model::{CodeType, Entry, Model, ParamType, Texts};

pub struct PackageView {
    pub header: String,
    pub catalog: String,
    pub locales: Vec<LocaleView>,
    /// Index of the fallback locale in `locales`.
    pub fallback: usize,
    pub fallback_name: String,
    pub prompts: Vec<PromptView>,
    /// Name of the prompt an unknown code shows.
    pub unknown_prompt: String,
    pub tables: Vec<TableView>,
    /// The canonical kinds, in catalog order.
    pub kinds: Vec<KindView>,
    /// Name of the kind unknown codes have.
    pub unknown_kind: String,
    /// The actors, in the order user, developer, operator, vendor, none.
    pub actors: Vec<ActorView>,
    /// Name of the actor of unknown codes (the developer must look at them).
    pub unknown_actor: String,
}

pub struct KindView {
    pub name: String,
    pub id_lit: String,
    pub label_doc: String,
    pub description_doc: Option<String>,
    /// One literal per locale.
    pub labels: Vec<String>,
    pub index: usize,
}

pub struct ActorView {
    pub name: String,
    pub id_lit: String,
    pub doc: String,
}

pub struct LocaleView {
    pub name: String,
    pub tag: String,
    pub tag_lit: String,
    pub index: usize,
}

pub struct PromptView {
    pub name: String,
    pub key_lit: String,
    pub text_doc: String,
    /// One literal per locale, in `locales` order; missing texts hold the fallback's.
    pub texts: Vec<String>,
    pub index: usize,
}

pub struct TableView {
    pub id: String,
    pub id_lit: String,
    pub type_name: String,
    pub title_doc: String,
    pub vendor_doc: String,
    pub source_doc: String,
    pub note_doc: Option<String>,
    pub int: bool,
    pub open: bool,
    pub flags: Option<FlagsView>,
    pub entries: Vec<EntryView>,
    /// Entries that are not patterns (they have an index into the text arrays).
    pub has_solutions: bool,
    pub unknown_name: String,
}

impl TableView {
    pub fn units(&self) -> impl Iterator<Item = &EntryView> {
        self.entries.iter().filter(|e| e.pattern.is_none())
    }
    pub fn patterns(&self) -> impl Iterator<Item = &EntryView> {
        self.entries.iter().filter(|e| e.pattern.is_some())
    }
    pub fn has_patterns(&self) -> bool {
        self.entries.iter().any(|e| e.pattern.is_some())
    }
    pub fn aliases(&self) -> impl Iterator<Item = (&EntryView, &AliasView)> {
        self.entries
            .iter()
            .flat_map(|e| e.aliases.iter().map(move |a| (e, a)))
    }
}

pub struct FlagsView {
    pub prefix_lit: String,
    pub suffix_lit: String,
    pub format_doc: String,
}

pub struct PatternView {
    pub prefix_lit: String,
    pub suffix_lit: String,
    pub int: bool,
    pub param_doc: String,
}

pub struct AliasView {
    pub name: String,
    pub code_lit: String,
    pub code_doc: String,
    pub retired_in_lit: String,
    pub retired_in_doc: String,
}

pub struct EntryView {
    /// Position among all entries of the table (texts are stored in this order).
    pub index: usize,
    pub name: String,
    pub code_lit: String,
    pub code_doc: String,
    pub message_doc: String,
    pub messages: Vec<String>,
    pub solutions: Option<Vec<String>>,
    pub billed: Option<bool>,
    /// The target's name for the platform value.
    pub platform: Option<String>,
    pub aliases: Vec<AliasView>,
    pub retired_in_lit: Option<String>,
    pub retired_in_doc: Option<String>,
    pub pattern: Option<PatternView>,
    /// The target's name of the entry's kind value.
    pub kind: String,
    /// The target's name of the actor value.
    pub actor: String,
    pub retryable: bool,
    /// The target's name of the prompt value to show, if any.
    pub prompt: Option<String>,
}

fn locale_texts(o: &dyn Oracle, m: &Model, t: &Texts) -> Vec<String> {
    m.locales
        .iter()
        .map(|l| o.string_lit(t.get_or(l, &m.fallback)))
        .collect()
}

/// Names the generated code claims in every table type, per target.
pub struct Reserved<'a> {
    pub types: &'a [&'a str],
    pub values: &'a [&'a str],
    pub prompts: &'a [&'a str],
    pub kinds: &'a [&'a str],
}

fn entry_words(e: &Entry) -> String {
    if let Some(i) = &e.ident {
        return override_words(i);
    }
    match &e.pattern {
        Some((p, _)) => words(&format!("{}{}", p.prefix, p.suffix)),
        None => words(&e.code),
    }
}

/// Builds the views of a whole package, or every naming problem found.
pub fn build(
    o: &dyn Oracle,
    m: &Model,
    reserved: &Reserved,
) -> Result<PackageView, Vec<Diagnostic>> {
    let mut diags: Vec<Diagnostic> = Vec::new();
    let lang = o.language();
    let locales: Vec<LocaleView> = m
        .locales
        .iter()
        .enumerate()
        .map(|(i, l)| LocaleView {
            name: o.value_name(l),
            tag: l.clone(),
            tag_lit: o.string_lit(l),
            index: i,
        })
        .collect();
    let fallback = m.locales.iter().position(|l| *l == m.fallback).unwrap_or(0);

    let mut prompt_scope = Scope::new("the Prompt type", lang, reserved.prompts);
    let prompts: Vec<PromptView> = m
        .prompts
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let name = o.value_name(&p.key);
            prompt_scope.claim(&name, &format!("prompt {:?}", p.key), &p.loc);
            PromptView {
                name,
                key_lit: o.string_lit(&p.key),
                text_doc: o.doc(p.text.get_or(&m.source_locale, &m.fallback)),
                texts: locale_texts(o, m, &p.text),
                index: i,
            }
        })
        .collect();
    diags.extend(prompt_scope.diagnostics);
    let unknown_prompt = o.value_name(&m.unknown_prompt);

    let mut type_scope = Scope::new("the package", lang, reserved.types);
    let mut tables = Vec::new();
    for t in &m.tables {
        let type_name = o.type_name(&t.id);
        type_scope.claim(&type_name, &format!("table {:?}", t.id), &t.loc);
        let mut scope = Scope::new(format!("type {type_name}"), lang, reserved.values);
        let mut entries = Vec::new();
        for (i, e) in t.entries.iter().enumerate() {
            let name = o.value_name(&entry_words(e));
            scope.claim(&name, &format!("entry {:?}", e.code), &e.loc);
            let aliases = e
                .aliases
                .iter()
                .map(|a| {
                    let name = o.alias_name(&words(&a.code));
                    scope.claim(&name, &format!("alias {:?}", a.code), &e.loc);
                    AliasView {
                        name,
                        code_lit: o.string_lit(&a.code),
                        code_doc: o.doc(&a.code),
                        retired_in_lit: o.string_lit(&a.retired_in),
                        retired_in_doc: o.doc(&a.retired_in),
                    }
                })
                .collect();
            entries.push(EntryView {
                index: i,
                name,
                code_lit: o.string_lit(&e.code),
                code_doc: o.doc(&e.code),
                message_doc: o.doc(e.message.get_or(&m.source_locale, &m.fallback)),
                messages: locale_texts(o, m, &e.message),
                solutions: e.solution.as_ref().map(|s| locale_texts(o, m, s)),
                billed: e.billed,
                platform: e.platform.map(|p| o.value_name(platform_str(p))),
                aliases,
                retired_in_lit: e.retired_in.as_ref().map(|r| o.string_lit(r)),
                retired_in_doc: e.retired_in.as_ref().map(|r| o.doc(r)),
                kind: o.value_name(&e.kind),
                actor: o.value_name(actor_str(e.actor)),
                retryable: e.retryable,
                prompt: e.prompt.as_ref().map(|p| o.value_name(p)),
                pattern: e.pattern.as_ref().map(|(p, ty)| PatternView {
                    prefix_lit: o.string_lit(&p.prefix),
                    suffix_lit: o.string_lit(&p.suffix),
                    int: *ty == ParamType::Int,
                    param_doc: o.doc(&p.name),
                }),
            });
        }
        diags.extend(scope.diagnostics);
        tables.push(TableView {
            id: t.id.clone(),
            id_lit: o.string_lit(&t.id),
            type_name,
            title_doc: o.doc(&t.title),
            vendor_doc: o.doc(&t.vendor_name),
            source_doc: o.doc(&format!("{}, lines {}", t.source.file, t.source.lines)),
            note_doc: t.note.as_ref().map(|n| o.doc(n)),
            int: t.code_type == CodeType::Int,
            open: t.open,
            flags: t.flags.as_ref().map(|f| FlagsView {
                prefix_lit: o.string_lit(&f.prefix),
                suffix_lit: o.string_lit(&f.suffix),
                format_doc: o.doc(&f.raw),
            }),
            has_solutions: t.entries.iter().any(|e| e.solution.is_some()),
            unknown_name: o.value_name("unknown"),
            entries,
        });
    }
    diags.extend(type_scope.diagnostics);
    let mut kind_scope = Scope::new("the Kind type", lang, reserved.kinds);
    let kinds: Vec<KindView> = m
        .kinds
        .iter()
        .enumerate()
        .map(|(i, k)| {
            let name = o.value_name(&k.id);
            kind_scope.claim(&name, &format!("kind {:?}", k.id), &k.loc);
            KindView {
                name,
                id_lit: o.string_lit(&k.id),
                label_doc: o.doc(k.label.get_or(&m.source_locale, &m.fallback)),
                description_doc: k.description.as_ref().map(|d| o.doc(d)),
                labels: locale_texts(o, m, &k.label),
                index: i,
            }
        })
        .collect();
    diags.extend(kind_scope.diagnostics);
    let actors = [
        (Actor::User, "The person in front of the camera."),
        (Actor::Developer, "The engineer integrating the SDK or API."),
        (
            Actor::Operator,
            "Whoever runs the vendor account (billing, activation, quotas).",
        ),
        (Actor::Vendor, "The vendor: its service or SDK failed."),
        (Actor::None, "Nobody: the code reports success or progress."),
    ]
    .iter()
    .map(|(a, doc)| ActorView {
        name: o.value_name(actor_str(*a)),
        id_lit: o.string_lit(actor_str(*a)),
        doc: o.doc(doc),
    })
    .collect();
    if !diags.is_empty() {
        return Err(diags);
    }
    Ok(PackageView {
        header: super::header_text(m),
        catalog: m.catalog.clone(),
        fallback_name: locales
            .get(fallback)
            .map(|l| l.name.clone())
            .unwrap_or_default(),
        locales,
        fallback,
        prompts,
        unknown_prompt,
        tables,
        kinds,
        unknown_kind: o.value_name("unknown"),
        actors,
        unknown_actor: o.value_name(actor_str(Actor::Developer)),
    })
}
