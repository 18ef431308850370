//! The TypeScript target: an npm package (ESM, type declarations from
//! `tsc`, no runtime dependencies) for browsers, React Native and Node. Each
//! table is a module of its own: a discriminated union type (discriminant
//! `name`) and a constant of the same name with the listed values, `fromCode`,
//! `fromInt`, `decodeFlags` and `load`. The fallback locale's texts live in
//! the table's module; every other locale's texts are a module of their own
//! (`src/texts/<tag>/<table>.ts`; the table's is `src/tables/<table>.ts`), loaded on demand with `import()`, so a
//! bundle holds only the tables and locales an app uses. The oracle follows
//! ECMAScript 2024, "Keywords and Reserved Words" (reserved words, those
//! reserved in strict mode and modules, and the contextual ones) and the
//! TypeScript handbook's reserved type names and contextual keywords.

use super::naming::{Fold, Oracle, Registry, StringRules, braced_unicode};
use super::naming::{camel, string_literal};
use super::view::{self, EntryView, PackageView, Reserved, TableView};
use super::{GenResult, render};
use crate::diag::Diagnostic;
use crate::model::Model;
use askama::Template;

pub struct TypeScriptOracle;

/// ECMAScript reserved words (including the future reserved words of strict
/// mode and the module goal: `await`, `let`, `static`, `implements`, ...),
/// the names strict mode forbids as bindings (`arguments`, `eval`), the
/// contextual keywords of ECMAScript (`as`, `async`, `from`, `get`, `of`,
/// `set`, `target`, `meta`) and of TypeScript's declarations (`type`,
/// `namespace`, `declare`, `readonly`, `satisfies`, ...). All are escaped,
/// even where the grammar would allow them, so no name depends on its
/// context. TypeScript's type-only keywords (`string`, `unknown`, `keyof`)
/// are not: generated values are never named in type position (types are
/// PascalCase, and a value's name there is a string literal).
const KEYWORDS: &[&str] = &[
    "abstract",
    "arguments",
    "as",
    "assert",
    "async",
    "await",
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "debugger",
    "declare",
    "default",
    "delete",
    "do",
    "else",
    "enum",
    "eval",
    "export",
    "extends",
    "false",
    "finally",
    "for",
    "from",
    "function",
    "get",
    "if",
    "implements",
    "import",
    "in",
    "instanceof",
    "interface",
    "let",
    "meta",
    "module",
    "namespace",
    "new",
    "null",
    "of",
    "override",
    "package",
    "private",
    "protected",
    "public",
    "readonly",
    "return",
    "satisfies",
    "set",
    "static",
    "super",
    "switch",
    "target",
    "this",
    "throw",
    "true",
    "try",
    "type",
    "typeof",
    "using",
    "var",
    "void",
    "while",
    "with",
    "yield",
];

impl Oracle for TypeScriptOracle {
    fn language(&self) -> &'static str {
        "TypeScript"
    }
    fn reserved(&self) -> &'static [&'static str] {
        KEYWORDS
    }
    fn escape_reserved(&self, name: &str) -> String {
        format!("{name}_")
    }
    fn value_name(&self, words: &str) -> String {
        self.ident(&camel(words))
    }
    /// Deprecated alias constants live next to the values (`legacyOldOne`).
    fn alias_name(&self, words: &str) -> String {
        self.ident(&camel(&format!("legacy_{words}")))
    }
    fn string_lit(&self, s: &str) -> String {
        ts_string(s)
    }
    fn doc(&self, s: &str) -> String {
        ts_doc(s)
    }
}

/// A single-quoted JavaScript string literal giving `s` back exactly: `\`
/// and `'` escaped, line breaks and tabs as `\n` `\r` `\t`, other controls
/// and invisible characters (U+2028 and U+2029 among them, which older
/// engines read as line ends) as `\u{..}` of the whole code point. A Rust
/// string holds no lone surrogate, so none is ever written, and a character
/// beyond the BMP is written as itself (never as two `\u` halves).
pub fn ts_string(s: &str) -> String {
    string_literal(s, &STRINGS)
}

