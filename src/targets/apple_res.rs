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
use super::{GenFile, GenResult};
use crate::model::Model;
use serde_json::{Map, json};
use std::fmt::Write;
use std::path::PathBuf;

pub const TABLE: &str = "Errgen";

pub struct AppleView {
    pub header: String,
    pub source: String,
    /// (Apple locale, catalog tag), source first.
    pub locales: Vec<(String, String)>,
    pub keys: Vec<String>,
    pub comments: Vec<String>,
    pub res: ResView,
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
    let mut reg = Registry::new("Apple", &[]);
    reg.own_files(&[
        format!("{TABLE}.xcstrings"),
        format!("{}.lproj/{TABLE}.strings", r.source),
    ]);
    let mut locales = vec![(r.source.clone(), r.source.clone())];
    for l in &r.locales {
        let a = apple_locale(l);
        let owner = Owner::catalog(format!("locale {:?}", l.tag), &r.manifest);
        reg.file(&format!("{a}.lproj/{TABLE}.strings"), owner);
        locales.push((a, l.tag.clone()));
    }
    reg.finish()?;
    Ok(AppleView {
        header: res::header(&r.catalog),
        source: r.source.clone(),
        locales,
        keys: r.units.iter().map(|u| u.id.clone()).collect(),
        comments: r
            .units
            .iter()
            .map(|u| res::comment(&u.description()))
            .collect(),
        res: r,
    })
}

pub fn files(v: &AppleView) -> GenResult {
    let mut out = vec![xcstrings(v)];
    for (apple, tag) in &v.locales {
        let mut s = format!("/* {} */\n", v.header);
        for ((u, key), comment) in v.res.units.iter().zip(&v.keys).zip(&v.comments) {
            if let Some((text, _)) = u.get(tag) {
                let _ = write!(
                    s,
                    "\n/* {comment} */\n{} = {};\n",
                    strings_lit(key),
                    strings_lit(text)
                );
            }
        }
        out.push(GenFile {
            path: PathBuf::from(format!("{apple}.lproj/{TABLE}.strings")),
            content: s,
        });
    }
    Ok(out)
}

fn xcstrings(v: &AppleView) -> GenFile {
    let mut strings = Map::new();
    for ((u, key), comment) in v.res.units.iter().zip(&v.keys).zip(&v.comments) {
        let mut locs = Map::new();
        for (apple, tag) in &v.locales {
            if let Some((text, state)) = u.get(tag) {
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
            key.clone(),
            json!({"comment": comment, "extractionState": "manual", "localizations": locs}),
        );
    }
    let doc = json!({"sourceLanguage": v.source, "strings": strings, "version": "1.0"});
    GenFile {
        path: PathBuf::from(format!("{TABLE}.xcstrings")),
        content: serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n",
    }
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
