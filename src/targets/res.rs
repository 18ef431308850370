//! The shared part of the resource targets' views (`android-res`,
//! `apple-res`, `flutter-arb`): the catalog's translatable texts as
//! [`crate::units::Unit`]s, and its locales taken apart. With
//! [`super::view`], this is the only module under `targets` that reads the
//! [`Model`]; each resource target names keys and paths and escapes texts
//! through its own rules, from this view only.

use crate::diag::Loc;
use crate::locale::{Tag, likely_script, parse};
use crate::model::{Model, TextState};
use crate::model::{Param, ParamType};
use crate::units::{Unit, template_units, units};
use std::path::PathBuf;

pub struct ResView {
    /// The catalog folder as shown in headers (not yet escaped).
    pub catalog: String,
    /// The source locale: its texts are complete and the default resources.
    pub source: String,
    /// The other locales, in manifest order.
    pub locales: Vec<LocaleRes>,
    pub units: Vec<Unit>,
    /// The entries' templates ([`template_units`]), each with its parameters.
    pub templates: Vec<TemplateRes>,
    /// Where the locales are declared (for path clashes).
    pub manifest: Loc,
    /// The names an app chose in its errgen.toml (prefixes, table name).
    pub names: crate::model::Names,
}

pub struct LocaleRes {
    pub tag: String,
    pub parsed: Tag,
    /// The script written or, for Chinese, inferred (`zh` -> `Hans`).
    pub script: Option<String>,
}

pub fn build(m: &Model) -> ResView {
    let locales = (m.locales.iter())
        .filter(|l| **l != m.source_locale)
        .map(|l| {
            let parsed = parse(l);
            let script = (parsed.script.clone()).or_else(|| {
                likely_script(&parsed.language, parsed.region.as_deref()).map(String::from)
            });
            LocaleRes {
                tag: l.clone(),
                parsed,
                script,
            }
        })
        .collect();
    ResView {
        catalog: m.catalog.clone(),
        source: m.source_locale.clone(),
        locales,
        units: units(m),
        templates: template_units(m)
            .into_iter()
            .map(|(unit, params)| TemplateRes { unit, params })
            .collect(),
        manifest: Loc::file_start(PathBuf::from(&m.catalog).join("catalog.yaml")),
        names: m.package.names.clone(),
    }
}

/// A template as a resource: its unit (texts with `{name}` placeholders)
/// and its parameters, whose positions (from 1) the formats that number
/// their arguments use.
pub struct TemplateRes {
    pub unit: Unit,
    pub params: Vec<Param>,
}

/// A piece of a template: literal text, or the parameter at an index of
/// [`TemplateRes::params`].
#[derive(Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(&'a str),
    Param(usize),
}

/// A template taken apart into text and parameters. A `{name}` that names
/// no parameter stays text (`errgen check` refuses such templates).
pub fn pieces<'a>(template: &'a str, params: &[Param]) -> Vec<Piece<'a>> {
    let mut out = Vec::new();
    let rest = template;
    let mut text_start = 0;
    let mut pos = 0;
    while let Some(open) = rest[pos..].find('{').map(|i| pos + i) {
        let Some(close) = rest[open..].find('}').map(|i| open + i) else {
            break;
        };
        let name = &rest[open + 1..close];
        if let Some(i) = params.iter().position(|p| p.name == name) {
            if open > text_start {
                out.push(Piece::Text(&rest[text_start..open]));
            }
            out.push(Piece::Param(i));
            text_start = close + 1;
        }
        pos = close + 1;
    }
    if text_start < rest.len() {
        out.push(Piece::Text(&rest[text_start..]));
    }
    out
}

/// A template as a printf-style format string with positional arguments
/// (Android's and Foundation's formatters read them alike): each parameter
/// as `%<position>$<conv>` (positions from 1, in the order the entry lists
/// its parameters; `conv` gives the conversion of a type), a literal `%`
/// as `%%`.
pub fn positional(template: &str, params: &[Param], conv: fn(ParamType) -> &'static str) -> String {
    pieces(template, params)
        .iter()
        .map(|p| match p {
            Piece::Text(t) => t.replace('%', "%%"),
            Piece::Param(i) => format!("%{}${}", i + 1, conv(params[*i].ty)),
        })
        .collect()
}

