//! The Kotlin target: a Gradle Kotlin/JVM library module with one class per
//! table: sealed when the vendor's list is closed (so `when` with an `is`
//! branch per value is exhaustive), abstract with an internal constructor
//! when it is open (so `when` needs `else`). Each code is an `object`, the
//! value (`Table.Code`); a code with old codes is instead a class whose
//! companion object is the value, so a value decoded from an old code is an
//! instance equal to it that keeps the code received (an `object` per code
//! where no old code needs that halves the classes kotlinc compiles); a
//! pattern family is a `data class` (integer parameters are `Long`); unknown
//! codes are a class only decoding constructs. Values are thrown as
//! `CatalogException` (`toException()`). The public API uses only the Kotlin
//! standard library (no `java.*`), so Android and Kotlin Multiplatform common
//! code can use it. The locale type is `CatalogLocale`, as in Swift, so that
//! it never clashes with the platform's `Locale`, which Android and JVM code
//! imports everywhere. Every value's `toString()` is `code: message` in the
//! fallback locale, like Rust's `Display` (final in the table class).
//!
//! Its oracle follows the Kotlin language reference, "Keywords and
//! operators" (kotlinlang.org/docs/keyword-reference.html): the hard
//! keywords cannot be identifiers and are escaped with backticks. Soft and
//! modifier keywords are valid identifiers and need nothing.
//!
//! Compile cost: texts live in per-locale functions returning arrays (split
//! into chunks of [`CHUNK`] entries), each built on first use of its locale;
//! decoding is a `when` over string constants, split the same way; metadata
//! is a `when` over the value's index listing only entries that have it.

use super::naming::{Fold, Oracle, Registry, StringRules};
use super::naming::{markdown_doc, pascal, shouty, string_literal};
use super::view::{self, EntryView, PackageView, Reserved, TableView};
use super::{GenResult, render};
use crate::diag::Diagnostic;
use crate::model::Model;
use askama::Template;

pub struct KotlinOracle;

/// The hard keywords (Kotlin reference, "Keywords and operators").
const KEYWORDS: &[&str] = &[
    "as",
    "break",
    "class",
    "continue",
    "do",
    "else",
    "false",
    "for",
    "fun",
    "if",
    "in",
    "interface",
    "is",
    "null",
    "object",
    "package",
    "return",
    "super",
    "this",
    "throw",
    "true",
    "try",
    "typealias",
    "typeof",
    "val",
    "var",
    "when",
    "while",
];

impl Oracle for KotlinOracle {
    fn language(&self) -> &'static str {
        "Kotlin"
    }
    fn reserved(&self) -> &'static [&'static str] {
        KEYWORDS
    }
    fn escape_reserved(&self, name: &str) -> String {
        format!("`{name}`")
    }
    fn value_name(&self, words: &str) -> String {
        self.ident(&pascal(words))
    }
    fn alias_name(&self, words: &str) -> String {
        self.ident(&shouty(words))
    }
    fn string_lit(&self, s: &str) -> String {
        string_literal(s, &STRINGS)
    }
    fn doc(&self, s: &str) -> String {
        kdoc(s)
    }
}

/// Kotlin string literals: `$` interpolates; `\uXXXX` (every control and
/// invisible character is in the BMP).
const STRINGS: StringRules = StringRules {
    quote: '"',
    dollar: true,
    nul: None,
    unicode: |c| format!("\\u{c:04X}"),
};

/// One line of KDoc text: Markdown-escaped like every target's docs (which
/// already rules out `*/` and `/*`; Kotlin block comments nest), and `@`
/// escaped so no line can start a KDoc block tag.
pub fn kdoc(s: &str) -> String {
    markdown_doc(s).replace('@', "\\@")
}

/// Entries per generated function: text arrays, codes and decoding `when`s
/// are split into functions of at most this many entries, so no method
/// comes near the JVM's 64 KB limit however large a table grows.
pub const CHUNK: usize = 256;

