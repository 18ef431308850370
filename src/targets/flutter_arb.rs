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
//! `zh_Hant` (subtags joined with `_`). JSON strings through [`res::json_str`].

use super::naming::{Fold, Owner, Registry, camel};
use super::res::{self, Piece, ResView};
use super::{GenResult, render};
use crate::model::Model;
use crate::model::{Param, ParamType};
use crate::units::Unit;
use askama::Template;
use std::sync::Arc;

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
    /// The key (shared by its message in every file).
    pub key: Arc<str>,
    /// The ICU message ([`icu`]).
    pub value: String,
    /// The `@key` metadata, in the template (source locale) file only.
    pub meta: Option<ArbMeta>,
}

pub struct ArbMeta {
    /// `@key`.
    pub key: String,
    /// The translator notes.
    pub description: String,
    /// The `placeholders` object (JSON): `{}`, or each parameter of a
    /// template with its type (`{"field":{"type":"String"},"count":{"type":"int"}}`).
    pub placeholders: String,
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

/// A template as an ICU message: its text quoted as [`icu`] quotes it, each
/// parameter an argument `{name}`.
pub fn icu_template(template: &str, params: &[Param]) -> String {
    res::pieces(template, params)
        .iter()
        .map(|p| match p {
            Piece::Text(t) => icu(t),
            Piece::Param(i) => format!("{{{}}}", params[*i].name),
        })
        .collect()
}

/// The `placeholders` of a template, in the order the entry lists them:
/// text as `String`, integers as `int`.
fn placeholders(params: &[Param]) -> String {
    let fields: Vec<String> = (params.iter())
        .map(|p| {
            let ty = match p.ty {
                ParamType::Int => "int",
                ParamType::String => "String",
            };
            format!("{}:{{\"type\":\"{ty}\"}}", js(&p.name))
        })
        .collect();
    format!("{{{}}}", fields.join(","))
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
    let mut keys = keys;
    for t in &r.templates {
        let key = camel(&t.unit.words);
        let owner = Owner::catalog(format!("the template of {}", t.unit.what), &t.unit.loc);
        reg.ident("the ARB messages", Fold::Exact, &key, owner);
        // gen-l10n makes each placeholder a parameter of the method `key`,
        // as it is: a Dart keyword cannot be one, and ICU has no escape.
        super::naming::claim_params(
            &mut reg,
            &format!("the placeholders of {key}"),
            super::dart::KEYWORDS,
            "a Dart keyword (gen-l10n makes each placeholder a Dart parameter, and ICU cannot rename it)",
            t.params.iter().map(|p| (p.name.as_str(), p.name.clone())),
            &t.unit.what,
            &t.unit.loc,
        );
        keys.push(key);
    }
    let keys: Vec<Key> = (keys.into_iter())
        .map(|k| Key {
            json: js(&k).into(),
            name: k,
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

/// A message key, and the same as a JSON string.
struct Key {
    name: String,
    json: Arc<str>,
}

/// `keys`: the units' then the templates' (as [`view`] claims them).
fn arb_file(r: &ResView, keys: &[Key], locale: Option<&str>) -> ArbFile {
    let prefix = (r.names.arb_prefix.as_deref()).unwrap_or(DEFAULT_PREFIX);
    let tag = locale.unwrap_or(&r.source);
    let message = |u: &Unit, k: &Key, value: String, params: Option<&[Param]>| {
        Some(ArbMessage {
            key: k.json.clone(),
            value: js(&value),
            meta: locale.is_none().then(|| ArbMeta {
                key: js(&format!("@{}", k.name)),
                description: js(&u.description()),
                placeholders: params.map_or_else(|| "{}".into(), placeholders),
            }),
        })
    };
    let plain = (r.units.iter().zip(keys)).filter_map(|(u, k)| {
        let (text, _) = u.get(tag)?;
        message(u, k, icu(text), None)
    });
    let templates = (r.templates.iter().zip(&keys[r.units.len()..])).filter_map(|(t, k)| {
        let (text, _) = t.unit.get(tag)?;
        message(&t.unit, k, icu_template(text, &t.params), Some(&t.params))
    });
    let messages = plain.chain(templates).collect();
    let locale = arb_locale(tag);
    ArbFile {
        path: format!("arb/{prefix}_{locale}.arb"),
        locale: js(&locale),
        messages,
    }
}

fn js(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    res::json_str(&mut out, s);
    out
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
    fn templates_keep_their_arguments() {
        let p = |n: &str, ty| Param {
            name: n.into(),
            ty,
            from_pattern: false,
        };
        let params = [p("field", ParamType::String), p("count", ParamType::Int)];
        assert_eq!(
            icu_template("it's {count} '{field}' {x}", &params),
            "it''s {count} ''{field}'' '{'x'}'"
        );
        assert_eq!(
            placeholders(&params),
            r#"{"field":{"type":"String"},"count":{"type":"int"}}"#
        );
    }

    #[test]
    fn quotes_icu_syntax() {
        assert_eq!(icu("it's {x}"), "it''s '{'x'}'");
        assert_eq!(icu("'{"), "'''{'");
        assert_eq!(icu("{{x}}"), "'{{'x'}}'");
        assert_eq!(icu("{'a"), "'{'''a");
        assert_eq!(arb_locale("zh-Hant"), "zh_Hant");
    }
}