/// The notes of a template resource: its unit's, and its arguments by
/// position (`Arguments: %1$ = field (string), ...`).
pub fn template_notes(t: &TemplateRes) -> String {
    let args: Vec<String> = (t.params.iter().enumerate())
        .map(|(i, p)| format!("%{}$ = {} ({})", i + 1, p.name, p.ty.id()))
        .collect();
    format!("{}; Arguments: {}", t.unit.description(), args.join(", "))
}

/// Whether a text still needs a reviewer (vendor wording or a draft).
pub fn needs_review(state: Option<TextState>) -> bool {
    matches!(state, Some(TextState::Vendor | TextState::Draft))
}

/// The do-not-edit line of the resource files, safe in XML and C comments
/// (no `--`, no `*/`, no line break).
pub fn header(catalog: &str) -> String {
    let cat = super::naming::comment_text(catalog)
        .replace("--", "-\u{2010}")
        .replace("*/", "*\u{2215}");
    format!(
        "{} from {cat}/; do not edit: change the catalog and run `errgen build`.",
        super::MARKER
    )
}

/// The do-not-edit line as a JSON string's text: JSON escaping keeps it
/// on one line, so the catalog path is written as it is.
pub fn json_header(catalog: &str) -> String {
    format!(
        "{} from {catalog}/; do not edit: change the catalog and run `errgen build`.",
        super::MARKER
    )
}

/// Appends `s` as a JSON string, quotes included, escaped as `serde_json`
/// writes it: `"` `\\` and the C0 controls (`\b` `\t` `\n` `\f` `\r`, others
/// `\u00xx`); everything else, non-ASCII included, as it is. The resource
/// targets write their JSON (String Catalog, ARB) with it.
pub fn json_str(out: &mut String, s: &str) {
    out.reserve(s.len() + 2);
    out.push('"');
    let mut run = 0;
    for (i, b) in s.bytes().enumerate() {
        let esc = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&s[run..i]);
        run = i + 1;
        if esc.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(HEX[(b >> 4) as usize] as char);
            out.push(HEX[(b & 0xf) as usize] as char);
        } else {
            out.push_str(esc);
        }
    }
    out.push_str(&s[run..]);
    out.push('"');
}

/// `s` as comment text in XML (`<!-- -->`) and in C-style `/* */`
/// comments: on one line, no `--` and no `*/`.
pub fn comment(s: &str) -> String {
    let mut t = super::naming::comment_text(s);
    while t.contains("--") {
        t = t.replace("--", "-\u{2010}");
    }
    t.replace("*/", "*\u{2215}").replace("/*", "\u{2215}*")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_come_apart() {
        let p = |n: &str| Param {
            name: n.into(),
            ty: crate::model::ParamType::String,
            from_pattern: false,
        };
        let params = [p("a"), p("b")];
        assert_eq!(
            pieces("x {b}{a} {c} y", &params),
            [
                Piece::Text("x "),
                Piece::Param(1),
                Piece::Param(0),
                Piece::Text(" {c} y")
            ]
        );
        assert_eq!(pieces("{a}", &params), [Piece::Param(0)]);
        assert_eq!(pieces("{a", &params), [Piece::Text("{a")]);
    }

    #[test]
    fn json_strings_as_serde_json_writes_them() {
        let mut all: String = (0..0x300u32).filter_map(char::from_u32).collect();
        all.push_str("\u{2028}\u{feff}\u{10ffff}é\"\\/");
        let mut samples = vec![String::new(), all.clone()];
        samples.extend(all.chars().map(|c| format!("a{c}b")));
        for s in samples {
            let mut out = String::from("x");
            json_str(&mut out, &s);
            assert_eq!(out[1..], serde_json::to_string(&s).unwrap(), "{s:?}");
        }
    }

    #[test]
    fn comments_cannot_close() {
        for s in ["a --> b", "x */ y", "---", "a\nb", "/* c"] {
            let c = comment(s);
            assert!(
                !c.contains("--") && !c.contains("*/") && !c.contains("/*") && !c.contains('\n'),
                "{c}"
            );
        }
    }
}