/// Names the generated code refers to without qualification: a table type
/// with one of these names would shadow the original in the whole package.
/// (Upper-case names only: every generated type and value name is
/// PascalCase, so it cannot shadow `kotlin.*` packages or members.)
const RESERVED_TYPES: &[&str] = &[
    "Actor",
    "Array",
    "ArrayList",
    "Boolean",
    "CatalogCode",
    "CatalogException",
    // The JVM class of CatalogCode.kt's top-level functions.
    "CatalogCodeKt",
    // The locale type: named so, not `Locale`, so that it never clashes
    // with the platform's `Locale`, which apps import everywhere.
    "CatalogLocale",
    "Char",
    "Comparator",
    "Deprecated",
    "Int",
    "Iterable",
    "JvmStatic",
    "Kind",
    "Lazy",
    "List",
    "LocaleTexts",
    "Long",
    "Platform",
    "Prompt",
    "ReplaceWith",
    "RuntimeException",
    "String",
];

const RESERVED: Reserved = Reserved {
    types: RESERVED_TYPES,
    // A table's values are classes nested in its sealed class, so inside
    // it they would shadow every type of the same name the class refers to.
    values: &[
        "Actor",
        "Array",
        "Boolean",
        "CatalogCode",
        "CatalogException",
        "CatalogLocale",
        "Companion",
        "Deprecated",
        "Int",
        "JvmStatic",
        "Kind",
        "List",
        "LocaleTexts",
        "Long",
        "Platform",
        "Prompt",
        "ReplaceWith",
        "String",
        "Unknown",
        // Properties of the companion object, where alias constants live.
        "TABLE",
        "OPEN",
        "CODES",
        "KINDS",
        "ACTORS",
        "MESSAGES",
        "SOLUTIONS",
    ],
    // Prompts, kinds and locales are properties of their class's companion
    // object (not enums: apps keep an `else`); only the companion is in the
    // way, every other member name there is lower case or all caps.
    prompts: &["Companion"],
    kinds: &["Companion"],
    locales: &[],
    // Types and values are classes, one class file each.
    fold: Fold::Files,
    // The nested classes every table has (the unknown value, the companion).
    value_classes: &["Unknown", "Companion"],
};

/// One function returning an array (texts or codes), in parts of at most
/// [`CHUNK`] elements when the table is large.
pub struct ArrayFn {
    pub name: String,
    /// Element type (`String` or `String?`).
    pub ty: &'static str,
    /// Empty when the array fits in `name` itself.
    pub parts: Vec<ArrayPart>,
    /// The elements, when `parts` is empty.
    pub items: Vec<Item>,
}

pub struct ArrayPart {
    pub name: String,
    pub items: Vec<Item>,
}

/// One array element, with the code or key it belongs to as a comment.
pub struct Item {
    pub lit: String,
    pub comment: String,
}

/// Array functions, one per locale (`by_locale` says which) or just one.
pub struct ArrayFns {
    pub fns: Vec<ArrayFn>,
    /// Per locale: its index and the function that builds its array.
    pub by_locale: Vec<(usize, String)>,
}

/// One `when` over string codes; its `else` calls `next` with the code.
pub struct DecodeFn {
    pub name: String,
    /// `(code literal, value name)`.
    pub branches: Vec<(String, String)>,
    pub next: String,
}

/// A deprecated constant for an old code.
pub struct KtAlias {
    pub name: String,
    pub code_doc: String,
    pub retired_in_doc: String,
    /// The value it decodes to.
    pub target: String,
    /// The `ReplaceWith` expression, as a literal.
    pub replace_with: String,
}

