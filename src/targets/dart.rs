//! The Dart target: a pub package with no dependencies. Each table is a
//! Dart 3 `sealed class` whose subtypes are an enhanced `enum` of the listed
//! codes, one `final class` per code family (pattern) holding its parameter,
//! and a `final class` for unlisted codes holding the raw code, so a `switch`
//! over a table's type is exhaustive and decoding never loses a code. Its
//! oracle follows dart.dev, "Keywords" (reserved words, built-in identifiers,
//! contextual keywords and the async-limited `await`/`yield`). The locale
//! type is `CatalogLocale`, so that it never clashes with `dart:ui`'s
//! `Locale`, which Flutter apps import everywhere.

use super::naming::{Oracle, camel, override_words, pascal, words};
use super::view::{self, EntryView, PackageView, PatternView, Reserved, TableView};
use super::{GenResult, render};
use crate::diag::{Diagnostic, Loc};
use crate::model::{Entry, Model};
use askama::Template;
use std::collections::BTreeMap;

pub struct DartOracle;

/// Every word of the table on dart.dev, "Keywords" (Dart 3): reserved words,
/// built-in identifiers (superscript 2), contextual keywords (3) and the
/// words reserved in async/generator bodies (1). All are escaped, even those
/// the grammar would allow in some places, so no generated name depends on
/// context.
const KEYWORDS: &[&str] = &[
    "abstract",
    "as",
    "assert",
    "async",
    "await",
    "base",
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "covariant",
    "default",
    "deferred",
    "do",
    "dynamic",
    "else",
    "enum",
    "export",
    "extends",
    "extension",
    "external",
    "factory",
    "false",
    "final",
    "finally",
    "for",
    "Function",
    "get",
    "hide",
    "if",
    "implements",
    "import",
    "in",
    "interface",
    "is",
    "late",
    "library",
    "mixin",
    "new",
    "null",
    "of",
    "on",
    "operator",
    "part",
    "required",
    "rethrow",
    "return",
    "sealed",
    "set",
    "show",
    "static",
    "super",
    "switch",
    "sync",
    "this",
    "throw",
    "true",
    "try",
    "type",
    "typedef",
    "var",
    "void",
    "when",
    "while",
    "with",
    "yield",
];

impl Oracle for DartOracle {
    fn language(&self) -> &'static str {
        "Dart"
    }
    fn reserved(&self) -> &'static [&'static str] {
        KEYWORDS
    }
    fn escape_reserved(&self, name: &str) -> String {
        // Dart has no raw identifiers; a leading `_` would make the name
        // library-private, so the escape is a trailing `_` (`class_`).
        format!("{name}_")
    }
    fn value_name(&self, words: &str) -> String {
        self.ident(&camel(words))
    }
    /// Deprecated alias constants live next to the values (`legacyOldOne`):
    /// the prefix keeps an alias that equals its own entry's code from
    /// taking the value's name.
    fn alias_name(&self, words: &str) -> String {
        self.ident(&camel(&format!("legacy_{words}")))
    }
    fn string_lit(&self, s: &str) -> String {
        dart_string(s)
    }
    fn doc(&self, s: &str) -> String {
        dart_doc(s)
    }
}