const STRINGS: StringRules = StringRules {
    quote: '\'',
    dollar: false,
    nul: None,
    unicode: braced_unicode,
};

/// One line of TSDoc text: Markdown-escaped like every target's docs (no
/// `*/`), and `@` escaped (`\@`), which would start a block or inline tag
/// (`@deprecated`, `{@link}`).
pub fn ts_doc(s: &str) -> String {
    super::naming::markdown_doc(s).replace('@', "\\@")
}

/// Names the generated code itself declares or uses, per scope.
const RESERVED: Reserved = Reserved {
    // The package's own exports, and the global types and values the
    // generated code names (a table type with one of these names would
    // shadow it).
    types: &[
        "Actor",
        "Array",
        "BigInt",
        "Boolean",
        "CatalogCode",
        "CatalogError",
        "CatalogLocale",
        "Entry",
        "Error",
        "Intl",
        "Kind",
        "Map",
        "Number",
        "Object",
        "Open",
        "Platform",
        "Promise",
        "Prompt",
        "Readonly",
        "ReadonlyArray",
        "Record",
        "Set",
        "String",
        "Symbol",
        "Table",
        "TableTexts",
        "Value",
    ],
    // Members of every table's constant (`Keywords.fromCode`) and of the
    // values (`v.name`), names of Object.prototype, and `unknown`, the name
    // of unlisted codes.
    values: &[
        "unknown",
        "fromCode",
        "fromInt",
        "decodeFlags",
        "tableId",
        "open",
        "load",
        "isLoaded",
        "all",
        "prototype",
        "constructor",
        "hasOwnProperty",
        "isPrototypeOf",
        "propertyIsEnumerable",
        "toLocaleString",
        "toString",
        "valueOf",
        "__proto__",
    ],
    prompts: OBJECT_MEMBERS,
    kinds: OBJECT_MEMBERS,
    locales: OBJECT_MEMBERS,
    fold: Fold::Exact,
    value_classes: &[],
};

/// Object.prototype's members, which no property of a generated constant
/// object (`Kind`, `Prompt`, `Actor`) may take.
const OBJECT_MEMBERS: &[&str] = &[
    "constructor",
    "hasOwnProperty",
    "isPrototypeOf",
    "propertyIsEnumerable",
    "toLocaleString",
    "toString",
    "valueOf",
    "__proto__",
];

/// One non-fallback locale's texts of a table (or of the prompts and kinds).
struct LocaleTexts<'a> {
    tag: String,
    tag_lit: String,
    /// `src/texts/<tag>/<file>.ts`
    path: String,
    /// `'../texts/<tag>/<id>.js'`, from the table's module.
    import_lit: String,
    texts: Vec<&'a str>,
    solutions: Vec<Option<&'a str>>,
    /// Per entry, the template literal in this locale (`None`: none).
    templates: Vec<Option<&'a str>>,
}

/// A table as the TypeScript templates print it.
struct TsTable<'a> {
    t: &'a TableView,
    /// `src/tables/<id>.ts`
    file: String,
    /// The module specifier from `src/` (`'./tables/keywords.js'`).
    import_lit: String,
    /// Raw code literal -> value name, codes then aliases, each code once.
    lookup: Vec<(&'a str, &'a str)>,
    /// The fallback locale's messages and solutions, in the table's module.
    fallback: Vec<&'a str>,
    fallback_solutions: Vec<Option<&'a str>>,
    fallback_templates: Vec<Option<&'a str>>,
    texts: Vec<LocaleTexts<'a>>,
    /// Whether an entry has a template (the text modules then hold them).
    has_templates: bool,
    /// Per entry: the type of its typed `fill`'s values
    /// (`{ readonly field: string; ... }`), for a listed entry whose
    /// template has parameters of its own.
    fill_types: Vec<Option<String>>,
    has_fills: bool,
    has_units: bool,
    /// The names the module imports from `shared.ts` (those its entries use).
    shared_imports: String,
}

