//! The Swift target: a Swift package (`ErrgenCodes`) with one enum per
//! table. Its oracle follows The Swift Programming Language, "Lexical
//! Structure > Keywords and Punctuation".
//!
//! Names: enum cases and members are lowerCamelCase, types UpperCamelCase.
//! A reserved word is written with backticks (`` `class` ``), except the
//! names that stay special even with backticks after a dot (`X.self`,
//! `X.Self`, `X.Type`, `X.init`, `X.Protocol`, and the type name `Any`),
//! which get a trailing `_` (`self_`). The locale type is `CatalogLocale`,
//! so that it never shadows `Foundation.Locale`.

use super::naming::{Fold, Oracle, Registry, StringRules, braced_unicode};
use super::naming::{camel, markdown_doc, pascal, string_literal};
use super::view::{self, AliasView, EntryView, PackageView, Reserved, TableView};
use super::{GenResult, render};
use crate::diag::Diagnostic;
use crate::model::Model;
use askama::Template;

pub struct SwiftOracle;

/// The Swift Programming Language (Swift 6), "Lexical Structure", "Keywords
/// and Punctuation": keywords used in declarations, in statements, in
/// expressions and types, in patterns (`_`), and the keywords reserved in
/// particular contexts (escaped too: harmless, and it keeps a code such as
/// `optional` or `some` from reading like syntax). `#`-keywords cannot be
/// identifiers at all, so they are not listed.
const KEYWORDS: &[&str] = &[
    // Declarations.
    "associatedtype",
    "borrowing",
    "class",
    "consuming",
    "deinit",
    "enum",
    "extension",
    "fileprivate",
    "func",
    "import",
    "init",
    "inout",
    "internal",
    "let",
    "nonisolated",
    "open",
    "operator",
    "private",
    "precedencegroup",
    "protocol",
    "public",
    "rethrows",
    "static",
    "struct",
    "subscript",
    "typealias",
    "var",
    // Statements.
    "break",
    "case",
    "catch",
    "continue",
    "default",
    "defer",
    "do",
    "else",
    "fallthrough",
    "for",
    "guard",
    "if",
    "in",
    "repeat",
    "return",
    "throw",
    "switch",
    "where",
    "while",
    // Expressions and types.
    "Any",
    "as",
    "await",
    "false",
    "is",
    "nil",
    "self",
    "Self",
    "super",
    "throws",
    "true",
    "try",
    // Patterns.
    "_",
    // Reserved in particular contexts.
    "associativity",
    "async",
    "convenience",
    "didSet",
    "dynamic",
    "final",
    "get",
    "indirect",
    "infix",
    "lazy",
    "left",
    "mutating",
    "none",
    "nonmutating",
    "optional",
    "override",
    "package",
    "postfix",
    "precedence",
    "prefix",
    "Protocol",
    "required",
    "right",
    "set",
    "some",
    "Type",
    "unowned",
    "weak",
    "willSet",
];

/// Reserved words that backticks do not make usable everywhere: after a dot
/// they still mean the metatype, the initialiser or `Any`.
const NO_BACKTICKS: &[&str] = &["self", "Self", "Type", "init", "Protocol", "Any", "_"];

impl Oracle for SwiftOracle {
    fn language(&self) -> &'static str {
        "Swift"
    }
    fn reserved(&self) -> &'static [&'static str] {
        KEYWORDS
    }
    fn escape_reserved(&self, name: &str) -> String {
        if NO_BACKTICKS.contains(&name) {
            format!("{name}_")
        } else {
            format!("`{name}`")
        }
    }
    fn value_name(&self, words: &str) -> String {
        self.ident(&not_leading_digit(camel(words), "code"))
    }
    fn type_name(&self, table_id: &str) -> String {
        self.ident(&not_leading_digit(pascal(table_id), "Table"))
    }
    /// Deprecated alias constants live next to the cases, and an alias may
    /// have its entry's own code (`OLD_NEW` -> `oldNew`), so they get a
    /// `legacy` prefix: `legacyOldOne`.
    fn alias_name(&self, words: &str) -> String {
        self.ident(&format!("legacy{}", pascal(words)))
    }
    fn string_lit(&self, s: &str) -> String {
        swift_string(s)
    }
    fn doc(&self, s: &str) -> String {
        markdown_doc(s)
    }
}

