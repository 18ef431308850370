//! Target `apple-res`: a String Catalog `Errgen.xcstrings` (Xcode 15 and
//! later) with each text's state, and `<locale>.lproj/Errgen.strings` for
//! older toolchains, one key per message, solution, prompt and kind label.
//!
//! Keys are the stable unit ids (`table/aai_liveness_sdk/CAMERA_OPEN_FAILED/message`,
//! `prompt/blink/text`, `kind/too_dark/label`), unique by construction.
//! States: the source locale and `reviewed` texts are `translated`, `vendor`
//! and `draft` texts `needs_review`. Locales: Chinese carries its script
//! (`zh` -> `zh-Hans`, `zh-Hant`), other tags stay as written. `.strings`
//! escaping: [`strings_lit`]; JSON through `serde_json`.

use super::naming::{Owner, Registry, is_invisible};
use super::res::{self, LocaleRes, ResView};
use super::{GenFile, GenResult, render};
use crate::model::Model;
use askama::Template;
use serde_json::{Map, json};
use std::fmt::Write;
use std::path::PathBuf;

/// The strings table when errgen.toml names none.
pub const TABLE: &str = "Errgen";

/// A table name errgen.toml may give (`[apple-res] table`): ASCII letters,
/// digits and `_`, starting with a letter (the files' name, and the
/// `table:` apps look texts up in).
pub fn check_table(name: &str) -> Result<(), String> {
    if super::naming::is_ascii_ident(name) && !name.starts_with('_') {
        Ok(())
    } else {
        Err("a strings table name is ASCII letters, digits and `_`, starting with a letter".into())
    }
}

pub struct AppleView {
    pub header: String,
    /// The strings table (`Errgen`): the files' name.
    pub table: String,
    /// One `.strings` file per locale, source first.
    pub strings: Vec<StringsFile>,
    /// The String Catalog, as the JSON it is written as.
    pub catalog: serde_json::Value,
}

pub struct StringsFile {
    pub path: String,
    pub entries: Vec<StringsEntry>,
}

/// One `.strings` line, every part escaped: comment text, key and value literals.
pub struct StringsEntry {
    pub comment: String,
    pub key: String,
    pub value: String,
}

/// A text as a quoted `.strings` value: `"` and `\` escaped, line breaks and
/// tabs as `\n` `\r` `\t`, other control and invisible characters as `\UXXXX`.
pub fn strings_lit(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c.is_control() || is_invisible(c)) && (c as u32) <= 0xFFFF => {
                let _ = write!(out, "\\U{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The Apple locale of a catalog locale.
pub fn apple_locale(l: &LocaleRes) -> String {
    match (l.parsed.language.as_str(), &l.script, &l.parsed.region) {
        ("zh", Some(s), Some(r)) => format!("zh-{s}-{r}"),
        ("zh", Some(s), None) => format!("zh-{s}"),
        _ => l.tag.clone(),
    }
}

pub fn view(m: &Model) -> Result<AppleView, Vec<crate::diag::Diagnostic>> {
    let r = res::build(m);
    let table = (r.names.apple_table.clone()).unwrap_or_else(|| TABLE.to_owned());
    let mut reg = Registry::new("Apple", &[]);
    reg.own_files(&[
        format!("{table}.xcstrings"),
        format!("{}.lproj/{table}.strings", r.source),
    ]);
    let mut locales = vec![(r.source.clone(), r.source.clone())];
    for l in &r.locales {
        let a = apple_locale(l);
        let owner = Owner::catalog(format!("locale {:?}", l.tag), &r.manifest);
        reg.file(&format!("{a}.lproj/{table}.strings"), owner);
        locales.push((a, l.tag.clone()));
    }
    reg.finish()?;
    let texts = apple_texts(&r);
    let strings = (locales.iter())
        .map(|(apple, tag)| StringsFile {
            path: format!("{apple}.lproj/{table}.strings"),
            entries: (texts.iter())
                .filter_map(|x| {
                    let (text, _) = x.get(tag)?;
                    Some(StringsEntry {
                        comment: x.comment.clone(),
                        key: strings_lit(x.id),
                        value: strings_lit(&text),
                    })
                })
                .collect(),
        })
        .collect();
    Ok(AppleView {
        header: res::header(&r.catalog),
        table: table.clone(),
        strings,
        catalog: xcstrings(&r, &locales, &texts),
    })
}

/// One key of the resources: a unit's texts as Apple reads them (a
/// template's as a format string), and its comment.
struct AppleText<'a> {
    id: &'a str,
    unit: &'a crate::units::Unit,
    /// A template's parameters (`None`: a plain text, written as it is).
    params: Option<&'a [crate::model::Param]>,
    comment: String,
}

impl AppleText<'_> {
    fn get(&self, tag: &str) -> Option<(String, Option<crate::model::TextState>)> {
        let (text, state) = self.unit.get(tag)?;
        let text = match self.params {
            Some(p) => format_string(text, p),
            None => text.to_owned(),
        };
        Some((text, state))
    }
}

