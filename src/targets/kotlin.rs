//! The Kotlin target: a Gradle Kotlin/JVM library module with one sealed
//! class per table (`data object` per code, `data class` per pattern family
//! and for unknown codes), so `when` over a table is exhaustive. The public
//! API uses only the Kotlin standard library (no `java.*`), so Android and
//! Kotlin Multiplatform common code can use it. The locale type is
//! `CatalogLocale`, as in Swift, so that it never clashes with the
//! platform's `Locale`, which Android and JVM code imports everywhere. Every
//! value's `toString()` is `code: message` in the fallback locale, like
//! Rust's `Display` (final in the sealed class, so data objects and data
//! classes do not generate their own).
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

use super::naming::{Oracle, pascal, shouty};
use super::naming::{is_invisible, markdown_doc};
use super::view::{self, EntryView, PackageView, Reserved, TableView};
use super::{GenResult, render};
use crate::diag::{Diagnostic, Loc};
use crate::model::{Model, Texts};
use askama::Template;
use std::collections::BTreeMap;

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
        let mut out = String::with_capacity(s.len() + 2);
        out.push('"');
        for c in s.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '$' => out.push_str("\\$"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                c if c.is_control() || is_invisible(c) => {
                    // Every control and invisible character is in the BMP.
                    out.push_str(&format!("\\u{:04X}", c as u32))
                }
                c => out.push(c),
            }
        }
        out.push('"');
        out
    }
    fn doc(&self, s: &str) -> String {
        kdoc(s)
    }
}

impl KotlinOracle {
    /// `s` as the text of a `//` comment: on one line, with nothing
    /// invisible (a Kotlin line comment ends only at CR or LF).
    pub fn line_comment(&self, s: &str) -> String {
        s.chars()
            .map(|c| {
                if c.is_control() || is_invisible(c) {
                    ' '
                } else {
                    c
                }
            })
            .collect::<String>()
            .trim()
            .to_owned()
    }
}

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
    // Enum entries are not types; only the companion is in their way.
    prompts: &["Companion"],
    kinds: &["Companion"],
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

/// What the Kotlin table template prints beyond the shared view.
pub struct KtTable<'a> {
    pub t: &'a TableView,
    pub codes: ArrayFns,
    pub kinds: ArrayFns,
    pub actors: ArrayFns,
    pub messages: ArrayFns,
    pub solutions: Option<ArrayFns>,
    /// `fromCode` and, for large tables, the chunks it falls through to.
    pub decode: Vec<DecodeFn>,
    /// Branches `(indexes, value)` of `when (index)` for each metadata
    /// property, one per value (see [`when_branches`]); empty when no entry has it.
    pub billed: Vec<(String, String)>,
    pub platforms: Vec<(String, String)>,
    pub retired: Vec<(String, String)>,
    pub retryable: Vec<(String, String)>,
    pub prompts: Vec<(String, String)>,
    /// `(family name, expression of its code from `param`)`.
    pub family_codes: Vec<(String, String)>,
    pub aliases: Vec<KtAlias>,
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