/// `words()` can start with a digit (a code such as `.5a`), which no Swift
/// identifier may.
fn not_leading_digit(name: String, prefix: &str) -> String {
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("{prefix}{name}")
    } else {
        name
    }
}

/// A Swift string literal that gives `s` back byte for byte: `\`, `"` (and so
/// `\(` and `"""`) are escaped, line breaks, tabs, NUL and other control or
/// invisible characters become escapes.
pub fn swift_string(s: &str) -> String {
    string_literal(s, &STRINGS)
}

const STRINGS: StringRules = StringRules {
    quote: '"',
    dollar: false,
    nul: Some("\\0"),
    unicode: braced_unicode,
};

/// A case name as written after `renamed:` (no backticks).
fn bare(name: &str) -> String {
    name.trim_matches('`').to_owned()
}

/// Many texts as one multi-line string literal, one text a source line,
/// split at run time at a separator byte that no text contains. A literal
/// the type checker and optimiser see as one token costs next to nothing to
/// compile, where an array literal of hundreds of strings costs seconds in
/// optimised builds; the source stays one text a line.
pub struct Block {
    /// The separator, an ASCII byte (`10`, a line break, where no text has one).
    pub separator: u8,
    pub count: usize,
    /// The literal's content lines, escaped, each with its separator.
    pub lines: Vec<String>,
}

/// Separator candidates: a line break keeps the literal plain; the others
/// are control characters texts practically never contain.
const SEPARATORS: &[u8] = &[
    b'\n', 0x1f, 0x1e, 0x1d, 0x1c, 0x1b, 0x1a, 0x19, 0x18, 0x17, 0x16, 0x15, 0x14, 0x13, 0x12,
    0x11, 0x10, 0x0f, 0x0e, 0x0c, 0x0b, 0x08, 0x07, 0x06, 0x05, 0x04, 0x03, 0x02, 0x01, 0x7f,
];

impl SwiftOracle {
    /// `texts` as a [`Block`], or `None` when every separator candidate
    /// occurs in them (then they are written as an array literal).
    pub fn block(&self, texts: &[&str]) -> Option<Block> {
        let separator = *SEPARATORS
            .iter()
            .find(|b| !texts.iter().any(|t| t.as_bytes().contains(b)))?;
        let lines = texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let mut line = multiline_content(t);
                if i + 1 < texts.len() && separator != b'\n' {
                    line.push_str(&format!("\\u{{{separator:x}}}\\"));
                }
                line
            })
            .collect();
        Some(Block {
            separator,
            count: texts.len(),
            lines,
        })
    }
}

/// One line of a multi-line string literal giving `s`: escaped like
/// [`swift_string`], and trailing white space (spaces, no-break and
/// ideographic spaces, ...) written as escapes so that neither an editor nor
/// errgen's own trimming of line ends can drop it.
fn multiline_content(s: &str) -> String {
    let lit = swift_string(s);
    let inner = &lit[1..lit.len() - 1];
    let kept = inner.trim_end_matches(char::is_whitespace);
    let mut out = kept.to_owned();
    for c in inner[kept.len()..].chars() {
        out.push_str(&braced_unicode(c as u32));
    }
    out
}

/// One column of texts (one locale, or the codes): a [`Block`] or, failing
/// that, one literal per text.
struct Column {
    /// The property's name in the storage, e.g. `messages0`.
    name: String,
    /// What the column holds, for a comment (a locale tag).
    tag: String,
    /// The locale's case name (empty for columns that are not per locale).
    locale: String,
    block: Option<Block>,
    literals: Vec<String>,
}