/// An entry's `template`: its texts and the parameters that fill them.
pub struct KtTemplate {
    /// The pattern's own parameter's name (a literal), for pattern entries.
    pub pattern_param: Option<String>,
    /// The other parameters: `(Kotlin name, Kotlin type, name literal)`.
    pub params: Vec<(String, &'static str, String)>,
    /// Per locale (catalog order): the template literal, if the locale has one.
    pub texts: Vec<Option<String>>,
}

/// What the Kotlin table template prints beyond the shared view.
pub struct KtTable<'a> {
    pub t: &'a TableView,
    /// Per entry (by index): its template, if it has one.
    pub templates: &'a [Option<KtTemplate>],
    /// The template texts by locale, when an entry has a template.
    pub template_texts: Option<ArrayFns>,
    pub codes: ArrayFns,
    pub kinds: ArrayFns,
    pub actors: ArrayFns,
    pub messages: ArrayFns,
    pub solutions: Option<ArrayFns>,
    /// `fromCode` and, for large tables, the chunks it falls through to.
    pub decode: Vec<DecodeFn>,
    /// Branches `(indexes, value)` of `when (index)` for the metadata
    /// properties whose values need more than their literal (a type prefix,
    /// or only `true` listed), one per value (see [`when_branches`]); empty
    /// when no entry has it. Every other field: [`KtTable::branches`].
    pub platforms: Vec<(String, String)>,
    pub retryable: Vec<(String, String)>,
    pub prompts: Vec<(String, String)>,
    /// `(family name, expression of its code from `param`)`.
    pub family_codes: Vec<(String, String)>,
    pub aliases: Vec<KtAlias>,
    /// The branches of every metadata field the entries have
    /// ([`EntryView::fields`]), by field name, for [`KtTable::branches`].
    pub fields: Vec<(&'static str, Vec<(String, String)>)>,
}

impl KtTable<'_> {
    /// The template of the entry at `index`.
    pub fn tpl(&self, index: &usize) -> Option<&KtTemplate> {
        self.templates.get(*index).and_then(Option::as_ref)
    }

    /// The `when (index)` branches of the metadata field `name` (empty when
    /// no entry has it), its values as [`EntryView::lit`] gives them.
    pub fn branches(&self, name: &str) -> &[(String, String)] {
        self.fields
            .iter()
            .find(|(n, _)| *n == name)
            .map_or(&[], |(_, b)| b.as_slice())
    }
}

/// The branches of each metadata field of the table's entries.
fn field_branches(t: &TableView) -> Vec<(&'static str, Vec<(String, String)>)> {
    let mut names: Vec<&'static str> = Vec::new();
    for f in t.entries.iter().flat_map(|e| &e.fields) {
        if !names.contains(&f.name) {
            names.push(f.name);
        }
    }
    names
        .into_iter()
        .map(|n| (n, when_branches(t, |e| e.lit(n).map(str::to_owned))))
        .collect()
}

/// A function name from a prefix and a value name (without backticks).
fn fn_name(prefix: &str, name: &str) -> String {
    format!("{prefix}{}", name.trim_matches('`'))
}

fn array_fn(name: String, ty: &'static str, items: Vec<Item>) -> ArrayFn {
    if items.len() <= CHUNK {
        return ArrayFn {
            name,
            ty,
            parts: vec![],
            items,
        };
    }
    let mut parts = Vec::new();
    let mut it = items.into_iter().peekable();
    while it.peek().is_some() {
        parts.push(ArrayPart {
            name: format!("{name}{}", parts.len()),
            items: it.by_ref().take(CHUNK).collect(),
        });
    }
    ArrayFn {
        name,
        ty,
        parts,
        items: vec![],
    }
}

/// One array function per locale, `item(locale index)` giving the elements.
fn locale_arrays(
    p: &PackageView,
    what: &str,
    ty: &'static str,
    item: impl Fn(usize) -> Vec<Item>,
) -> ArrayFns {
    let mut fns = Vec::new();
    let mut by_locale = Vec::new();
    for l in &p.locales {
        let name = fn_name(what, &l.name);
        fns.push(array_fn(name.clone(), ty, item(l.index)));
        by_locale.push((l.index, name));
    }
    ArrayFns { fns, by_locale }
}

