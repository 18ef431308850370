//! The Rust target: a Cargo package with one `#[non_exhaustive]` enum per
//! table. Its oracle follows the Rust Reference, "Keywords".

use super::naming::{Oracle, is_invisible, markdown_doc, pascal, shouty};
use super::view::{self, PackageView, Reserved, TableView};
use super::{GenResult, render};
use crate::model::Model;
use askama::Template;

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
        let mut out = String::with_capacity(s.len() + 2);
        out.push('"');
        for c in s.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                c if c.is_control() || is_invisible(c) => {
                    out.push_str(&format!("\\u{{{:x}}}", c as u32))
                }
                c => out.push(c),
            }
        }
        out.push('"');
        out
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
}

const RESERVED: Reserved = Reserved {
    types: &[
        "Locale", "Platform", "Prompt", "Cow", "Option", "Result", "String", "Vec", "Some", "None",
        "Ok", "Err", "Box",
    ],
    values: &["Unknown"],
    prompts: &[],
    kinds: &[],
};

fn module(id: &str) -> String {
    if KEYWORDS.contains(&id) {
        format!("{id}_")
    } else {
        id.to_owned()
    }
}

pub fn generate(m: &Model) -> GenResult {
    let p = view::build(&RustOracle, m, &RESERVED)?;
    let modules: Vec<(String, String)> = p
        .tables
        .iter()
        .map(|t| (module(&t.id), t.type_name.clone()))
        .collect();
    let mut files = vec![
        render(&CargoToml { p: &p }, "Cargo.toml")?,
        render(&RustfmtToml { p: &p }, "rustfmt.toml")?,
        render(
            &LibRs {
                p: &p,
                modules: modules.clone(),
            },
            "src/lib.rs",
        )?,
    ];
    for (t, (module, _)) in p.tables.iter().zip(&modules) {
        files.push(render(&TableRs { p: &p, t }, &format!("src/{module}.rs"))?);
    }
    Ok(files)
}