fn column(name: String, tag: String, locale: String, texts: &[&str]) -> Column {
    let o = SwiftOracle;
    let block = o.block(texts);
    let literals = if block.is_none() {
        texts.iter().map(|t| o.string_lit(t)).collect()
    } else {
        vec![]
    };
    Column {
        name,
        tag,
        locale,
        block,
        literals,
    }
}

/// One column per locale of `texts` (which picks the rows' texts in the
/// locale of that index).
fn locale_columns<'a>(
    p: &PackageView,
    stem: &str,
    texts: impl Fn(usize) -> Vec<&'a str>,
) -> Vec<Column> {
    p.locales
        .iter()
        .map(|l| {
            column(
                format!("{stem}{}", l.index),
                l.tag.clone(),
                l.name.clone(),
                &texts(l.index),
            )
        })
        .collect()
}

/// One typed `message(in:...)` of a table: the parameters of entries that
/// have parameters of their own (not a pattern's), as Swift labels.
struct Signature {
    params: Vec<SigParam>,
}

struct SigParam {
    /// The argument label (`field`), escaped.
    label: String,
    /// The catalog's name as a literal (`"field"`).
    name_lit: String,
    /// `Int64` or `String`.
    ty: &'static str,
}

/// What this target takes from the model beyond the shared view: each
/// table's templates and parameters (issue 15).
pub struct TableExtra {
    /// Per entry, per locale: the template, or the empty text where the
    /// locale has none (it shows its message); `None` for a table without
    /// templates.
    templates: Option<Vec<Vec<String>>>,
    /// Per entry, the literals of its parameters' names.
    param_names: Vec<Vec<String>>,
    /// Per entry, the literal of its pattern's parameter name.
    pattern_params: Vec<Option<String>>,
    signatures: Vec<Signature>,
}

fn table_extra(m: &Model, t: &crate::model::Table) -> TableExtra {
    let o = SwiftOracle;
    let has = t.entries.iter().any(|e| e.template.is_some());
    let templates = has.then(|| {
        t.entries
            .iter()
            .map(|e| {
                m.locales
                    .iter()
                    .map(|l| {
                        let tpl = e.template.as_ref().and_then(|x| x.get(l));
                        tpl.unwrap_or("").to_owned()
                    })
                    .collect()
            })
            .collect()
    });
    let param_names = t
        .entries
        .iter()
        .map(|e| e.params.iter().map(|p| o.string_lit(&p.name)).collect())
        .collect();
    let pattern_params = t
        .entries
        .iter()
        .map(|e| e.pattern.as_ref().map(|(p, _)| o.string_lit(&p.name)))
        .collect();
    let mut signatures: Vec<Signature> = vec![];
    let mut seen = std::collections::BTreeSet::new();
    for e in &t.entries {
        let own: Vec<_> = e.params.iter().filter(|p| !p.from_pattern).collect();
        if own.is_empty() || e.template.is_none() {
            continue;
        }
        let params: Vec<SigParam> = own
            .iter()
            .map(|p| {
                let label = fill_label(&p.name);
                SigParam {
                    label,
                    name_lit: o.string_lit(&p.name),
                    ty: match p.ty {
                        crate::model::ParamType::Int => "Int64",
                        crate::model::ParamType::String => "String",
                    },
                }
            })
            .collect();
        let key: Vec<_> = params.iter().map(|p| (p.label.clone(), p.ty)).collect();
        if seen.insert(key) {
            signatures.push(Signature { params });
        }
    }
    TableExtra {
        templates,
        param_names,
        pattern_params,
        signatures,
    }
}

struct AliasRow<'a> {
    a: &'a AliasView,
    target: &'a str,
    renamed_lit: String,
}

#[derive(Template)]
#[template(path = "swift/Package.swift", escape = "none")]
struct PackageSwift<'a> {
    p: &'a PackageView,
}

#[derive(Template)]
#[template(path = "swift/Locale.swift", escape = "none")]
struct LocaleSwift<'a> {
    p: &'a PackageView,
}

#[derive(Template)]
#[template(path = "swift/Prompt.swift", escape = "none")]
struct PromptSwift<'a> {
    p: &'a PackageView,
    columns: Vec<Column>,
}