/// The branches of a `when (index)` giving `value(entry)` where it is some:
/// one branch per distinct value (in order of first use) listing the
/// indexes that have it, 16 to a line.
fn when_branches(
    t: &TableView,
    value: impl Fn(&EntryView) -> Option<String>,
) -> Vec<(String, String)> {
    let mut groups: Vec<(String, Vec<usize>)> = Vec::new();
    for e in &t.entries {
        if let Some(v) = value(e) {
            match groups.iter_mut().find(|(g, _)| *g == v) {
                Some((_, ix)) => ix.push(e.index),
                None => groups.push((v, vec![e.index])),
            }
        }
    }
    groups
        .into_iter()
        .map(|(v, ix)| {
            let lines: Vec<String> = ix
                .chunks(16)
                .map(|c| {
                    c.iter()
                        .map(usize::to_string)
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .collect();
            (lines.join(",\n            "), v)
        })
        .collect()
}

/// One item per entry: `lit(entry)`, commented with the entry's code.
fn entry_items(
    t: &TableView,
    comments: &[String],
    lit: impl Fn(&EntryView) -> String,
) -> Vec<Item> {
    t.entries
        .iter()
        .zip(comments)
        .map(|(e, c)| Item {
            lit: lit(e),
            comment: c.clone(),
        })
        .collect()
}

/// `fromCode` and, for large tables, the chunks it falls through to.
fn decode_fns(t: &TableView) -> Vec<DecodeFn> {
    // Listed codes, then old codes.
    let mut branches: Vec<(String, String)> = t
        .units()
        .map(|e| (e.code_lit.clone(), e.name.clone()))
        .collect();
    // An old code gives its current value, keeping the code received.
    branches.extend(
        t.aliases()
            .map(|(e, a)| (a.code_lit.clone(), format!("{}({})", e.name, a.code_lit))),
    );
    let after_codes = if t.has_patterns() {
        "fromPattern".to_owned()
    } else {
        t.unknown_name.clone()
    };
    let chunks: Vec<Vec<(String, String)>> = if branches.is_empty() {
        vec![vec![]]
    } else {
        branches.chunks(CHUNK).map(<[_]>::to_vec).collect()
    };
    let n = chunks.len();
    let chunk_name = |i: usize| {
        if i == 0 {
            "fromCode".to_owned()
        } else {
            format!("fromCode{i}")
        }
    };
    chunks
        .into_iter()
        .enumerate()
        .map(|(i, branches)| DecodeFn {
            name: chunk_name(i),
            branches,
            next: if i + 1 < n {
                chunk_name(i + 1)
            } else {
                after_codes.clone()
            },
        })
        .collect()
}

/// `(family name, expression of its code from `param`)` per pattern.
fn family_codes(o: &KotlinOracle, t: &TableView) -> Vec<(String, String)> {
    let empty = o.string_lit("");
    t.patterns()
        .filter_map(|e| {
            let pat = e.pattern.as_ref()?;
            // `param` alone must still be a String (an integer family's is a Long).
            let param = if pat.int { "param.toString()" } else { "param" };
            let parts: Vec<&str> = [pat.prefix_lit.as_str(), param, pat.suffix_lit.as_str()]
                .into_iter()
                .filter(|x| *x != empty)
                .collect();
            Some((e.name.clone(), parts.join(" + ")))
        })
        .collect()
}

fn kt_table<'a>(
    o: &KotlinOracle,
    p: &PackageView,
    t: &'a TableView,
    templates: &'a [Option<KtTemplate>],
) -> KtTable<'a> {
    let comments: Vec<String> = t.entries.iter().map(|e| e.code_comment.clone()).collect();
    let c = &comments;
    let one = |name: &str, ty: &'static str, lit: &dyn Fn(&EntryView) -> String| ArrayFns {
        fns: vec![array_fn(name.into(), ty, entry_items(t, c, lit))],
        by_locale: vec![],
    };
    let codes = one("codes", "String", &|e| e.code_lit.clone());
    let kinds = one("kinds", "Kind", &|e| format!("Kind.{}", e.kind));
    let actors = one("actors", "Actor", &|e| format!("Actor.{}", e.actor));
    let messages = locale_arrays(p, "messages", "String", |l| {
        entry_items(t, c, |e| e.messages[l].clone())
    });
    let solutions = t.has_solutions.then(|| {
        locale_arrays(p, "solutions", "String?", |l| {
            entry_items(t, c, |e| {
                e.solutions
                    .as_ref()
                    .map_or_else(|| "null".to_owned(), |s| s[l].clone())
            })
        })
    });
    let decode = decode_fns(t);
    let template_texts = templates.iter().any(Option::is_some).then(|| {
        locale_arrays(p, "templates", "String?", |l| {
            entry_items(t, c, |e| {
                templates[e.index]
                    .as_ref()
                    .and_then(|x| x.texts[l].clone())
                    .unwrap_or_else(|| "null".to_owned())
            })
        })
    });
    KtTable {
        t,
        templates,
        template_texts,
        codes,
        kinds,
        actors,
        messages,
        solutions,
        decode,
        platforms: when_branches(t, |e| {
            e.platform.as_ref().map(|pl| format!("Platform.{pl}"))
        }),
        retryable: when_branches(t, |e| e.retryable.then(|| "true".to_owned())),
        prompts: when_branches(t, |e| e.prompt.as_ref().map(|pr| format!("Prompt.{pr}"))),
        family_codes: family_codes(o, t),
        aliases: t
            .aliases()
            .map(|(e, a)| KtAlias {
                name: a.name.clone(),
                code_doc: a.code_doc.clone(),
                retired_in_doc: a.retired_in_doc.clone(),
                target: e.name.clone(),
                replace_with: o.string_lit(&format!("{}.{}", t.type_name, e.name)),
            })
            .collect(),
        fields: field_branches(t),
    }
}

