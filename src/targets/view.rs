//! The shared part of every target's view (its IR): what templates print,
//! built once from the model with one target's [`Oracle`] and [`Registry`].
//! Every string a template prints is here, already named or escaped for that
//! target; templates add only the language's syntax. This module is the only
//! one under `targets` that reads the [`Model`]: each language module's
//! `view` function calls [`build`] and adds what only that language needs,
//! from this view.

use super::naming::{Fold, Oracle, Owner, Registry, override_words, words};
use crate::diag::Loc;
use crate::model::{Actor, CodeType, ENTRY_FIELDS, Entry, Meta, Model, ParamType, Table, Texts};
use std::path::PathBuf;

pub struct PackageView {
    /// The do-not-edit header ([`Oracle::header`]), without comment syntax.
    pub header: String,
    /// The catalog path as comment text ([`Oracle::line_comment`]).
    pub catalog: String,
    /// The catalog path as doc text ([`Oracle::doc`]).
    pub catalog_doc: String,
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
    /// The labels as text, one per locale (for targets that store texts in
    /// their own literal shapes, through their oracle).
    pub plain: Vec<String>,
    pub index: usize,
    /// The kind as messages name it (`kind "too_dark"`), and where it is.
    pub what: String,
    pub loc: Loc,
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
    /// The same texts, as text.
    pub plain: Vec<String>,
    pub index: usize,
    pub what: String,
    pub loc: Loc,
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
    /// The table as messages name it (`table "acme_api"`), and where it is.
    pub what: String,
    pub loc: Loc,
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

/// One piece of an entry's metadata, as this target writes it.
pub struct FieldView {
    pub name: &'static str,
    /// A literal (`true`, `42`, a string literal), or for an id the
    /// target's name of the value (`Ios`, `TooDark`) without its type.
    pub lit: String,
    /// The value as doc text.
    pub doc: String,
}

impl EntryView {
    /// The literal of the metadata field `name`, if the entry has it.
    pub fn lit(&self, name: &str) -> Option<&str> {
        self.field(name).map(|f| f.lit.as_str())
    }
    pub fn field(&self, name: &str) -> Option<&FieldView> {
        self.fields.iter().find(|f| f.name == name)
    }
}

fn fields(o: &dyn Oracle, e: &Entry) -> Vec<FieldView> {
    let view = |name, m: Meta| {
        let (lit, doc) = match m {
            Meta::Bool(b) => (b.to_string(), b.to_string()),
            Meta::Int(i) => (i.to_string(), i.to_string()),
            Meta::Text(t) => (o.string_lit(t), o.doc(t)),
            Meta::Id(id) => (o.value_name(id), o.doc(id)),
        };
        FieldView { name, lit, doc }
    };
    ENTRY_FIELDS
        .iter()
        .filter_map(|f| (f.get)(e).map(|m| view(f.name, m)))
        .collect()
}

pub struct EntryView {
    /// Position among all entries of the table (texts are stored in this order).
    pub index: usize,
    pub name: String,
    pub code_lit: String,
    pub code_doc: String,
    /// The code as line-comment text.
    pub code_comment: String,
    /// The code as text (for targets that build their own literal shapes).
    pub code: String,
    pub message_doc: String,
    pub messages: Vec<String>,
    pub solutions: Option<Vec<String>>,
    /// `messages` and `solutions` as text.
    pub plain_messages: Vec<String>,
    pub plain_solutions: Option<Vec<String>>,
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
    /// Every piece of metadata the entry has ([`ENTRY_FIELDS`]), by name.
    pub fields: Vec<FieldView>,
    /// The words its names are made of (`words`, or the `ident:` override's).
    pub words: String,
    pub what: String,
    pub loc: Loc,
}

fn locale_texts(o: &dyn Oracle, m: &Model, t: &Texts) -> Vec<String> {
    plain_texts(m, t).iter().map(|s| o.string_lit(s)).collect()
}

/// One text per locale, in `locales` order; missing texts hold the fallback's.
fn plain_texts(m: &Model, t: &Texts) -> Vec<String> {
    m.locales
        .iter()
        .map(|l| t.get_or(l, &m.fallback).to_owned())
        .collect()
}

/// Names the generated code claims in each scope, per target, and how the
/// target compares names.
pub struct Reserved<'a> {
    pub types: &'a [&'a str],
    pub values: &'a [&'a str],
    pub prompts: &'a [&'a str],
    pub kinds: &'a [&'a str],
    pub locales: &'a [&'a str],
    /// How table types and entry values are compared with `types` and
    /// `value_classes` and each other: [`Fold::Files`] where each becomes a
    /// file of its own (JVM classes). `values` and alias constants are
    /// always compared exactly.
    pub fold: Fold,
    /// Classes nested in every table type (compared by `fold`): with
    /// [`Fold::Files`], the table's own type name is one of them too (a
    /// nested class of that name would shadow the table inside it).
    pub value_classes: &'a [&'a str],
}