#[derive(Template)]
#[template(path = "swift/Kind.swift", escape = "none")]
struct KindSwift<'a> {
    p: &'a PackageView,
    columns: Vec<Column>,
}

#[derive(Template)]
#[template(path = "swift/CatalogCode.swift", escape = "none")]
struct CatalogCodeSwift<'a> {
    p: &'a PackageView,
    /// The texts of Locale.swift, Prompt.swift and Kind.swift, printed after
    /// its own: one file, one frontend job (issue 16).
    parts: Vec<String>,
}

#[derive(Template)]
#[template(path = "swift/Decode.swift", escape = "none")]
struct DecodeSwift<'a> {
    p: &'a PackageView,
}

#[derive(Template)]
#[template(path = "swift/Table.swift", escape = "none")]
struct TableSwift<'a> {
    p: &'a PackageView,
    t: &'a TableView,
    units: Vec<&'a EntryView>,
    /// The units that have old codes (their cases hold the code received).
    alias_units: Vec<&'a EntryView>,
    cols: Columns,
    /// Per entry, its case name without backticks (to build other names from).
    bare_names: Vec<String>,
    patterns: Vec<&'a EntryView>,
    aliases: Vec<AliasRow<'a>>,
    codes: Column,
    messages: Vec<Column>,
    solutions: Vec<Column>,
    x: &'a TableExtra,
    /// One column of templates per locale (empty when the table has none).
    templates: Vec<Column>,
}

/// A file of several tables (`Codes1.swift`, ...): each table's text is
/// [`TableSwift`]'s.
#[derive(Template)]
#[template(path = "swift/Tables.swift", escape = "none")]
struct TablesSwift<'a> {
    p: &'a PackageView,
    /// The first and last table's type names.
    first: &'a str,
    last: &'a str,
    bodies: Vec<String>,
}

/// Entries per generated source file, about: the tables are grouped into
/// files of roughly this many entries (at least two files, for the two
/// batches `swift build` compiles in parallel on two cores), in table order.
/// Each file the compiler is given costs a frontend job that loads the
/// standard library and Foundation and parses every file (issue 16).
/// The files are named `Codes<n>.swift` so that, in name order, they stand
/// between `CatalogVersion.swift` and `Decode.swift`: the driver cuts the
/// sorted files into contiguous batches, one per core, and with two
/// `Codes` files on two cores each batch gets one of them (`Tables<n>`,
/// last in order, put both in the second batch and left the first with
/// the small files).
const ENTRIES_PER_FILE: usize = 2000;

/// The tables of each source file, by position: contiguous runs in table
/// order of about equal entry counts.
fn table_groups(p: &PackageView) -> Vec<Vec<usize>> {
    let weight = |t: &TableView| t.entries.len().max(1);
    let total: usize = p.tables.iter().map(weight).sum();
    let n = total.div_ceil(ENTRIES_PER_FILE).max(2).min(p.tables.len());
    let mut groups = vec![vec![]; n];
    let mut before = 0;
    for (i, t) in p.tables.iter().enumerate() {
        let w = weight(t);
        // The group where the table's middle falls.
        groups[((2 * before + w) * n / (2 * total)).min(n - 1)].push(i);
        before += w;
    }
    groups.retain(|g| !g.is_empty());
    groups
}

/// A table's per-entry columns as `errgenNumbers` text (literals), and its
/// sparse ones by entry.
struct Columns {
    billed: String,
    platforms: String,
    kinds: String,
    actors: String,
    retryable: String,
    prompts: String,
    /// Per entry, its row among the entries that have a solution.
    solution_rows: String,
    retired: Vec<(usize, String)>,
    param_names: Vec<(usize, Vec<String>)>,
    pattern_params: Vec<(usize, String)>,
}

/// The cases of `Platform`, in CatalogCode.swift's order.
const PLATFORMS: [&str; 3] = ["both", "ios", "android"];

fn numbers(values: impl Iterator<Item = Option<usize>>) -> String {
    let text: Vec<String> = values
        .map(|v| v.map_or_else(|| "-".to_owned(), |n| n.to_string()))
        .collect();
    SwiftOracle.string_lit(&text.join(" "))
}