#[derive(Template)]
#[template(path = "kotlin/settings.gradle.kts", escape = "none")]
struct SettingsGradle<'a> {
    p: &'a PackageView,
}

#[derive(Template)]
#[template(path = "kotlin/build.gradle.kts", escape = "none")]
struct BuildGradle<'a> {
    p: &'a PackageView,
}

#[derive(Template)]
#[template(path = "kotlin/CatalogLocale.kt", escape = "none")]
struct CatalogLocaleKt<'a> {
    p: &'a PackageView,
}

#[derive(Template)]
#[template(path = "kotlin/Prompt.kt", escape = "none")]
struct PromptKt<'a> {
    p: &'a PackageView,
    texts: ArrayFns,
}

#[derive(Template)]
#[template(path = "kotlin/Kind.kt", escape = "none")]
struct KindKt<'a> {
    p: &'a PackageView,
    labels: ArrayFns,
}

#[derive(Template)]
#[template(path = "kotlin/CatalogCode.kt", escape = "none")]
struct CatalogCodeKt<'a> {
    p: &'a PackageView,
    /// The type names of the tables with templates.
    templated: Vec<&'a str>,
}

#[derive(Template)]
#[template(path = "kotlin/Table.kt", escape = "none")]
struct TableKt<'a> {
    p: &'a PackageView,
    k: &'a KtTable<'a>,
}

/// The JVM limit on one string constant: 65535 bytes of modified UTF-8
/// (NUL takes 2 bytes, a character beyond the BMP 6).
const MAX_CONSTANT: usize = 65535;

fn modified_utf8_len(s: &str) -> usize {
    s.chars()
        .map(|c| match c as u32 {
            0 => 2,
            1..=0x7f => 1,
            0x80..=0x7ff => 2,
            0x800..=0xffff => 3,
            _ => 6,
        })
        .sum()
}

/// Texts longer than one JVM string constant can hold, at their entry,
/// prompt or kind.
fn too_long(p: &PackageView) -> Vec<Diagnostic> {
    let long = |texts: &[String]| texts.iter().any(|x| modified_utf8_len(x) > MAX_CONSTANT);
    let limit = "longer than the 65535 bytes a Kotlin/JVM string constant can hold";
    let entries = p
        .tables
        .iter()
        .flat_map(|t| &t.entries)
        .filter(|e| long(&e.plain_messages) || e.plain_solutions.as_deref().is_some_and(long));
    let mut diags: Vec<Diagnostic> = entries
        .map(|e| Diagnostic::error(e.loc.clone(), format!("{} has a text {limit}", e.what)))
        .collect();
    for pr in p.prompts.iter().filter(|pr| long(&pr.plain)) {
        diags.push(Diagnostic::error(
            pr.loc.clone(),
            format!("{} has a text {limit}", pr.what),
        ));
    }
    for k in p.kinds.iter().filter(|k| long(&k.plain)) {
        diags.push(Diagnostic::error(
            k.loc.clone(),
            format!("{} has a label {limit}", k.what),
        ));
    }
    diags
}