impl TsTable<'_> {
    /// A string literal of an entry's value name (the discriminant).
    fn name_lit(&self, e: &EntryView) -> String {
        ts_string(&e.name)
    }
}

/// The README's usage sample: the package's first table, its first listed
/// value and, when it has one, its first pattern family (so a package built
/// from a selection shows its own tables).
pub struct ReadmeSample<'a> {
    pub t: &'a TableView,
    pub value_lit: String,
    pub family_lit: Option<String>,
}

pub fn readme_sample(p: &PackageView) -> Option<ReadmeSample<'_>> {
    let listed = |t: &&TableView| t.units().next().is_some();
    let t = (p.tables.iter().filter(listed))
        .find(|t| t.has_patterns())
        .or_else(|| p.tables.iter().find(listed))?;
    Some(ReadmeSample {
        t,
        value_lit: ts_string(&t.units().next()?.name),
        family_lit: t.patterns().next().map(|e| ts_string(&e.name)),
    })
}

#[derive(Template)]
#[template(path = "typescript/package.json", escape = "none")]
struct PackageJson<'a> {
    p: &'a PackageView,
    /// The do-not-edit header as a JSON string (JSON has no comments).
    header_json: String,
}

#[derive(Template)]
#[template(path = "typescript/tsconfig.json", escape = "none")]
struct TsConfig<'a> {
    p: &'a PackageView,
}

#[derive(Template)]
#[template(path = "typescript/index.ts", escape = "none")]
struct IndexTs<'a> {
    p: &'a PackageView,
    tables: &'a [TsTable<'a>],
}

#[derive(Template)]
#[template(path = "typescript/core.ts", escape = "none")]
struct CoreTs<'a> {
    p: &'a PackageView,
}

#[derive(Template)]
#[template(path = "typescript/locale.ts", escape = "none")]
struct LocaleTs<'a> {
    p: &'a PackageView,
}

#[derive(Template)]
#[template(path = "typescript/shared.ts", escape = "none")]
struct SharedTs<'a> {
    p: &'a PackageView,
    shared: &'a [SharedTexts<'a>],
    fallback_prompts: Vec<&'a str>,
    fallback_kinds: Vec<&'a str>,
}

#[derive(Template)]
#[template(path = "typescript/shared_texts.ts", escape = "none")]
struct SharedTextsTs<'a> {
    p: &'a PackageView,
    s: &'a SharedTexts<'a>,
}

#[derive(Template)]
#[template(path = "typescript/decode.ts", escape = "none")]
struct DecodeTs<'a> {
    p: &'a PackageView,
    tables: &'a [TsTable<'a>],
}

#[derive(Template)]
#[template(path = "typescript/table.ts", escape = "none")]
struct TableTs<'a> {
    p: &'a PackageView,
    d: &'a TsTable<'a>,
}

#[derive(Template)]
#[template(path = "typescript/table_texts.ts", escape = "none")]
struct TableTextsTs<'a> {
    p: &'a PackageView,
    d: &'a TsTable<'a>,
    l: &'a LocaleTexts<'a>,
}

/// The prompts' texts and the kinds' labels in one non-fallback locale.
struct SharedTexts<'a> {
    tag_lit: String,
    tag: String,
    path: String,
    import_lit: String,
    prompts: Vec<&'a str>,
    kinds: Vec<&'a str>,
}

/// The file of the prompts' and kinds' texts in a locale: a hyphen, which no
/// table id has, keeps it apart from the tables' text files.
const SHARED_TEXTS: &str = "prompts-kinds";

fn texts_path(tag: &str, file: &str) -> String {
    format!("src/texts/{tag}/{file}.ts")
}