fn columns(p: &PackageView, t: &TableView, x: &TableExtra, rows: &[Option<usize>]) -> Columns {
    let position = |names: Vec<&str>, name: &str| names.iter().position(|n| *n == name);
    let kinds: Vec<&str> = p.kinds.iter().map(|k| k.name.as_str()).collect();
    let actors: Vec<&str> = p.actors.iter().map(|a| a.name.as_str()).collect();
    let prompts: Vec<&str> = p.prompts.iter().map(|pr| pr.name.as_str()).collect();
    let es = &t.entries;
    Columns {
        billed: numbers(es.iter().map(|e| e.billed.map(usize::from))),
        platforms: numbers(es.iter().map(|e| {
            e.platform
                .as_deref()
                .and_then(|pl| position(PLATFORMS.to_vec(), pl))
        })),
        kinds: numbers(es.iter().map(|e| position(kinds.clone(), &e.kind))),
        actors: numbers(es.iter().map(|e| position(actors.clone(), &e.actor))),
        retryable: numbers(es.iter().map(|e| Some(usize::from(e.retryable)))),
        prompts: numbers(es.iter().map(|e| {
            e.prompt
                .as_deref()
                .and_then(|pr| position(prompts.clone(), pr))
        })),
        solution_rows: numbers(rows.iter().copied()),
        retired: es
            .iter()
            .filter_map(|e| e.retired_in_lit.clone().map(|r| (e.index, r)))
            .collect(),
        param_names: x
            .param_names
            .iter()
            .enumerate()
            .filter(|(_, n)| !n.is_empty())
            .map(|(i, n)| (i, n.clone()))
            .collect(),
        pattern_params: x
            .pattern_params
            .iter()
            .enumerate()
            .filter_map(|(i, n)| n.clone().map(|n| (i, n)))
            .collect(),
    }
}

/// The package's swift-format configuration (`.swift-format`, JSON): the
/// generated sources pass `swift-format lint --strict` with it.
#[derive(Template)]
#[template(path = "swift/swift-format.json", escape = "none")]
struct SwiftFormatConfig {
    /// The do-not-edit header, as the inside of a JSON string.
    header_json: String,
}

/// `s` as the inside of a JSON string literal.
fn json_inner(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '"' => "\\\"".to_owned(),
            '\\' => "\\\\".to_owned(),
            '\n' => "\\n".to_owned(),
            '\r' => "\\r".to_owned(),
            '\t' => "\\t".to_owned(),
            c if (c as u32) < 0x20 => format!("\\u{:04x}", c as u32),
            c => c.to_string(),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "swift/Tests.swift", escape = "none")]
struct TestsSwift<'a> {
    p: &'a PackageView,
}

/// Names the generated code uses itself: module-level types (and the
/// standard and Foundation types it relies on), the members of every table
/// enum, and the members of `Prompt`.
const RESERVED: Reserved = Reserved {
    types: &[
        "CatalogLocale",
        "CatalogCode",
        "CatalogActor",
        "Kind",
        "Platform",
        "Prompt",
        "ErrgenCodes",
        "ErrgenCodesTests",
        "Foundation",
        "Locale",
        "String",
        "Substring",
        "Character",
        "Int",
        "Int64",
        "UInt8",
        "Bool",
        "Optional",
        "Array",
        "ArraySlice",
        "Dictionary",
        "Set",
        "Sequence",
        "Never",
        "Error",
        "LocalizedError",
        "Sendable",
        "Hashable",
        "Equatable",
        "CaseIterable",
        "CustomStringConvertible",
        "Unicode",
        "UTF8",
        "Swift",
        "XCTest",
        "XCTestCase",
        "ReceivedCode",
        "CustomNSError",
        "Codable",
        "Decoder",
        "Encoder",
        "NSError",
        "NSLock",
        "Hasher",
        "ErrgenLocaleBox",
    ],
    // Cases share one namespace with static members; instance members would
    // compile next to a case of the same name, but are kept apart for clarity.
    values: &[
        "unknown",
        "allKnown",
        "tableID",
        "isOpen",
        "table",
        "code",
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
        "decodeFlags",
        "index",
        "errorDescription",
        "failureReason",
        "recoverySuggestion",
        "helpAnchor",
        "localizedDescription",
        "description",
        "hashValue",
        "hash",
        "errorDomain",
        "errorCode",
        "errorUserInfo",
        "received",
        "receivedCode",
        "param",
        "entry",
        "unknownValue",
        "encode",
        "paramText",
        "parameterNames",
        "plainMessage",
        "decoded",
    ],
    // Used for `Prompt` and `Kind` (whose ids include `unknown`): only the
    // static member `allCases` would clash with a case.
    prompts: &["allCases"],
    kinds: &["allCases"],
    locales: &[],
    fold: Fold::Exact,
    value_classes: &[],
};

