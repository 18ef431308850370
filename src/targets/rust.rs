//! The Rust target: a Cargo package with one enum per table (exhaustive for
//! a closed table, `#[non_exhaustive]` for an open one, per the policy) and
//! `AnyCode`, the error type `decode` returns. Its oracle follows the Rust
//! Reference, "Keywords".

use super::naming::{Fold, Oracle, Registry, StringRules, braced_unicode};
use super::naming::{markdown_doc, pascal, shouty, string_literal};
use super::view::{self, PackageView, Reserved, TableView};
use super::{GenResult, render};
use crate::diag::Diagnostic;
use crate::model::Model;
use askama::Template;

const STRINGS: StringRules = StringRules {
    quote: '"',
    dollar: false,
    nul: None,
    unicode: braced_unicode,
};

pub struct RustOracle;

/// Strict, reserved and weak keywords (Rust Reference, "Keywords", edition 2024).
const KEYWORDS: &[&str] = &[
    "as",
    "break",
    "const",
    "continue",
    "crate",
    "else",
    "enum",
    "extern",
    "false",
    "fn",
    "for",
    "if",
    "impl",
    "in",
    "let",
    "loop",
    "match",
    "mod",
    "move",
    "mut",
    "pub",
    "ref",
    "return",
    "self",
    "Self",
    "static",
    "struct",
    "super",
    "trait",
    "true",
    "type",
    "unsafe",
    "use",
    "where",
    "while",
    "async",
    "await",
    "dyn",
    "abstract",
    "become",
    "box",
    "do",
    "final",
    "macro",
    "override",
    "priv",
    "typeof",
    "unsized",
    "virtual",
    "yield",
    "try",
    "gen",
    "union",
    "macro_rules",
    "raw",
    "safe",
];

impl Oracle for RustOracle {
    fn language(&self) -> &'static str {
        "Rust"
    }
    fn reserved(&self) -> &'static [&'static str] {
        KEYWORDS
    }
    fn escape_reserved(&self, name: &str) -> String {
        // `self`, `Self`, `super` and `crate` cannot be raw identifiers.
        format!("{name}_")
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
        markdown_doc(s)
    }
}

#[derive(Template)]
#[template(path = "rust/Cargo.toml", escape = "none")]
struct CargoToml<'a> {
    p: &'a PackageView,
}

#[derive(Template)]
#[template(path = "rust/rustfmt.toml", escape = "none")]
struct RustfmtToml<'a> {
    p: &'a PackageView,
}

#[derive(Template)]
#[template(path = "rust/lib.rs", escape = "none")]
struct LibRs<'a> {
    p: &'a PackageView,
    modules: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "rust/table.rs", escape = "none")]
struct TableRs<'a> {
    p: &'a PackageView,
    t: &'a TableView,
    x: &'a TableFill,
}

/// Per table, what filling messages with parameters needs (issue 15).
pub struct TableFill {
    /// Whether any entry has a template.
    pub any: bool,
    /// The table's texts as data (issue 16: one string and two integer
    /// arrays type-check and compile in a fraction of the time of arrays of
    /// `&str`, `Option` and array literals per entry): its messages, then
    /// its solutions if any entry has one, then its templates if any entry
    /// has one, each on its own, so that a program links only the texts it
    /// reads.
    pub texts: Vec<TextData>,
    /// Per entry: its parameter names as a Rust slice literal.
    pub params: Vec<String>,
    /// Per entry: the name of the parameter the pattern carries, as a literal.
    pub pattern_param: Vec<Option<String>>,
    /// Typed fill functions, one per entry with parameters that do not come
    /// from its code.
    pub typed: Vec<TypedFill>,
    /// What `from_code` finds by binary search (`crate::find`, one
    /// function for every table): every listed code and old code (alias),
    /// sorted by its bytes, as (code literal, value expression). Patterns
    /// are not in it.
    pub decode: Vec<(String, String)>,
}