/// Claims one file per table (`path` gives it) for the table, in table order.
pub fn table_files(
    p: &PackageView,
    reg: &mut Registry,
    path: impl Fn(&TableView) -> String,
) -> Vec<String> {
    let claim = |t: &TableView| {
        let file = path(t);
        reg.file(&file, Owner::catalog(&t.what, &t.loc));
        file
    };
    p.tables.iter().map(claim).collect()
}

/// The scope of a table type's values, as messages name it.
pub fn values_scope(type_name: &str) -> String {
    format!("type {type_name}")
}

pub const TYPES_SCOPE: &str = "the package";
const GENERATED: &str = "the generated code";

fn entry_words(e: &Entry) -> String {
    if let Some(i) = &e.ident {
        return override_words(i);
    }
    match &e.pattern {
        Some((p, _)) => words(&format!("{}{}", p.prefix, p.suffix)),
        None => words(&e.code),
    }
}

/// Builds the view of a whole package, claiming every name in `reg` (whose
/// diagnostics the caller collects with [`Registry::finish`]).
pub fn build(o: &dyn Oracle, m: &Model, reserved: &Reserved, reg: &mut Registry) -> PackageView {
    let locales = locales(o, m, reserved, reg);
    let fallback = m.locales.iter().position(|l| *l == m.fallback).unwrap_or(0);
    reg.reserve(TYPES_SCOPE, reserved.fold, reserved.types, GENERATED);
    let tables = m
        .tables
        .iter()
        .map(|t| table(o, m, t, reserved, reg))
        .collect();
    PackageView {
        header: o.header(&m.catalog),
        catalog: o.line_comment(&m.catalog),
        catalog_doc: o.doc(&m.catalog),
        fallback_name: locales
            .get(fallback)
            .map(|l: &LocaleView| l.name.clone())
            .unwrap_or_default(),
        locales,
        fallback,
        prompts: prompts(o, m, reserved, reg),
        unknown_prompt: o.value_name(&m.unknown_prompt),
        tables,
        kinds: kinds(o, m, reserved, reg),
        unknown_kind: o.value_name("unknown"),
        actors: Actor::ALL
            .iter()
            .map(|a| ActorView {
                name: o.value_name(a.id()),
                id_lit: o.string_lit(a.id()),
                doc: o.doc(a.doc()),
            })
            .collect(),
        unknown_actor: o.value_name(Actor::Developer.id()),
    }
}

fn locales(o: &dyn Oracle, m: &Model, reserved: &Reserved, reg: &mut Registry) -> Vec<LocaleView> {
    let scope = "the locale type";
    reg.reserve(scope, Fold::Exact, reserved.locales, GENERATED);
    let loc = Loc::file_start(PathBuf::from(format!("{}/catalog.yaml", m.catalog)));
    m.locales
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let name = o.value_name(l);
            reg.ident(
                scope,
                Fold::Exact,
                &name,
                Owner::catalog(format!("locale {l:?}"), &loc),
            );
            LocaleView {
                name,
                tag: l.clone(),
                tag_lit: o.string_lit(l),
                index: i,
            }
        })
        .collect()
}

fn prompts(o: &dyn Oracle, m: &Model, reserved: &Reserved, reg: &mut Registry) -> Vec<PromptView> {
    let scope = "the Prompt type";
    reg.reserve(scope, Fold::Exact, reserved.prompts, GENERATED);
    m.prompts
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let name = o.value_name(&p.key);
            let what = format!("prompt {:?}", p.key);
            reg.ident(scope, Fold::Exact, &name, Owner::catalog(&what, &p.loc));
            PromptView {
                name,
                key_lit: o.string_lit(&p.key),
                text_doc: o.doc(p.text.get_or(&m.source_locale, &m.fallback)),
                texts: locale_texts(o, m, &p.text),
                plain: plain_texts(m, &p.text),
                index: i,
                what,
                loc: p.loc.clone(),
            }
        })
        .collect()
}