fn table_swift<'a>(p: &'a PackageView, t: &'a TableView, x: &'a TableExtra) -> TableSwift<'a> {
    let aliases = t
        .aliases()
        .map(|(e, a)| AliasRow {
            a,
            target: &e.name,
            renamed_lit: SwiftOracle.string_lit(&bare(&e.name)),
        })
        .collect();
    let codes: Vec<&str> = t.entries.iter().map(|e| e.code.as_str()).collect();
    let messages = locale_columns(p, "messages", |l| {
        t.entries
            .iter()
            .map(|e| e.plain_messages[l].as_str())
            .collect()
    });
    let mut next = 0;
    let solution_rows: Vec<Option<usize>> = t
        .entries
        .iter()
        .map(|e| {
            e.plain_solutions.as_ref().map(|_| {
                next += 1;
                next - 1
            })
        })
        .collect();
    let solutions = if t.has_solutions {
        locale_columns(p, "solutions", |l| {
            let text = |e: &'a EntryView| e.plain_solutions.as_ref().map(|s| s[l].as_str());
            t.entries.iter().filter_map(text).collect()
        })
    } else {
        vec![]
    };
    let templates = match &x.templates {
        Some(rows) => locale_columns(p, "templates", |l| {
            rows.iter().map(|r| r[l].as_str()).collect()
        }),
        None => vec![],
    };
    TableSwift {
        x,
        templates,
        p,
        t,
        units: t.units().collect(),
        alias_units: t.units().filter(|e| !e.aliases.is_empty()).collect(),
        cols: columns(p, t, x, &solution_rows),
        bare_names: t.entries.iter().map(|e| bare(&e.name)).collect(),
        patterns: t.patterns().collect(),
        aliases,
        codes: column("codes".into(), "codes".into(), String::new(), &codes),
        messages,
        solutions,
    }
}

/// The package, library and module when errgen.toml names none.
pub const DEFAULT_MODULE: &str = "ErrgenCodes";

/// A Swift module name errgen.toml may give (also the package, the library
/// and, with `Tests`, the test target): an ASCII identifier, no keyword, not
/// a module the package imports, not a type the package declares.
pub fn check_module_name(name: &str) -> Result<(), String> {
    if !super::naming::is_ascii_ident(name) {
        return Err("a Swift module name is an identifier: ASCII letters, digits and `_`, not starting with a digit".into());
    }
    if KEYWORDS.contains(&name) {
        return Err("a Swift keyword cannot name a module".into());
    }
    if ["Swift", "Foundation", "XCTest", "Darwin", "Glibc"].contains(&name) {
        return Err("the package imports a module of that name".into());
    }
    if RESERVED.types.contains(&name) && name != DEFAULT_MODULE {
        return Err("the package declares a type of that name, which would hide the module".into());
    }
    Ok(())
}