/// A byte offset into a table's texts. A table's texts are far below 4 GiB
/// (the catalog's limits), so the offset fits; saturating keeps it total.
fn offset(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The sorted decode table of `from_code` (issue 16: a binary search over a
/// static array compiles in a fraction of the time of a `match` on strings
/// with an arm per code). A code listed twice keeps its first value, as the
/// first arm of a `match` would.
fn decode_table(t: &TableView) -> Vec<(String, String)> {
    let mut out: Vec<(&str, String, String)> = Vec::new();
    for e in t.units() {
        let value = if e.aliases.is_empty() {
            format!("{}::{}", t.type_name, e.name)
        } else {
            format!("{}::{}(crate::Received::CURRENT)", t.type_name, e.name)
        };
        out.push((&e.code, e.code_lit.clone(), value));
    }
    for (e, a) in t.aliases() {
        let value = format!(
            "{}::{}(crate::Received::old({}))",
            t.type_name, e.name, a.code_lit
        );
        out.push((&a.code, a.code_lit.clone(), value));
    }
    out.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    out.dedup_by(|later, first| later.0 == first.0);
    out.into_iter()
        .map(|(_, lit, value)| (lit, value))
        .collect()
}

/// One kind of text of a table (messages, solutions or templates), one slot
/// per entry and locale.
pub struct TextData {
    /// The statics' prefix: `MESSAGE`, `SOLUTION` or `TEMPLATE`.
    pub name: &'static str,
    /// The distinct texts in order of first use, as literals, for one
    /// `concat!` (a text repeated, e.g. a locale's fallback, is stored once).
    pub texts: Vec<String>,
    /// Where each text starts in the concatenation, 16 to a line: text 0 is
    /// the empty text; then the end.
    pub starts: Vec<Vec<u32>>,
    /// Per entry, the text of each locale's slot; 0 for no text (no
    /// solution, or no template in that locale: the catalog has no blank
    /// text, `validate::check_text`).
    pub ids: Vec<Vec<u32>>,
}

impl TextData {
    /// `slots`: per entry, its text in each locale (`None`: no text).
    fn new<'a>(name: &'static str, slots: impl Iterator<Item = Vec<Option<&'a str>>>) -> TextData {
        let mut texts = Vec::new();
        let mut starts = vec![0, 0];
        let mut known: std::collections::HashMap<&str, u32> = std::collections::HashMap::new();
        let ids = slots
            .map(|entry| {
                entry
                    .into_iter()
                    .map(|s| match s.filter(|s| !s.is_empty()) {
                        None => 0,
                        Some(s) => *known.entry(s).or_insert_with(|| {
                            let end = starts.last().copied().unwrap_or(0) as usize + s.len();
                            starts.push(offset(end));
                            texts.push(RustOracle.string_lit(s));
                            offset(texts.len())
                        }),
                    })
                    .collect()
            })
            .collect();
        TextData {
            name,
            texts,
            starts: starts.chunks(16).map(<[u32]>::to_vec).collect(),
            ids,
        }
    }
}

/// `pub fn fill_<entry>(locale, <param>: <type>, ...)`.
pub struct TypedFill {
    pub method: String,
    /// The entry's value, e.g. `Self::InvalidParameter`.
    pub value: String,
    pub code_doc: String,
    /// (identifier, Rust type) per parameter.
    pub args: Vec<(String, &'static str)>,
    /// `("name", value)` pairs, as Rust expressions of type `(&str, &str)`.
    pub pairs: Vec<String>,
}

/// The argument of a typed fill that takes the parameter `name`: snake case,
/// a keyword escaped, `locale` (the first argument) as `locale_`.
fn fill_arg(name: &str) -> String {
    use heck::ToSnakeCase;
    let id = RustOracle.ident(&name.to_snake_case());
    if id == "locale" {
        "locale_".to_owned()
    } else {
        id
    }
}

fn typed_fills(m: &Model, table: usize, t: &TableView) -> Vec<TypedFill> {
    use heck::ToSnakeCase;
    let mut seen = std::collections::BTreeSet::new();
    let mut out = Vec::new();
    for (e, v) in m.tables[table].entries.iter().zip(&t.entries) {
        if e.pattern.is_some() || e.template.is_none() || e.params.is_empty() {
            continue;
        }
        let mut method = format!("fill_{}", v.name.to_snake_case());
        if !seen.insert(method.clone()) {
            method = format!("{method}_{}", v.index);
            seen.insert(method.clone());
        }
        let value = if v.aliases.is_empty() {
            format!("Self::{}", v.name)
        } else {
            format!("Self::{}(crate::Received::CURRENT)", v.name)
        };
        let mut args = Vec::new();
        let mut pairs = Vec::new();
        for p in &e.params {
            let id = fill_arg(&p.name);
            let lit = RustOracle.string_lit(&p.name);
            if p.ty == crate::model::ParamType::Int {
                args.push((id.clone(), "i64"));
                pairs.push(format!("({lit}, {id}.to_string().as_str())"));
            } else {
                args.push((id.clone(), "&str"));
                pairs.push(format!("({lit}, {id})"));
            }
        }
        out.push(TypedFill {
            method,
            value,
            code_doc: v.code_doc.clone(),
            args,
            pairs,
        });
    }
    out
}

fn fill(m: &Model, table: usize, v: &TableView) -> TableFill {
    let t = &m.tables[table];
    let lit = |s: &str| RustOracle.string_lit(s);
    let any = t.entries.iter().any(|e| e.template.is_some());
    let mut texts = vec![TextData::new(
        "MESSAGE",
        v.entries
            .iter()
            .map(|e| e.plain_messages.iter().map(|s| Some(s.as_str())).collect()),
    )];
    if v.has_solutions {
        texts.push(TextData::new(
            "SOLUTION",
            v.entries.iter().map(|e| {
                (0..m.locales.len())
                    .map(|l| {
                        e.plain_solutions
                            .as_ref()
                            .and_then(|s| s.get(l))
                            .map(String::as_str)
                    })
                    .collect()
            }),
        ));
    }
    if any {
        texts.push(TextData::new(
            "TEMPLATE",
            t.entries.iter().map(|e| {
                m.locales
                    .iter()
                    .map(|l| e.template.as_ref().and_then(|tt| tt.get(l)))
                    .collect()
            }),
        ));
    }
    TableFill {
        any,
        texts,
        params: t
            .entries
            .iter()
            .map(|e| {
                let names: Vec<String> = e.params.iter().map(|p| lit(&p.name)).collect();
                format!("&[{}]", names.join(", "))
            })
            .collect(),
        pattern_param: t
            .entries
            .iter()
            .map(|e| {
                e.params
                    .iter()
                    .find(|p| p.from_pattern)
                    .map(|p| lit(&p.name))
            })
            .collect(),
        typed: Vec::new(),
        decode: Vec::new(),
    }
}

const RESERVED: Reserved = Reserved {
    types: &[
        "Locale",
        "Platform",
        "Prompt",
        "Cow",
        "Option",
        "Result",
        "String",
        "Vec",
        "Some",
        "None",
        "Ok",
        "Err",
        "Box",
        "AnyCode",
        "CatalogCode",
        "UnknownCode",
        "Received",
        "Tag",
        "Kind",
        "Actor",
    ],
    values: &["Unknown"],
    prompts: &[],
    kinds: &[],
    locales: &[],
    fold: Fold::Exact,
    value_classes: &[],
};

/// Files a table's module may not take: Cargo builds `src/main.rs` as a
/// binary, `src/lib.rs` is the crate root, `build.rs` a build script.
const RESERVED_PATHS: &[&str] = &["src/main.rs", "src/lib.rs", "src/mod.rs", "build.rs"];

/// A table's module: its id, with `_` after a keyword or a crate-root name
/// (`lib` -> `lib_`, so its file is `src/lib_.rs`, not the crate root).
fn module(id: &str) -> String {
    if KEYWORDS.contains(&id) || ["lib", "main"].contains(&id) {
        format!("{id}_")
    } else {
        id.to_owned()
    }
}

/// The Cargo package when errgen.toml names none.
pub const DEFAULT_CRATE: &str = "errgen-codes";

/// A Cargo package name errgen.toml may give: ASCII letters, digits, `-`
/// and `_`, starting with a letter, at most 64 characters (crates.io); as a
/// crate (`-` read as `_`) not a Rust keyword nor a crate of the standard
/// library (Cargo refuses both).
pub fn check_crate_name(name: &str) -> Result<(), String> {
    let ok = name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        && name.len() <= 64;
    if !ok {
        return Err("a Cargo package name is ASCII letters, digits, `-` and `_`, starting with a letter, at most 64 characters".into());
    }
    let krate = name.replace('-', "_");
    if KEYWORDS.contains(&krate.as_str()) || ["self", "super", "Self"].contains(&krate.as_str()) {
        return Err(format!("the crate would be `{krate}`, a Rust keyword"));
    }
    if ["std", "core", "alloc", "proc_macro", "test"].contains(&krate.as_str()) {
        return Err(format!(
            "the crate would be `{krate}`, a crate of Rust's standard library"
        ));
    }
    Ok(())
}

/// The Rust target's view: the shared view, and per table its module and file.
pub struct RustView {
    p: PackageView,
    /// Per table: (module, type name, file).
    modules: Vec<(String, String, String)>,
    fills: Vec<TableFill>,
}

/// Builds the Rust view: the one place this target reads the model.
pub fn view(m: &Model) -> Result<RustView, Vec<Diagnostic>> {
    let mut reg = Registry::new("Rust", RESERVED_PATHS);
    let mut p = view::build(&RustOracle, m, &RESERVED, &mut reg);
    p.pkg = view::PkgNames::named(&p.names.rust_crate, DEFAULT_CRATE, |n| n.replace('-', "_"));
    reg.own_files(&["Cargo.toml", "rustfmt.toml", "src/lib.rs"]);
    reg.own_files(&super::package::OWN);
    let files = view::table_files(&p, &mut reg, |t| format!("src/{}.rs", module(&t.id)));
    let modules = p
        .tables
        .iter()
        .zip(files)
        .map(|(t, file)| (module(&t.id), t.type_name.clone(), file))
        .collect();
    // Two parameters whose snake case is one name (`fieldName`,
    // `field_name`), or one that becomes `locale_` next to `locale`.
    super::naming::claim_model_params(
        &mut reg,
        m,
        "the arguments of the fill",
        &["locale"],
        "the fill's locale argument",
        fill_arg,
    );
    reg.finish()?;
    let fills = (0..m.tables.len())
        .map(|i| TableFill {
            typed: typed_fills(m, i, &p.tables[i]),
            decode: decode_table(&p.tables[i]),
            ..fill(m, i, &p.tables[i])
        })
        .collect();
    Ok(RustView { p, modules, fills })
}

/// Prints the view.
pub fn files(v: &RustView) -> GenResult {
    let p = &v.p;
    let modules: Vec<(String, String)> = v
        .modules
        .iter()
        .map(|(m, t, _)| (m.clone(), t.clone()))
        .collect();
    let mut files = vec![
        render(&CargoToml { p }, "Cargo.toml")?,
        render(&RustfmtToml { p }, "rustfmt.toml")?,
        render(&LibRs { p, modules }, "src/lib.rs")?,
    ];
    files.extend(super::package::files(p, "rust")?);
    for ((t, (_, _, file)), x) in p.tables.iter().zip(&v.modules).zip(&v.fills) {
        files.push(render(&TableRs { p, t, x }, file)?);
    }
    Ok(files)
}

/// The package's public surface, in this target's names (see [`crate::api`]).
pub fn surface(v: &RustView) -> crate::api::Surface {
    let names = super::surface::Names {
        sep: "::",
        int: "i64",
        string: "String",
        locale: "Locale",
        prompt: "Prompt",
        kind: "Kind",
        actor: "Actor",
        members: super::surface::RUST_MEMBERS,
    };
    super::surface::surface(&v.p, &names)
}

/// See [`view::relabel`].
pub fn relabel(v: &mut RustView, m: &Model) {
    view::relabel(&RustOracle, &mut v.p, m);
}

pub fn generate(m: &Model) -> GenResult {
    files(&view(m)?)
}
