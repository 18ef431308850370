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
use super::{GenFile, GenResult};
use crate::model::Model;
use std::path::PathBuf;

pub struct ArbView {
    pub header: String,
    pub files: Vec<ArbFile>,
}

pub struct ArbFile {
    pub path: String,
    pub locale: String,
    /// (key, ICU message, description for the template file).
    pub messages: Vec<(String, String, Option<String>)>,
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
        header: res::json_header(&r.catalog),
        files,
    })
}

fn arb_file(r: &ResView, keys: &[String], locale: Option<&str>) -> ArbFile {
    let tag = locale.unwrap_or(&r.source);
    let messages = (r.units.iter().zip(keys))
        .filter_map(|(u, k)| {
            let (text, _) = u.get(tag)?;
            Some((
                k.clone(),
                icu(text),
                locale.is_none().then(|| u.description()),
            ))
        })
        .collect();
    let locale = arb_locale(tag);
    ArbFile {
        path: format!("arb/app_{locale}.arb"),
        locale,
        messages,
    }
}

fn js(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

pub fn files(v: &ArbView) -> GenResult {
    let mut out = Vec::new();
    for f in &v.files {
        let mut lines = vec![
            format!("  \"@@x-generated\": {}", js(&v.header)),
            format!("  \"@@locale\": {}", js(&f.locale)),
        ];
        for (key, msg, desc) in &f.messages {
            lines.push(format!("  {}: {}", js(key), js(msg)));
            if let Some(d) = desc {
                lines.push(format!(
                    "  {}: {{\n    \"description\": {},\n    \"placeholders\": {{}}\n  }}",
                    js(&format!("@{key}")),
                    js(d)
                ));
            }
        }
        out.push(GenFile {
            path: PathBuf::from(&f.path),
            content: format!("{{\n{}\n}}\n", lines.join(",\n")),
        });
    }
    Ok(out)
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