/// The module's names (errgen.toml's, else the default); the sources'
/// folder and the test file.
fn module_names(p: &mut PackageView, reg: &mut Registry) -> (String, String) {
    let module = p.names.swift_module.clone();
    let module = module.unwrap_or_else(|| DEFAULT_MODULE.to_owned());
    if module != DEFAULT_MODULE {
        let tests = format!("{module}Tests");
        reg.reserve(
            view::TYPES_SCOPE,
            RESERVED.fold,
            &[&module, &tests],
            "the package's module",
        );
    }
    p.pkg = view::PkgNames::named(&Some(module.clone()), DEFAULT_MODULE, str::to_owned);
    (
        format!("Sources/{module}"),
        format!("Tests/{module}Tests/{module}Tests.swift"),
    )
}

/// The Swift target's view: the shared view and each table's file.
pub struct SwiftView {
    p: PackageView,
    /// The sources' folder (`Sources/ErrgenCodes`) and the test file.
    src: String,
    tests: String,
    /// Each source file of tables and the tables it holds (positions).
    table_files: Vec<(String, Vec<usize>)>,
    extras: Vec<TableExtra>,
    /// The do-not-edit header with the catalog path as JSON text (for `.swift-format`).
    header_json: String,
}

/// Builds the Swift view: the one place this target reads the model.
/// The label of a typed `message` for the parameter `name`.
fn fill_label(name: &str) -> String {
    SwiftOracle.value_name(&crate::targets::naming::words(name))
}

pub fn view(m: &Model) -> Result<SwiftView, Vec<Diagnostic>> {
    let mut reg = Registry::new("Swift", &[]);
    let mut p = view::build(&SwiftOracle, m, &RESERVED, &mut reg);
    let (src, tests) = module_names(&mut p, &mut reg);
    reg.own_files(&["Package.swift", &tests, ".swift-format"]);
    let own = ["CatalogCode", "Decode"].map(|f| format!("{src}/{f}.swift"));
    reg.own_files(&own);
    reg.own_files(&super::package::OWN);
    reg.own_files(&[format!("{src}/CatalogVersion.swift")]);
    let table_files: Vec<(String, Vec<usize>)> = table_groups(&p)
        .into_iter()
        .enumerate()
        .map(|(k, g)| (format!("{src}/Codes{}.swift", k + 1), g))
        .collect();
    let paths: Vec<&str> = table_files.iter().map(|(f, _)| f.as_str()).collect();
    reg.own_files(&paths);
    // Two parameters whose labels are one (`fieldName`, `field_name`).
    super::naming::claim_model_params(&mut reg, m, "the labels of message", &[], "", fill_label);
    reg.finish()?;
    let extras = m.tables.iter().map(|t| table_extra(m, t)).collect();
    Ok(SwiftView {
        header_json: header_json(m),
        p,
        src,
        tests,
        table_files,
        extras,
    })
}

/// Prints the view.
pub fn files(v: &SwiftView) -> GenResult {
    let (p, src) = (&v.p, &v.src);
    let prompt_columns = locale_columns(p, "texts", |l| {
        p.prompts.iter().map(|pr| pr.plain[l].as_str()).collect()
    });
    let kind_columns = locale_columns(p, "labels", |l| {
        p.kinds.iter().map(|k| k.plain[l].as_str()).collect()
    });
    let parts = vec![
        text(&LocaleSwift { p }, &format!("{src}/CatalogCode.swift"))?,
        text(
            &PromptSwift {
                p,
                columns: prompt_columns,
            },
            &format!("{src}/CatalogCode.swift"),
        )?,
        text(
            &KindSwift {
                p,
                columns: kind_columns,
            },
            &format!("{src}/CatalogCode.swift"),
        )?,
    ];
    let mut files = vec![
        render(&PackageSwift { p }, "Package.swift")?,
        render(
            &CatalogCodeSwift { p, parts },
            &format!("{src}/CatalogCode.swift"),
        )?,
        render(&DecodeSwift { p }, &format!("{src}/Decode.swift"))?,
        render(&TestsSwift { p }, &v.tests)?,
        render(
            &SwiftFormatConfig {
                header_json: v.header_json.clone(),
            },
            ".swift-format",
        )?,
    ];
    files.extend(super::package::files(p, "swift")?);
    let version = super::package::SwiftVersion { p };
    files.push(render(&version, &format!("{src}/CatalogVersion.swift"))?);
    for (file, group) in &v.table_files {
        let mut bodies = vec![];
        for &i in group {
            bodies.push(text(&table_swift(p, &p.tables[i], &v.extras[i]), file)?);
        }
        let name = |i: &usize| bare(&p.tables[*i].type_name);
        let (first, last) = (group.first().map(name), group.last().map(name));
        let tables = TablesSwift {
            p,
            first: first.as_deref().unwrap_or_default(),
            last: last.as_deref().unwrap_or_default(),
            bodies,
        };
        files.push(render(&tables, file)?);
    }
    Ok(files)
}