fn kinds(o: &dyn Oracle, m: &Model, reserved: &Reserved, reg: &mut Registry) -> Vec<KindView> {
    let scope = "the Kind type";
    reg.reserve(scope, Fold::Exact, reserved.kinds, GENERATED);
    m.kinds
        .iter()
        .enumerate()
        .map(|(i, k)| {
            let name = o.value_name(&k.id);
            let what = format!("kind {:?}", k.id);
            reg.ident(scope, Fold::Exact, &name, Owner::catalog(&what, &k.loc));
            KindView {
                name,
                id_lit: o.string_lit(&k.id),
                label_doc: o.doc(k.label.get_or(&m.source_locale, &m.fallback)),
                description_doc: k.description.as_ref().map(|d| o.doc(d)),
                labels: locale_texts(o, m, &k.label),
                plain: plain_texts(m, &k.label),
                index: i,
                what,
                loc: k.loc.clone(),
            }
        })
        .collect()
}

fn table(
    o: &dyn Oracle,
    m: &Model,
    t: &Table,
    reserved: &Reserved,
    reg: &mut Registry,
) -> TableView {
    let type_name = o.type_name(&t.id);
    let what = format!("table {:?}", t.id);
    reg.ident(
        TYPES_SCOPE,
        reserved.fold,
        &type_name,
        Owner::catalog(&what, &t.loc),
    );
    let scope = values_scope(&type_name);
    reg.reserve(&scope, Fold::Exact, reserved.values, GENERATED);
    reg.reserve(&scope, reserved.fold, reserved.value_classes, GENERATED);
    if reserved.fold == Fold::Files {
        reg.reserve(&scope, Fold::Files, &[&type_name], "the table's own type");
    }
    let entries = t
        .entries
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let v = entry(o, m, i, e);
            reg.ident(
                &scope,
                reserved.fold,
                &v.name,
                Owner::catalog(&v.what, &e.loc),
            );
            for (a, av) in e.aliases.iter().zip(&v.aliases) {
                let what = format!("alias {:?}", a.code);
                reg.ident(&scope, Fold::Exact, &av.name, Owner::catalog(what, &e.loc));
            }
            v
        })
        .collect();
    TableView {
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
        what,
        loc: t.loc.clone(),
    }
}

fn entry(o: &dyn Oracle, m: &Model, index: usize, e: &Entry) -> EntryView {
    let entry_words = entry_words(e);
    let fields = fields(o, e);
    let field = |name: &str| fields.iter().find(|f| f.name == name);
    let lit = |name: &str| field(name).map(|f| f.lit.clone());
    EntryView {
        index,
        name: o.value_name(&entry_words),
        code_lit: o.string_lit(&e.code),
        code_doc: o.doc(&e.code),
        code_comment: o.line_comment(&e.code),
        code: e.code.clone(),
        message_doc: o.doc(e.message.get_or(&m.source_locale, &m.fallback)),
        messages: locale_texts(o, m, &e.message),
        solutions: e.solution.as_ref().map(|s| locale_texts(o, m, s)),
        plain_messages: plain_texts(m, &e.message),
        plain_solutions: e.solution.as_ref().map(|s| plain_texts(m, s)),
        billed: e.billed,
        platform: lit("platform"),
        aliases: e.aliases.iter().map(|a| alias(o, a)).collect(),
        retired_in_lit: lit("retired_in"),
        retired_in_doc: field("retired_in").map(|f| f.doc.clone()),
        kind: lit("kind").unwrap_or_default(),
        actor: lit("actor").unwrap_or_default(),
        retryable: e.retryable,
        prompt: lit("prompt"),
        pattern: e.pattern.as_ref().map(|(p, ty)| PatternView {
            prefix_lit: o.string_lit(&p.prefix),
            suffix_lit: o.string_lit(&p.suffix),
            int: *ty == ParamType::Int,
            param_doc: o.doc(&p.name),
        }),
        fields,
        words: entry_words,
        what: format!("entry {:?}", e.code),
        loc: e.loc.clone(),
    }
}

fn alias(o: &dyn Oracle, a: &crate::model::Alias) -> AliasView {
    AliasView {
        name: o.alias_name(&words(&a.code)),
        code_lit: o.string_lit(&a.code),
        code_doc: o.doc(&a.code),
        retired_in_lit: o.string_lit(&a.retired_in),
        retired_in_doc: o.doc(&a.retired_in),
    }
}