/// The locales whose texts load on demand (all but the fallback).
fn lazy_locales(p: &PackageView) -> impl Iterator<Item = &view::LocaleView> {
    p.locales.iter().filter(move |l| l.index != p.fallback)
}

fn ts_table<'a>(p: &'a PackageView, t: &'a TableView) -> TsTable<'a> {
    let mut lookup: Vec<(&str, &str)> = Vec::new();
    for e in t.units() {
        lookup.push((&e.code_lit, &e.name));
    }
    for (e, a) in t.aliases() {
        if !lookup.iter().any(|(c, _)| *c == a.code_lit) {
            lookup.push((&a.code_lit, &e.name));
        }
    }
    let solutions = |l: usize| -> Vec<Option<&'a str>> {
        if !t.has_solutions {
            return vec![];
        }
        t.entries
            .iter()
            .map(|e| e.solutions.as_ref().map(|s| s[l].as_str()))
            .collect()
    };
    let messages = |l: usize| t.entries.iter().map(|e| e.messages[l].as_str()).collect();
    let has_templates = t.entries.iter().any(|e| e.templates.is_some());
    let templates = |l: usize| -> Vec<Option<&'a str>> {
        if !has_templates {
            return vec![];
        }
        t.entries
            .iter()
            .map(|e| e.templates.as_ref().and_then(|x| x[l].as_deref()))
            .collect()
    };
    let fill_types: Vec<Option<String>> = t.entries.iter().map(fill_type).collect();
    let texts = lazy_locales(p)
        .map(|l| LocaleTexts {
            tag: l.tag.clone(),
            tag_lit: l.tag_lit.clone(),
            path: texts_path(&l.tag, &t.id),
            import_lit: ts_string(&format!("../texts/{}/{}.js", l.tag, t.id)),
            texts: messages(l.index),
            solutions: solutions(l.index),
            templates: templates(l.index),
        })
        .collect();
    TsTable {
        t,
        file: format!("src/tables/{}.ts", t.id),
        import_lit: ts_string(&format!("./tables/{}.js", t.id)),
        lookup,
        fallback: messages(p.fallback),
        fallback_solutions: solutions(p.fallback),
        fallback_templates: templates(p.fallback),
        texts,
        has_templates,
        has_fills: fill_types.iter().any(Option::is_some),
        fill_types,
        has_units: t.units().next().is_some(),
        shared_imports: shared_imports(t),
    }
}

/// The type of the values a listed entry's typed `fill` takes, if its
/// template has parameters of its own (a family's come from its code).
fn fill_type(e: &EntryView) -> Option<String> {
    if e.pattern.is_some() || e.templates.is_none() || e.params.is_empty() {
        return None;
    }
    let fields: Vec<String> = e
        .params
        .iter()
        .map(|p| {
            let ty = if p.int { "bigint | number" } else { "string" };
            format!("readonly {}: {ty}", p.name_lit)
        })
        .collect();
    Some(format!("{{ {} }}", fields.join("; ")))
}

/// `Actor, Kind, ...`: the shared vocabularies a table's entries name.
fn shared_imports(t: &TableView) -> String {
    let uses = |field: &str| t.entries.iter().any(|e| e.field(field).is_some());
    [
        ("Actor", uses("actor")),
        ("Kind", uses("kind")),
        ("Platform", uses("platform")),
        ("Prompt", uses("prompt")),
    ]
    .iter()
    .filter(|(_, used)| *used)
    .map(|(name, _)| *name)
    .collect::<Vec<_>>()
    .join(", ")
}

/// The TypeScript target's view: the shared view (every name and path
/// claimed in its registry).
pub struct TsView {
    p: PackageView,
}

/// The npm package when errgen.toml names none.
pub const DEFAULT_PACKAGE: &str = "errgen-codes";