/// Every unit, then every template, as keys.
fn apple_texts(r: &ResView) -> Vec<AppleText<'_>> {
    let plain = r.units.iter().map(|u| AppleText {
        id: &u.id,
        unit: u,
        params: None,
        comment: res::comment(&u.description()),
    });
    let templates = r.templates.iter().map(|t| AppleText {
        id: &t.unit.id,
        unit: &t.unit,
        params: Some(&t.params),
        comment: res::comment(&res::template_notes(t)),
    });
    plain.chain(templates).collect()
}

/// A template as a Foundation format string (`String(format:)`,
/// `String.localizedStringWithFormat`): `%1$@` text (a `String`), `%2$lld`
/// an integer (`Int`, `Int64`) ([`res::positional`]).
pub fn format_string(template: &str, params: &[crate::model::Param]) -> String {
    res::positional(template, params, |ty| match ty {
        crate::model::ParamType::Int => "lld",
        crate::model::ParamType::String => "@",
    })
}

#[derive(Template)]
#[template(path = "apple-res/Errgen.strings", escape = "none")]
struct StringsTemplate<'a> {
    header: &'a str,
    entries: &'a [StringsEntry],
}

pub fn files(v: &AppleView) -> GenResult {
    let mut out = vec![GenFile {
        path: PathBuf::from(format!("{}.xcstrings", v.table)),
        content: serde_json::to_string_pretty(&v.catalog).unwrap_or_default() + "\n",
    }];
    for f in &v.strings {
        let t = StringsTemplate {
            header: &v.header,
            entries: &f.entries,
        };
        out.push(render(&t, &f.path)?);
    }
    Ok(out)
}

/// The String Catalog: every unit under its id, with a comment, and a
/// string unit (value and state) per locale that has a text.
fn xcstrings(r: &ResView, locales: &[(String, String)], texts: &[AppleText]) -> serde_json::Value {
    let mut strings = Map::new();
    for x in texts {
        let mut locs = Map::new();
        for (apple, tag) in locales {
            if let Some((text, state)) = x.get(tag) {
                let state = if res::needs_review(state) {
                    "needs_review"
                } else {
                    "translated"
                };
                locs.insert(
                    apple.clone(),
                    json!({"stringUnit": {"state": state, "value": text}}),
                );
            }
        }
        strings.insert(
            x.id.to_owned(),
            json!({"comment": x.comment, "extractionState": "manual", "localizations": locs}),
        );
    }
    json!({"sourceLanguage": r.source, "strings": strings, "version": "1.0"})
}

pub fn generate(m: &Model) -> GenResult {
    files(&view(m)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_escaping() {
        assert_eq!(strings_lit("a\"b\\c\nd\u{7}"), "\"a\\\"b\\\\c\\nd\\U0007\"");
    }
}