/// A template's text without white space around it, to print into `file`.
fn text<T: askama::Template>(t: &T, file: &str) -> Result<String, Vec<Diagnostic>> {
    let body = render(t, file)?.content;
    Ok(body.trim().to_owned())
}

/// The package's public surface, in this target's names (see [`crate::api`]).
pub fn surface(v: &SwiftView) -> crate::api::Surface {
    let names = super::surface::Names {
        sep: ".",
        int: "Int64",
        string: "String",
        locale: "CatalogLocale",
        prompt: "Prompt",
        kind: "Kind",
        actor: "CatalogActor",
        members: super::surface::SWIFT_MEMBERS,
    };
    super::surface::surface(&v.p, &names)
}

/// The do-not-edit header as the inside of a JSON string.
fn header_json(m: &Model) -> String {
    format!(
        "{} from {}/ -- do not edit; change the catalog and run `errgen build`.",
        super::MARKER,
        json_inner(&m.catalog)
    )
}

/// See [`view::relabel`].
pub fn relabel(v: &mut SwiftView, m: &Model) {
    view::relabel(&SwiftOracle, &mut v.p, m);
    v.header_json = header_json(m);
}

pub fn generate(m: &Model) -> GenResult {
    files(&view(m)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        let o = SwiftOracle;
        assert_eq!(o.value_name("class"), "`class`");
        assert_eq!(o.value_name("self"), "self_");
        assert_eq!(o.value_name("init"), "init_");
        assert_eq!(o.value_name("type"), "type");
        assert_eq!(o.value_name("code_minus_999"), "codeMinus999");
        assert_eq!(o.value_name("5a"), "code5a");
        assert_eq!(o.type_name("self"), "Self_");
        assert_eq!(o.type_name("type"), "Type_");
        assert_eq!(o.type_name("any"), "Any_");
        assert_eq!(o.type_name("protocol"), "Protocol_");
        assert_eq!(o.alias_name("old_new"), "legacyOldNew");
    }

    #[test]
    fn strings() {
        assert_eq!(swift_string("a\\(b)\"\"\""), r#""a\\(b)\"\"\"""#);
        assert_eq!(
            swift_string("\n\r\t\0\u{1}\u{2028}é"),
            r#""\n\r\t\0\u{1}\u{2028}é""#
        );
        assert_eq!(
            multiline_content(" a \u{a0}\u{3000}"),
            r" a\u{20}\u{a0}\u{3000}"
        );
        assert_eq!(multiline_content("\\"), r"\\");
    }

    #[test]
    fn json() {
        assert_eq!(json_inner("a\"b\\c\n\u{1}"), r#"a\"b\\c\n\u0001"#);
    }

    #[test]
    fn blocks() {
        let o = SwiftOracle;
        let b = o.block(&["a", "b c"]).unwrap();
        assert_eq!(
            (b.separator, b.lines),
            (b'\n', vec!["a".into(), "b c".into()])
        );
        let b = o.block(&["a\nb", "c"]).unwrap();
        assert_eq!(
            (b.separator, b.lines),
            (0x1f, vec![r"a\nb\u{1f}\".into(), "c".into()])
        );
        let every: String = SEPARATORS.iter().map(|&b| b as char).collect();
        assert!(o.block(&[&every]).is_none());
        assert_eq!(o.block(&[]).map(|b| b.count), Some(0));
    }
}