/// The package, Maven group and artifact when errgen.toml names none.
pub const DEFAULT_PACKAGE: &str = "dev.errgen.codes";
const DEFAULT_GROUP: &str = "dev.errgen";
const DEFAULT_ARTIFACT: &str = "errgen-codes";

/// The package's names (errgen.toml's, else the defaults) and its source folder.
fn package_names(p: &mut PackageView) -> String {
    let n = &p.names;
    let or = |v: &Option<String>, d: &str| v.clone().unwrap_or_else(|| d.to_owned());
    p.pkg = view::PkgNames {
        name: or(&n.kotlin_package, DEFAULT_PACKAGE),
        ident: String::new(),
        group: or(&n.kotlin_group, DEFAULT_GROUP),
        artifact: or(&n.kotlin_artifact, DEFAULT_ARTIFACT),
    };
    format!("src/main/kotlin/{}", p.pkg.name.replace('.', "/"))
}

/// A Kotlin package name errgen.toml may give: dot-separated identifiers,
/// none a hard keyword (a package clause would need backquotes) and none
/// starting with a digit.
pub fn check_package_name(name: &str) -> Result<(), String> {
    for seg in name.split('.') {
        if !super::naming::is_ascii_ident(seg) {
            return Err(format!(
                "{seg:?} is not a package name segment (ASCII letters, digits and `_`, not starting with a digit; segments separated by single dots)"
            ));
        }
        if KEYWORDS.contains(&seg) {
            return Err(format!("{seg:?} is a Kotlin keyword"));
        }
    }
    Ok(())
}

/// A Maven group id: dot-separated words of ASCII letters, digits, `_` and `-`.
pub fn check_group(name: &str) -> Result<(), String> {
    let word = |w: &str| {
        !w.is_empty()
            && w.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    };
    if name.split('.').all(word) {
        Ok(())
    } else {
        Err("a Maven group id is dot-separated words of ASCII letters, digits, `_` and `-`".into())
    }
}

/// A Maven artifact id (also the Gradle project name): ASCII letters,
/// digits, `_`, `-` and `.`, starting with a letter or digit.
pub fn check_artifact(name: &str) -> Result<(), String> {
    let ok = name
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphanumeric())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'));
    if ok {
        Ok(())
    } else {
        Err("a Maven artifact id is ASCII letters, digits, `_`, `-` and `.`, starting with a letter or digit".into())
    }
}

/// The Kotlin target's view: the shared view, each table's file and its
/// entries' templates.
pub struct KotlinView {
    p: PackageView,
    /// The package's source folder (`src/main/kotlin/dev/errgen/codes`).
    dir: String,
    table_files: Vec<String>,
    templates: Vec<Vec<Option<KtTemplate>>>,
}

/// The templates of every table's entries (in the view's order, which is the
/// model's), with their parameters named for Kotlin.
fn templates(o: &KotlinOracle, m: &Model) -> Vec<Vec<Option<KtTemplate>>> {
    use crate::model::ParamType;
    m.tables
        .iter()
        .map(|t| {
            t.entries
                .iter()
                .map(|e| {
                    let tpl = e.template.as_ref()?;
                    let ty = |p: &crate::model::Param| match p.ty {
                        ParamType::Int => "Long",
                        ParamType::String => "String",
                    };
                    Some(KtTemplate {
                        pattern_param: e
                            .params
                            .iter()
                            .find(|p| p.from_pattern)
                            .map(|p| o.string_lit(&p.name)),
                        params: e
                            .params
                            .iter()
                            .filter(|p| !p.from_pattern)
                            .map(|p| {
                                let name = fill_arg(&p.name);
                                (name, ty(p), o.string_lit(&p.name))
                            })
                            .collect(),
                        texts: m
                            .locales
                            .iter()
                            .map(|l| tpl.get(l).map(|x| o.string_lit(x)))
                            .collect(),
                    })
                })
                .collect()
        })
        .collect()
}

/// Builds the Kotlin view: the one place this target reads the model.
/// The argument of a typed `message` that takes the parameter `name`: a
/// keyword in backticks, `locale` (the first argument) as `localeValue`.
fn fill_arg(name: &str) -> String {
    if name == "locale" {
        "localeValue".to_owned()
    } else {
        KotlinOracle.ident(name)
    }
}