/// An npm package name errgen.toml may give (npm's rules): at most 214
/// characters, lower case, optionally scoped (`@scope/name`), each part of
/// URL-safe characters (`a`-`z`, `0`-`9`, `-`, `.`, `_`, `~`) not starting
/// with `.` or `_`; not `node_modules` or `favicon.ico`.
pub fn check_package_name(name: &str) -> Result<(), String> {
    let part = |s: &str| {
        s.chars().next().is_some_and(|c| c != '.' && c != '_')
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-._~".contains(c))
    };
    let bare = match name.strip_prefix('@') {
        Some(scoped) => match scoped.split_once('/') {
            Some((scope, bare)) if part(scope) => bare,
            _ => "",
        },
        None => name,
    };
    if name.len() > 214 || !part(bare) {
        return Err("an npm package name is at most 214 characters of `a`-`z`, `0`-`9`, `-`, `.`, `_` and `~`, not starting with `.` or `_` (a scope as `@scope/name`)".into());
    }
    if ["node_modules", "favicon.ico"].contains(&bare) {
        return Err("npm refuses that name".into());
    }
    Ok(())
}

/// Builds the TypeScript view: the one place this target reads the model.
pub fn view(m: &Model) -> Result<TsView, Vec<Diagnostic>> {
    let mut reg = Registry::new("TypeScript", &[]);
    let mut p = view::build(&TypeScriptOracle, m, &RESERVED, &mut reg);
    p.pkg = view::PkgNames::named(&p.names.npm_package, DEFAULT_PACKAGE, str::to_owned);
    reg.own_files(&["package.json", "tsconfig.json"]);
    reg.own_files(&super::package::OWN);
    let own =
        ["index", "core", "locale", "shared", "decode", "version"].map(|f| format!("src/{f}.ts"));
    reg.own_files(&own);
    let shared: Vec<String> = lazy_locales(&p)
        .map(|l| texts_path(&l.tag, SHARED_TEXTS))
        .collect();
    reg.own_files(&shared);
    view::table_files(&p, &mut reg, |t| format!("src/tables/{}.ts", t.id));
    for l in lazy_locales(&p) {
        view::table_files(&p, &mut reg, |t| texts_path(&l.tag, &t.id));
    }
    // `messageWith` and `fill` read the values as own properties of an
    // object; `__proto__` in an object literal sets its prototype instead,
    // so no app could pass that value.
    super::naming::claim_model_params(
        &mut reg,
        m,
        "the values",
        &["__proto__"],
        "JavaScript's prototype accessor (an object literal cannot hold a value by that name)",
        str::to_owned,
    );
    reg.finish()?;
    Ok(TsView { p })
}

/// Prints the view.
pub fn files(v: &TsView) -> GenResult {
    let p = &v.p;
    let tables: Vec<TsTable> = p.tables.iter().map(|t| ts_table(p, t)).collect();
    let shared: Vec<SharedTexts> = lazy_locales(p)
        .map(|l| SharedTexts {
            tag_lit: l.tag_lit.clone(),
            tag: l.tag.clone(),
            path: texts_path(&l.tag, SHARED_TEXTS),
            import_lit: ts_string(&format!("./texts/{}/{SHARED_TEXTS}.js", l.tag)),
            prompts: p
                .prompts
                .iter()
                .map(|pr| pr.texts[l.index].as_str())
                .collect(),
            kinds: p.kinds.iter().map(|k| k.labels[l.index].as_str()).collect(),
        })
        .collect();
    let fb = p.fallback;
    let mut files = vec![
        render(
            &PackageJson {
                p,
                header_json: serde_json::to_string(&p.header).unwrap_or_default(),
            },
            "package.json",
        )?,
        render(&TsConfig { p }, "tsconfig.json")?,
        render(&IndexTs { p, tables: &tables }, "src/index.ts")?,
        render(&CoreTs { p }, "src/core.ts")?,
        render(&LocaleTs { p }, "src/locale.ts")?,
        render(
            &SharedTs {
                p,
                shared: &shared,
                fallback_prompts: p.prompts.iter().map(|pr| pr.texts[fb].as_str()).collect(),
                fallback_kinds: p.kinds.iter().map(|k| k.labels[fb].as_str()).collect(),
            },
            "src/shared.ts",
        )?,
        render(&DecodeTs { p, tables: &tables }, "src/decode.ts")?,
    ];
    files.extend(super::package::files(p, "typescript")?);
    let version = super::package::TypeScriptVersion { p };
    files.push(render(&version, "src/version.ts")?);
    for s in &shared {
        files.push(render(&SharedTextsTs { p, s }, &s.path)?);
    }
    for d in &tables {
        files.push(render(&TableTs { p, d }, &d.file)?);
        for l in &d.texts {
            files.push(render(&TableTextsTs { p, d, l }, &l.path)?);
        }
    }
    Ok(files)
}

