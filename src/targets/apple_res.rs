//! Target `apple-res`: a String Catalog `Errgen.xcstrings` (Xcode 15 and
//! later) with each text's state, and `<locale>.lproj/Errgen.strings` for
//! older toolchains, one key per message, solution, prompt and kind label.
//!
//! Keys are the stable unit ids (`table/aai_liveness_sdk/CAMERA_OPEN_FAILED/message`,
//! `prompt/blink/text`, `kind/too_dark/label`), unique by construction.
//! States: the source locale and `reviewed` texts are `translated`, `vendor`
//! and `draft` texts `needs_review`. Locales: Chinese carries its script
//! (`zh` -> `zh-Hans`, `zh-Hant`), other tags stay as written. `.strings`
//! escaping: [`strings_lit`]; the String Catalog's JSON: [`xcstrings`], its
//! strings through [`res::json_str`].

use super::naming::{Owner, Registry, escape_into, is_invisible};
use super::res::{self, LocaleRes, ResView};
use super::{GenFile, GenResult, render};
use crate::model::Model;
use askama::Template;
use std::borrow::Cow;
use std::path::PathBuf;
use std::sync::Arc;

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
    /// The String Catalog: the JSON text of `<table>.xcstrings`.
    pub catalog: String,
}

pub struct StringsFile {
    pub path: String,
    pub entries: Vec<StringsEntry>,
}

/// One `.strings` line, every part escaped: comment text, key and value
/// literals (comment and key shared by the key's line in every locale).
pub struct StringsEntry {
    pub comment: Arc<str>,
    pub key: Arc<str>,
    pub value: String,
}

/// A text as a quoted `.strings` value: `"` and `\` escaped, line breaks and
/// tabs as `\n` `\r` `\t`, other control and invisible characters as `\UXXXX`.
pub fn strings_lit(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    escape_into(&mut out, s, |_, c| match c {
        '"' => Some("\\\"".into()),
        '\\' => Some("\\\\".into()),
        '\n' => Some("\\n".into()),
        '\r' => Some("\\r".into()),
        '\t' => Some("\\t".into()),
        c if (c.is_control() || is_invisible(c)) && (c as u32) <= 0xFFFF => {
            Some(format!("\\U{:04X}", c as u32).into())
        }
        _ => None,
    });
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
                        key: x.key.clone(),
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
    /// The `.strings` comment text and key literal.
    comment: Arc<str>,
    key: Arc<str>,
}

impl<'a> AppleText<'a> {
    fn get(&self, tag: &str) -> Option<(Cow<'a, str>, Option<crate::model::TextState>)> {
        let (text, state) = self.unit.get(tag)?;
        let text = match self.params {
            Some(p) => Cow::Owned(format_string(text, p)),
            None => Cow::Borrowed(text),
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
        comment: res::comment(&u.description()).into(),
        key: strings_lit(&u.id).into(),
    });
    let templates = r.templates.iter().map(|t| AppleText {
        id: &t.unit.id,
        unit: &t.unit,
        params: Some(&t.params),
        comment: res::comment(&res::template_notes(t)).into(),
        key: strings_lit(&t.unit.id).into(),
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
        content: v.catalog.clone(),
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
/// string unit (value and state) per locale that has a text. Written as
/// `serde_json`'s pretty printer writes the same JSON object (keys sorted,
/// two-space indent, `{}` when empty), in one pass into one buffer.
fn xcstrings(r: &ResView, locales: &[(String, String)], texts: &[AppleText]) -> String {
    // Keys in sorted order; a key given twice keeps its last text, as a map would.
    let mut keys: Vec<&AppleText> = texts.iter().collect();
    keys.sort_by(|a, b| a.id.cmp(b.id));
    let keys: Vec<&AppleText> = (keys.iter().enumerate())
        .filter(|(i, x)| keys.get(i + 1).is_none_or(|n| n.id != x.id))
        .map(|(_, x)| *x)
        .collect();
    let mut locales: Vec<&(String, String)> = locales.iter().collect();
    locales.sort_by(|a, b| a.0.cmp(&b.0));
    locales.dedup_by(|b, a| a.0 == b.0);
    let size: usize = (texts.iter().map(|x| x.id.len() + x.comment.len() + 120)).sum();
    let mut out = String::with_capacity(size * (locales.len() + 1) * 2);
    out.push_str("{\n  \"sourceLanguage\": ");
    res::json_str(&mut out, &r.source);
    out.push_str(",\n  \"strings\": {");
    for (n, x) in keys.iter().enumerate() {
        out.push_str(if n == 0 { "\n    " } else { ",\n    " });
        res::json_str(&mut out, x.id);
        out.push_str(": {\n      \"comment\": ");
        res::json_str(&mut out, &x.comment);
        out.push_str(",\n      \"extractionState\": \"manual\",\n      \"localizations\": {");
        let mut any = false;
        for (apple, tag) in &locales {
            let Some((text, state)) = x.get(tag) else {
                continue;
            };
            let state = if res::needs_review(state) {
                "needs_review"
            } else {
                "translated"
            };
            out.push_str(if any { ",\n        " } else { "\n        " });
            any = true;
            res::json_str(&mut out, apple);
            out.push_str(": {\n          \"stringUnit\": {\n            \"state\": \"");
            out.push_str(state);
            out.push_str("\",\n            \"value\": ");
            res::json_str(&mut out, &text);
            out.push_str("\n          }\n        }");
        }
        out.push_str(if any { "\n      }\n    }" } else { "}\n    }" });
    }
    out.push_str(if keys.is_empty() { "},\n" } else { "\n  },\n" });
    out.push_str("  \"version\": \"1.0\"\n}\n");
    out
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