pub fn view(m: &Model) -> Result<KotlinView, Vec<Diagnostic>> {
    let mut reg = Registry::new("Kotlin", &[]);
    let mut p = view::build(&KotlinOracle, m, &RESERVED, &mut reg);
    let dir = package_names(&mut p);
    reg.own_files(&["settings.gradle.kts", "build.gradle.kts"]);
    let own = ["CatalogLocale", "Prompt", "Kind", "CatalogCode"].map(|f| format!("{dir}/{f}.kt"));
    reg.own_files(&own);
    reg.own_files(&super::package::OWN);
    reg.own_files(&[format!("{dir}/CatalogVersion.kt")]);
    let table_files = view::table_files(&p, &mut reg, |t| {
        format!("{dir}/{}.kt", t.type_name.trim_matches('`'))
    });
    // Two parameters that become one argument (`locale` and `localeValue`).
    super::naming::claim_model_params(
        &mut reg,
        m,
        "the arguments of message",
        &["locale"],
        "the locale argument",
        fill_arg,
    );
    let mut diags = reg.finish().err().unwrap_or_default();
    diags.extend(too_long(&p));
    if diags.is_empty() {
        let templates = templates(&KotlinOracle, m);
        Ok(KotlinView {
            p,
            dir,
            table_files,
            templates,
        })
    } else {
        Err(diags)
    }
}

/// Prints the view.
pub fn files(v: &KotlinView) -> GenResult {
    let (o, p, dir) = (KotlinOracle, &v.p, &v.dir);
    let prompt_texts = locale_arrays(p, "texts", "String", |l| {
        let item = |pr: &view::PromptView| Item {
            lit: pr.texts[l].clone(),
            comment: pr.name.clone(),
        };
        p.prompts.iter().map(item).collect()
    });
    let kind_labels = locale_arrays(p, "labels", "String", |l| {
        let item = |k: &view::KindView| Item {
            lit: k.labels[l].clone(),
            comment: k.name.clone(),
        };
        p.kinds.iter().map(item).collect()
    });
    let texts = prompt_texts;
    let labels = kind_labels;
    let templated: Vec<&str> = p
        .tables
        .iter()
        .zip(&v.templates)
        .filter(|(_, t)| t.iter().any(Option::is_some))
        .map(|(t, _)| t.type_name.as_str())
        .collect();
    let mut files = vec![
        render(&SettingsGradle { p }, "settings.gradle.kts")?,
        render(&BuildGradle { p }, "build.gradle.kts")?,
        render(&CatalogLocaleKt { p }, &format!("{dir}/CatalogLocale.kt"))?,
        render(&PromptKt { p, texts }, &format!("{dir}/Prompt.kt"))?,
        render(&KindKt { p, labels }, &format!("{dir}/Kind.kt"))?,
        render(
            &CatalogCodeKt { p, templated },
            &format!("{dir}/CatalogCode.kt"),
        )?,
    ];
    files.extend(super::package::files(p, "kotlin")?);
    let version = super::package::KotlinVersion { p };
    files.push(render(&version, &format!("{dir}/CatalogVersion.kt"))?);
    for ((t, file), tpls) in p.tables.iter().zip(&v.table_files).zip(&v.templates) {
        let k = kt_table(&o, p, t, tpls);
        files.push(render(&TableKt { p, k: &k }, file)?);
    }
    Ok(files)
}

/// The package's public surface, in this target's names (see [`crate::api`]).
pub fn surface(v: &KotlinView) -> crate::api::Surface {
    let names = super::surface::Names {
        sep: ".",
        int: "Long",
        string: "String",
        locale: "CatalogLocale",
        prompt: "Prompt",
        kind: "Kind",
        actor: "Actor",
        members: super::surface::KOTLIN_MEMBERS,
    };
    super::surface::surface(&v.p, &names)
}

/// See [`view::relabel`].
pub fn relabel(v: &mut KotlinView, m: &Model) {
    view::relabel(&KotlinOracle, &mut v.p, m);
}

pub fn generate(m: &Model) -> GenResult {
    files(&view(m)?)
}