/// A single-quoted Dart string literal giving `s` back exactly: `\`, `'`
/// and `$` (interpolation) are escaped, line breaks, tabs, other controls and
/// invisible characters are written as escapes.
pub fn dart_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('\'');
    for c in s.chars() {
        match c {
            '\'' => out.push_str("\\'"),
            '\\' => out.push_str("\\\\"),
            '$' => out.push_str("\\$"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() || super::naming::is_invisible(c) => {
                out.push_str(&format!("\\u{{{:x}}}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// One line of dartdoc text: Markdown-escaped like every target's docs, and
/// also `&` (entities) and `{@` (dartdoc directives such as `{@template}`).
pub fn dart_doc(s: &str) -> String {
    super::naming::markdown_doc(s)
        .replace('&', "\\&")
        .replace("{@", "{\\@")
}

/// Names the generated code itself declares or uses, per scope.
const RESERVED: Reserved = Reserved {
    // Top-level types of the package and the dart:core types the generated
    // code names (a table type with one of these names would shadow it), and
    // `Locale`, which a Flutter app imports from dart:ui next to this package.
    types: &[
        "CatalogLocale",
        "Locale",
        "Platform",
        "Prompt",
        "Kind",
        "Actor",
        "CatalogCode",
        "Object",
        "String",
        "List",
        "Map",
        "Set",
        "Iterable",
        "Exception",
        "Error",
        "Enum",
        "Deprecated",
        "Null",
        "Never",
        "Record",
        "Type",
        "bool",
        "int",
        "double",
        "num",
    ],
    // Members of every table's enum (its own and `Enum`'s), and the names of
    // the classes derived from value names (`<Type>Unknown`, `<Type>Code`,
    // `<Type>Entry`).
    values: &[
        "unknown",
        "code",
        "entry",
        "table",
        "isKnown",
        "message",
        "solution",
        "billed",
        "platform",
        "retiredIn",
        "kind",
        "actor",
        "retryable",
        "prompt",
        "index",
        "name",
        "values",
        "hashCode",
        "runtimeType",
        "toString",
        "noSuchMethod",
    ],
    // Members of the Prompt and Kind enums (both are enhanced enums).
    prompts: ENUM_MEMBERS_PROMPT_KIND,
    kinds: ENUM_MEMBERS_PROMPT_KIND,
};

const ENUM_MEMBERS_PROMPT_KIND: &[&str] = &[
    "key",
    "text",
    "fromKey",
    "id",
    "label",
    "fromId",
    "all",
    "index",
    "name",
    "values",
    "hashCode",
    "runtimeType",
    "toString",
    "noSuchMethod",
];

/// Members of the CatalogLocale enum, which no locale's name may take.
const LOCALE_MEMBERS: &[&str] = &[
    "tag",
    "all",
    "fallback",
    "fromTag",
    "negotiate",
    "negotiatePreferred",
    "index",
    "name",
    "values",
    "hashCode",
    "runtimeType",
    "toString",
    "noSuchMethod",
];

/// One locale's texts of a table (or of the prompts or kinds), as literals.
struct LocaleTexts<'a> {
    /// The list's name suffix (`Zh` in `_messagesZh`).
    suffix: String,
    tag: String,
    texts: Vec<&'a str>,
    /// Solutions (`None` prints `null`); empty when the table has none.
    solutions: Vec<Option<&'a str>>,
}

struct PatternClass<'a> {
    e: &'a EntryView,
    pat: &'a PatternView,
    class: String,
}

/// A table as the Dart templates print it.
struct DartTable<'a> {
    t: &'a TableView,
    /// `src/<file>.dart`
    file: String,
    /// The enum of listed codes, e.g. `KeywordsCode`.
    enum_name: String,
    /// The const entry class, e.g. `KeywordsEntry`.
    entry_class: String,
    /// The class of unlisted codes, e.g. `KeywordsUnknown`.
    unknown_class: String,
    /// The private mixin with the members every value shares.
    mixin_name: String,
    patterns: Vec<PatternClass<'a>>,
    /// Raw code literal -> enum value name, codes then aliases, each code once.
    lookup: Vec<(&'a str, &'a str)>,
    texts: Vec<LocaleTexts<'a>>,
    has_units: bool,
}

#[derive(Template)]
#[template(path = "dart/pubspec.yaml", escape = "none")]
struct PubspecYaml<'a> {
    p: &'a PackageView,
}

#[derive(Template)]
#[template(path = "dart/errgen_codes.dart", escape = "none")]
struct LibDart<'a> {
    p: &'a PackageView,
    catalog_doc: String,
    /// (path, show list or empty) sorted by path.
    exports: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "dart/catalog_code.dart", escape = "none")]
struct CatalogCodeDart<'a> {
    p: &'a PackageView,
    tables: &'a [DartTable<'a>],
    imports: Vec<String>,
}

#[derive(Template)]
#[template(path = "dart/locale.dart", escape = "none")]
struct LocaleDart<'a> {
    p: &'a PackageView,
}

#[derive(Template)]
#[template(path = "dart/prompt.dart", escape = "none")]
struct PromptDart<'a> {
    p: &'a PackageView,
    texts: Vec<LocaleTexts<'a>>,
}

#[derive(Template)]
#[template(path = "dart/kind.dart", escape = "none")]
struct KindDart<'a> {
    p: &'a PackageView,
    texts: Vec<LocaleTexts<'a>>,
}

#[derive(Template)]
#[template(path = "dart/table.dart", escape = "none")]
struct TableDart<'a> {
    p: &'a PackageView,
    d: &'a DartTable<'a>,
}

/// The words of an entry's name, as the shared view takes them.
fn entry_words(e: &Entry) -> String {
    if let Some(i) = &e.ident {
        return override_words(i);
    }
    match &e.pattern {
        Some((p, _)) => words(&format!("{}{}", p.prefix, p.suffix)),
        None => words(&e.code),
    }
}

/// `Zh` for `zh`: a locale's part of a private list name.
fn locale_suffix(tag: &str) -> String {
    pascal(&words(tag))
}