/// The package's public surface (see [`crate::api`]), in TypeScript's names.
pub fn surface(v: &TsView) -> crate::api::Surface {
    let names = super::surface::Names {
        sep: ".",
        int: "bigint",
        string: "string",
        locale: "CatalogLocale",
        prompt: "Prompt",
        kind: "Kind",
        actor: "Actor",
        members: super::surface::TYPESCRIPT_MEMBERS,
    };
    super::surface::surface(&v.p, &names)
}

/// See [`view::relabel`].
pub fn relabel(v: &mut TsView, m: &Model) {
    view::relabel(&TypeScriptOracle, &mut v.p, m);
}

pub fn generate(m: &Model) -> GenResult {
    files(&view(m)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_come_back_exactly() {
        assert_eq!(ts_string("a'b\"c"), r#"'a\'b"c'"#);
        assert_eq!(ts_string("$x ${y} `z`"), r"'$x ${y} `z`'");
        assert_eq!(ts_string("\\n\n\r\t"), r"'\\n\n\r\t'");
        assert_eq!(
            ts_string("\u{7}\u{2028}\u{2029}\u{202e}\0"),
            r"'\u{7}\u{2028}\u{2029}\u{202e}\u{0}'"
        );
        // Beyond the BMP: the character itself, never surrogate escapes.
        assert_eq!(ts_string("🙂"), "'🙂'");
    }

    #[test]
    fn reserved_words_get_a_trailing_underscore() {
        let o = TypeScriptOracle;
        for w in [
            "class",
            "await",
            "let",
            "yield",
            "arguments",
            "eval",
            "satisfies",
        ] {
            assert_eq!(o.value_name(w), format!("{w}_"));
        }
        assert_eq!(o.value_name("self"), "self");
        assert_eq!(o.alias_name("old_one"), "legacyOldOne");
        assert_eq!(o.type_name("promise"), "Promise");
    }

    #[test]
    fn docs_cannot_start_tags_or_end_the_comment() {
        assert_eq!(
            ts_doc("a */ {@link x} @deprecated"),
            r"a \*\/ {\@link x} \@deprecated"
        );
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
    fn names_and_paths_the_package_uses_are_refused() {
        let mut m = hostile();
        let t = m.tables.iter_mut().find(|t| t.id == "keywords").unwrap();
        t.entries.iter_mut().find(|e| e.code == "fun").unwrap().code = "fromCode".into();
        let e = errors(&m);
        assert!(
            e.contains("entry \"fromCode\" becomes the TypeScript identifier `fromCode`"),
            "{e}"
        );
        // A table whose texts would be the prompts' and kinds' file.
        let mut m = hostile();
        let mut twin = m.tables[0].clone();
        twin.id = "prompts-kinds".into();
        m.tables.push(twin);
        let e = errors(&m);
        assert!(e.contains("`src/texts/zh/prompts-kinds.ts`"), "{e}");
    }
}