fn kt_table<'a>(
    o: &KotlinOracle,
    p: &PackageView,
    t: &'a TableView,
    mt: &crate::model::Table,
) -> KtTable<'a> {
    let comments: Vec<String> = mt.entries.iter().map(|e| o.line_comment(&e.code)).collect();
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
    // Listed codes, then old codes.
    let mut branches: Vec<(String, String)> = t
        .units()
        .map(|e| (e.code_lit.clone(), e.name.clone()))
        .collect();
    branches.extend(
        t.aliases()
            .map(|(e, a)| (a.code_lit.clone(), e.name.clone())),
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
    let decode = chunks
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
        .collect();
    KtTable {
        t,
        codes,
        kinds,
        actors,
        messages,
        solutions,
        decode,
        billed: when_branches(t, |e| e.billed.map(|b| b.to_string())),
        platforms: when_branches(t, |e| {
            e.platform.as_ref().map(|pl| format!("Platform.{pl}"))
        }),
        retired: when_branches(t, |e| e.retired_in_lit.clone()),
        retryable: when_branches(t, |e| e.retryable.then(|| "true".to_owned())),
        prompts: when_branches(t, |e| e.prompt.as_ref().map(|pr| format!("Prompt.{pr}"))),
        family_codes: t
            .patterns()
            .filter_map(|e| {
                let pat = e.pattern.as_ref()?;
                let empty = o.string_lit("");
                let parts: Vec<&str> = [pat.prefix_lit.as_str(), "param", pat.suffix_lit.as_str()]
                    .into_iter()
                    .filter(|x| *x != empty)
                    .collect();
                Some((e.name.clone(), parts.join(" + ")))
            })
            .collect(),
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

/// Finds class names that are equal ignoring case within one scope: the
/// class files of names that differ only in case overwrite each other on
/// case-insensitive file systems (macOS, Windows), and a value named like
/// its own table shadows the table inside it. (Exact repeats among the
/// catalog's names were already reported by the shared view.)
struct CaseScope {
    what: String,
    /// Lower-cased name -> (name, what it names, where, if in the catalog).
    seen: BTreeMap<String, (String, String, Option<Loc>)>,
    diagnostics: Vec<Diagnostic>,
}

impl CaseScope {
    fn new(what: String) -> Self {
        CaseScope {
            what,
            seen: BTreeMap::new(),
            diagnostics: vec![],
        }
    }

    /// A name the generated code itself gives a class.
    fn generated(&mut self, name: &str, item: &str) {
        self.seen.insert(
            name.to_ascii_lowercase(),
            (name.to_owned(), item.to_owned(), None),
        );
    }

    /// Registers `name` for `item`; `fix` says how to rename it.
    fn claim(&mut self, name: &str, item: &str, loc: &Loc, fix: &str) {
        let key = name.trim_matches('`').to_ascii_lowercase();
        if let Some((other_name, other, other_loc)) = self.seen.get(&key) {
            let why = if other_name == name {
                format!("which is already the name of {other}")
            } else {
                format!(
                    "which clashes with `{other_name}` ({other}): JVM class names may not differ only in case"
                )
            };
            let d = Diagnostic::error(
                loc.clone(),
                format!(
                    "{item} becomes the Kotlin class `{name}` in {}, {why}; {fix}",
                    self.what
                ),
            );
            self.diagnostics.push(match other_loc {
                Some(l) => d.with_related(other.clone(), l.clone()),
                None => d,
            });
        } else {
            self.seen
                .insert(key, (name.to_owned(), item.to_owned(), Some(loc.clone())));
        }
    }
}

/// Problems only Kotlin/JVM has, which the shared view cannot see: texts
/// too long for one JVM string constant, and class-name clashes (see
/// [`CaseScope`]).
fn jvm_problems(m: &Model, p: &PackageView) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    let too_long = |t: &Texts| {
        t.0.values()
            .any(|x| modified_utf8_len(&x.text) > MAX_CONSTANT)
    };
    let limit = "longer than the 65535 bytes a Kotlin/JVM string constant can hold";
    for t in &m.tables {
        for e in &t.entries {
            if too_long(&e.message) || e.solution.as_ref().is_some_and(too_long) {
                diags.push(Diagnostic::error(
                    e.loc.clone(),
                    format!("entry {:?} has a text {limit}", e.code),
                ));
            }
        }
    }
    for pr in &m.prompts {
        if too_long(&pr.text) {
            diags.push(Diagnostic::error(
                pr.loc.clone(),
                format!("prompt {:?} has a text {limit}", pr.key),
            ));
        }
    }
    for k in &m.kinds {
        if too_long(&k.label) {
            diags.push(Diagnostic::error(
                k.loc.clone(),
                format!("kind {:?} has a label {limit}", k.id),
            ));
        }
    }
    let mut types = CaseScope::new("the package".into());
    for name in RESERVED_TYPES {
        types.generated(name, "a name the generated code uses");
    }
    for (t, tv) in m.tables.iter().zip(&p.tables) {
        types.claim(
            &tv.type_name,
            &format!("table {:?}", t.id),
            &t.loc,
            "give the table another id",
        );
        let mut nested = CaseScope::new(format!("type {}", tv.type_name));
        nested.generated(&tv.type_name, "the table's own type");
        nested.generated(&tv.unknown_name, "the value of unknown codes");
        nested.generated("Companion", "the companion object");
        for (e, ev) in t.entries.iter().zip(&tv.entries) {
            nested.claim(
                &ev.name,
                &format!("entry {:?}", e.code),
                &e.loc,
                "give it an `ident:` override",
            );
        }
        diags.extend(nested.diagnostics);
    }
    diags.extend(types.diagnostics);
    diags
}

pub fn generate(m: &Model) -> GenResult {
    let o = KotlinOracle;
    let p = view::build(&o, m, &RESERVED)?;
    let problems = jvm_problems(m, &p);
    if !problems.is_empty() {
        return Err(problems);
    }
    let dir = "src/main/kotlin/dev/errgen/codes";
    let prompt_texts = locale_arrays(&p, "texts", "String", |l| {
        p.prompts
            .iter()
            .map(|pr| Item {
                lit: pr.texts[l].clone(),
                comment: pr.name.clone(),
            })
            .collect()
    });
    let kind_labels = locale_arrays(&p, "labels", "String", |l| {
        p.kinds
            .iter()
            .map(|k| Item {
                lit: k.labels[l].clone(),
                comment: k.name.clone(),
            })
            .collect()
    });
    let mut files = vec![
        render(&SettingsGradle { p: &p }, "settings.gradle.kts")?,
        render(&BuildGradle { p: &p }, "build.gradle.kts")?,
        render(
            &CatalogLocaleKt { p: &p },
            &format!("{dir}/CatalogLocale.kt"),
        )?,
        render(
            &PromptKt {
                p: &p,
                texts: prompt_texts,
            },
            &format!("{dir}/Prompt.kt"),
        )?,
        render(
            &KindKt {
                p: &p,
                labels: kind_labels,
            },
            &format!("{dir}/Kind.kt"),
        )?,
        render(&CatalogCodeKt { p: &p }, &format!("{dir}/CatalogCode.kt"))?,
    ];
    for (t, mt) in p.tables.iter().zip(&m.tables) {
        let k = kt_table(&o, &p, t, mt);
        files.push(render(
            &TableKt { p: &p, k: &k },
            &format!("{dir}/{}.kt", t.type_name.trim_matches('`')),
        )?);
    }
    Ok(files)
}