fn per_locale<'a>(
    p: &'a PackageView,
    texts: impl Fn(usize) -> Vec<&'a str>,
    solutions: impl Fn(usize) -> Vec<Option<&'a str>>,
) -> Vec<LocaleTexts<'a>> {
    p.locales
        .iter()
        .map(|l| LocaleTexts {
            suffix: locale_suffix(&l.tag),
            tag: l.tag.clone(),
            texts: texts(l.index),
            solutions: solutions(l.index),
        })
        .collect()
}

fn dart_table<'a>(p: &'a PackageView, t: &'a TableView, mt: &crate::model::Table) -> DartTable<'a> {
    let ty = &t.type_name;
    let patterns = t
        .patterns()
        .filter_map(|e| {
            let pat = e.pattern.as_ref()?;
            Some(PatternClass {
                e,
                pat,
                class: format!("{ty}{}", pascal(&entry_words(&mt.entries[e.index]))),
            })
        })
        .collect();
    let mut lookup: Vec<(&str, &str)> = Vec::new();
    for e in t.units() {
        lookup.push((&e.code_lit, &e.name));
    }
    for (e, a) in t.aliases() {
        // An alias may repeat its own entry's code; a const map may not.
        if !lookup.iter().any(|(c, _)| *c == a.code_lit) {
            lookup.push((&a.code_lit, &e.name));
        }
    }
    let texts = per_locale(
        p,
        |l| t.entries.iter().map(|e| e.messages[l].as_str()).collect(),
        |l| {
            if t.has_solutions {
                t.entries
                    .iter()
                    .map(|e| e.solutions.as_ref().map(|s| s[l].as_str()))
                    .collect()
            } else {
                vec![]
            }
        },
    );
    DartTable {
        t,
        file: t.id.clone(),
        enum_name: format!("{ty}Code"),
        entry_class: format!("{ty}Entry"),
        unknown_class: format!("{ty}Unknown"),
        mixin_name: format!("_{ty}Members"),
        patterns,
        lookup,
        texts,
        has_units: t.units().next().is_some(),
    }
}

/// Checks what the shared view cannot: the names of the classes derived from
/// table types (`<Type>Code`, `<Type>Entry`, `<Type>Unknown`, one per
/// pattern) against each other and the package's own names, and locale
/// names against the CatalogLocale enum's members.
fn check_names(m: &Model, p: &PackageView, tables: &[DartTable]) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    for r in RESERVED.types {
        seen.insert((*r).to_owned(), "the generated code itself".to_owned());
    }
    for (d, mt) in tables.iter().zip(&m.tables) {
        seen.insert(d.t.type_name.clone(), format!("table {:?}", mt.id));
    }
    for (d, mt) in tables.iter().zip(&m.tables) {
        let mut derived = vec![
            (d.enum_name.clone(), format!("table {:?}", mt.id)),
            (d.entry_class.clone(), format!("table {:?}", mt.id)),
            (d.unknown_class.clone(), format!("table {:?}", mt.id)),
        ];
        for pc in &d.patterns {
            derived.push((
                pc.class.clone(),
                format!(
                    "pattern {:?} of table {:?}",
                    mt.entries[pc.e.index].code, mt.id
                ),
            ));
        }
        for (name, item) in derived {
            if let Some(other) = seen.get(&name) {
                diags.push(Diagnostic::error(
                    mt.loc.clone(),
                    format!(
                        "{item} declares the Dart class `{name}`, which {other} already takes; give the table or entry another id or an `ident:` override"
                    ),
                ));
            } else {
                seen.insert(name, item);
            }
        }
    }
    let mut locales: BTreeMap<&str, &str> = BTreeMap::new();
    for l in &p.locales {
        let loc = Loc::file_start(std::path::PathBuf::from(format!(
            "{}/catalog.yaml",
            m.catalog
        )));
        if LOCALE_MEMBERS.contains(&l.name.as_str()) {
            diags.push(Diagnostic::error(
                loc,
                format!(
                    "locale {:?} becomes the Dart identifier `{}` in the CatalogLocale enum, which the generated code itself uses",
                    l.tag, l.name
                ),
            ));
        } else if let Some(other) = locales.insert(&l.name, &l.tag) {
            diags.push(Diagnostic::error(
                loc,
                format!(
                    "locales {other:?} and {:?} both become the Dart identifier `{}`",
                    l.tag, l.name
                ),
            ));
        }
    }
    diags
}

