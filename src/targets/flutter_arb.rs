//! Target `flutter-arb`: `arb/app_<locale>.arb` for Flutter's `gen-l10n`,
//! one message per message, solution, prompt and kind label.
//!
//! Keys: the unit's words in lowerCamelCase (`aaiLivenessSdkCameraOpenFailedMessage`,
//! `promptBlink`, `kindTooDark`): Dart identifiers, each claimed once. The
//! template (source locale) file carries `@key` metadata: a description (the
//! translator notes) and the placeholders (none yet). Messages are ICU
//! MessageFormat with every literal apostrophe doubled and `{` `}` quoted
//! ([`icu`]); apps set `use-escaping: true` in `l10n.yaml` so that
//! `gen-l10n` reads quotes as ICU does. Locales: `zh` -> `zh`, `zh-Hant` ->
//! `zh_Hant` (subtags joined with `_`). JSON strings through `serde_json`.

use super::naming::{Fold, Owner, Registry, camel};
use super::res::{self, ResView};
use super::{GenResult, render};
use crate::model::Model;
use askama::Template;

pub struct ArbView {
    /// The do-not-edit line, as a JSON string.
    pub header: String,
    pub files: Vec<ArbFile>,
}

/// Every string of an ARB file is a JSON literal, quotes included.
pub struct ArbFile {
    pub path: String,
    pub locale: String,
    pub messages: Vec<ArbMessage>,
}

pub struct ArbMessage {
    pub key: String,
    /// The ICU message ([`icu`]).
    pub value: String,
    /// `@key`.
    pub meta_key: String,
    /// The translator notes, in the template (source locale) file only.
    pub description: Option<String>,
}

/// A text as an ICU MessageFormat message that renders it unchanged: every
/// `'` doubled, and each run of `{` `}` quoted as one (`{{x}}` -> `'{{'x'}}'`;
/// quoting each brace alone would read `'}''}'` as `}'}`).
pub fn icu(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut quoted = false;
    for c in s.chars() {
        match c {
            '{' | '}' => {
                if !quoted {
                    out.push('\'');
                    quoted = true;
                }
                out.push(c);
            }
            '\'' => out.push_str("''"),
            c => {
                if quoted {
                    out.push('\'');
                    quoted = false;
                }
                out.push(c);
            }
        }
    }
    if quoted {
        out.push('\'');
    }
    out
}

/// The ARB locale of a tag: subtags joined with `_` (`zh-Hant` -> `zh_Hant`).
pub fn arb_locale(tag: &str) -> String {
    tag.replace('-', "_")
}

/// The ARB files' prefix when errgen.toml names none (`arb/app_en.arb`).
pub const DEFAULT_PREFIX: &str = "app";

/// An ARB file prefix errgen.toml may give (`[flutter-arb] prefix`):
/// lower-case ASCII letters, digits and `_`, starting with a letter.
pub fn check_prefix(prefix: &str) -> Result<(), String> {
    if super::naming::is_snake_prefix(prefix) {
        Ok(())
    } else {
        Err("an ARB file prefix is lower-case ASCII letters, digits and `_`, starting with a letter".into())
    }
}

pub fn view(m: &Model) -> Result<ArbView, Vec<crate::diag::Diagnostic>> {
    let r = res::build(m);
    let mut reg = Registry::new("Flutter", &[]);
    reg.reserve(
        "the ARB messages",
        Fold::Exact,
        &["locale"],
        "the ARB locale",
    );
    let keys: Vec<String> = (r.units.iter())
        .map(|u| {
            let key = camel(&u.words);
            let owner = Owner::catalog(u.what.clone(), &u.loc);
            reg.ident("the ARB messages", Fold::Exact, &key, owner);
            key
        })
        .collect();
    let mut files = vec![arb_file(&r, &keys, None)];
    reg.own_files(&[files[0].path.clone()]);
    for l in &r.locales {
        let f = arb_file(&r, &keys, Some(&l.tag));
        reg.file(
            &f.path,
            Owner::catalog(format!("locale {:?}", l.tag), &r.manifest),
        );
        files.push(f);
    }
    reg.finish()?;
    Ok(ArbView {
        header: js(&res::json_header(&r.catalog)),
        files,
    })
}

fn arb_file(r: &ResView, keys: &[String], locale: Option<&str>) -> ArbFile {
    let prefix = (r.names.arb_prefix.as_deref()).unwrap_or(DEFAULT_PREFIX);
    let tag = locale.unwrap_or(&r.source);
    let messages = (r.units.iter().zip(keys))
        .filter_map(|(u, k)| {
            let (text, _) = u.get(tag)?;
            Some(ArbMessage {
                key: js(k),
                value: js(&icu(text)),
                meta_key: js(&format!("@{k}")),
                description: locale.is_none().then(|| js(&u.description())),
            })
        })
        .collect();
    let locale = arb_locale(tag);
    ArbFile {
        path: format!("arb/{prefix}_{locale}.arb"),
        locale: js(&locale),
        messages,
    }
}

fn js(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

#[derive(Template)]
#[template(path = "flutter-arb/app.arb", escape = "none")]
struct AppArb<'a> {
    header: &'a str,
    f: &'a ArbFile,
}

pub fn files(v: &ArbView) -> GenResult {
    (v.files.iter())
        .map(|f| {
            let t = AppArb {
                header: &v.header,
                f,
            };
            render(&t, &f.path)
        })
        .collect()
}

pub fn generate(m: &Model) -> GenResult {
    files(&view(m)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_icu_syntax() {
        assert_eq!(icu("it's {x}"), "it''s '{'x'}'");
        assert_eq!(icu("'{"), "'''{'");
        assert_eq!(icu("{{x}}"), "'{{'x'}}'");
        assert_eq!(icu("{'a"), "'{'''a");
        assert_eq!(arb_locale("zh-Hant"), "zh_Hant");
    }
}