pub fn generate(m: &Model) -> GenResult {
    let p = view::build(&DartOracle, m, &RESERVED)?;
    let tables: Vec<DartTable> = p
        .tables
        .iter()
        .zip(&m.tables)
        .map(|(t, mt)| dart_table(&p, t, mt))
        .collect();
    let diags = check_names(m, &p, &tables);
    if !diags.is_empty() {
        return Err(diags);
    }
    let mut exports: Vec<(String, String)> = vec![
        (
            "src/catalog_code.dart".into(),
            "CatalogCode, Platform, decode, tableIds".into(),
        ),
        ("src/kind.dart".into(), "Actor, Kind".into()),
        ("src/locale.dart".into(), "CatalogLocale".into()),
        ("src/prompt.dart".into(), "Prompt".into()),
    ];
    exports.extend(
        tables
            .iter()
            .map(|d| (format!("src/{}.dart", d.file), String::new())),
    );
    exports.sort();
    let mut imports: Vec<String> = tables.iter().map(|d| format!("{}.dart", d.file)).collect();
    imports.extend(["kind.dart", "locale.dart", "prompt.dart"].map(String::from));
    imports.sort();
    let prompt_texts = per_locale(
        &p,
        |l| p.prompts.iter().map(|pr| pr.texts[l].as_str()).collect(),
        |_| vec![],
    );
    let kind_texts = per_locale(
        &p,
        |l| p.kinds.iter().map(|k| k.labels[l].as_str()).collect(),
        |_| vec![],
    );
    let mut files = vec![
        render(&PubspecYaml { p: &p }, "pubspec.yaml")?,
        render(
            &LibDart {
                p: &p,
                catalog_doc: dart_doc(&m.catalog),
                exports,
            },
            "lib/errgen_codes.dart",
        )?,
        render(
            &CatalogCodeDart {
                p: &p,
                tables: &tables,
                imports,
            },
            "lib/src/catalog_code.dart",
        )?,
        render(&LocaleDart { p: &p }, "lib/src/locale.dart")?,
        render(
            &PromptDart {
                p: &p,
                texts: prompt_texts,
            },
            "lib/src/prompt.dart",
        )?,
        render(
            &KindDart {
                p: &p,
                texts: kind_texts,
            },
            "lib/src/kind.dart",
        )?,
    ];
    for d in &tables {
        files.push(render(
            &TableDart { p: &p, d },
            &format!("lib/src/{}.dart", d.file),
        )?);
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_come_back_exactly() {
        assert_eq!(dart_string("a'b\"c"), r#"'a\'b"c'"#);
        assert_eq!(dart_string("$x ${y}"), r"'\$x \${y}'");
        assert_eq!(dart_string("\\n\n\r\t"), r"'\\n\n\r\t'");
        assert_eq!(dart_string("\u{7}\u{202e}"), r"'\u{7}\u{202e}'");
    }

    #[test]
    fn reserved_words_get_a_trailing_underscore() {
        let o = DartOracle;
        assert_eq!(o.value_name("class"), "class_");
        assert_eq!(o.value_name("operator"), "operator_");
        assert_eq!(o.value_name("self"), "self");
        assert_eq!(o.alias_name("old_one"), "legacyOldOne");
        assert_eq!(o.type_name("function"), "Function_");
    }

    fn hostile() -> Model {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile");
        crate::check(&root)
            .model
            .expect("the hostile fixture is valid")
    }

    fn errors(m: &Model) -> String {
        match generate(m) {
            Ok(_) => String::new(),
            Err(d) => d
                .iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }

    #[test]
    fn the_hostile_fixture_generates() {
        assert_eq!(errors(&hostile()), "");
    }

    #[test]
    fn names_the_generated_code_uses_are_refused() {
        // An enum member's name (Enum.name) as a value.
        let mut m = hostile();
        let t = m.tables.iter_mut().find(|t| t.id == "keywords").unwrap();
        t.entries.iter_mut().find(|e| e.code == "fun").unwrap().code = "name".into();
        let e = errors(&m);
        assert!(
            e.contains("entry \"name\" becomes the Dart identifier `name`"),
            "{e}"
        );
        // A table whose type is another table's enum of listed codes.
        let mut m = hostile();
        let mut twin = m
            .tables
            .iter()
            .find(|t| t.id == "keywords")
            .unwrap()
            .clone();
        twin.id = "keywords_code".into();
        m.tables.push(twin);
        let e = errors(&m);
        assert!(
            e.contains("table \"keywords\" declares the Dart class `KeywordsCode`, which table \"keywords_code\""),
            "{e}"
        );
        // A locale named like a member of the CatalogLocale enum.
        let mut m = hostile();
        m.locales.push("all".into());
        let e = errors(&m);
        assert!(
            e.contains("locale \"all\" becomes the Dart identifier `all`"),
            "{e}"
        );
    }

    #[test]
    fn docs_cannot_run_directives_or_entities() {
        assert_eq!(
            dart_doc("a */ {@template x} &amp;"),
            r"a \*\/ {\@template x} \&amp;"
        );
    }
}
