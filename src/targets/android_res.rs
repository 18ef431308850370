//! Target `android-res`: `res/values*/errgen_strings.xml`, one string
//! resource per message, solution, prompt and kind label.
//!
//! Names: `errgen_` + the unit's words (`errgen_<table>_<code words>_message`,
//! `errgen_prompt_<key>`, `errgen_kind_<id>`), lower snake case ASCII, so
//! valid resource names on every Android version; two units that would get
//! one name are an error at the catalog item. Folders: the source locale is
//! the default `values/`; other locales get every qualifier Android resolves
//! them by on every API level (see [`folders`]). Texts are escaped by
//! [`escape`], the one authority for Android string resources.

use super::naming::{Fold, Owner, Registry, is_invisible};
use super::res::{self, LocaleRes, ResView};
use super::{GenResult, render};
use crate::model::Model;
use askama::Template;
use std::fmt::Write;

pub struct AndroidView {
    pub header: String,
    /// One file per folder, default first.
    pub files: Vec<StringsFile>,
}

pub struct StringsFile {
    pub path: String,
    pub default: bool,
    pub strings: Vec<StringRes>,
}

pub struct StringRes {
    pub name: String,
    /// The element's text, escaped.
    pub value: String,
    /// The text holds `%`: marked `formatted="false"` so aapt and lint do
    /// not read it as a format string.
    pub not_formatted: bool,
    /// Notes for the default file's comment.
    pub comment: Option<String>,
}

/// A text as the content of a `<string>` element, read back by aapt as
/// written: `\` `'` `"` escaped, `@` and `?` escaped at the start, `&` `<`
/// `>` as entities, line breaks and tabs as `\n` `\t`, spaces that aapt
/// would trim or collapse (at either end, or next to another space) as
/// `\u0020`, other control and invisible characters as `\uXXXX`.
pub fn escape(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        let edge = i == 0 || i + 1 == chars.len();
        let near_space =
            (i > 0 && chars[i - 1] == ' ') || chars.get(i + 1).is_some_and(|n| *n == ' ');
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '@' | '?' if i == 0 => {
                out.push('\\');
                out.push(c);
            }
            ' ' if edge || near_space => out.push_str("\\u0020"),
            c if (c.is_control() || is_invisible(c)) && (c as u32) <= 0xFFFF => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

/// The resource folders of a locale, relative to `res/`. Legacy language
/// codes Android still uses (`in`, `iw`, `ji`) get a folder too; Chinese gets
/// the region folders older Android versions resolve (`zh-rTW`, `zh-rHK`,
/// `zh-rMO` for Traditional; `zh` for Simplified) and the script folder
/// (`b+zh+Hant`) that Android 7 and later resolve.
pub fn folders(l: &LocaleRes) -> Vec<String> {
    let p = &l.parsed;
    let lang = p.language.as_str();
    let mut langs = vec![lang.to_owned()];
    match lang {
        "id" => langs.insert(0, "in".into()),
        "he" => langs.insert(0, "iw".into()),
        "yi" => langs.insert(0, "ji".into()),
        _ => {}
    }
    let region = p.region.as_deref();
    let numeric = region.is_some_and(|r| r.chars().all(|c| c.is_ascii_digit()));
    let mut out = Vec::new();
    if lang == "zh" || p.script.is_some() {
        let script = l.script.as_deref().unwrap_or("Latn");
        match (lang, script, region) {
            (_, _, Some(r)) if !numeric => out.push(format!("values-{lang}-r{r}")),
            ("zh", "Hant", None) => {
                out.extend(["values-zh-rTW", "values-zh-rHK", "values-zh-rMO"].map(String::from))
            }
            ("zh", "Hans", None) => out.push("values-zh".into()),
            _ => {}
        }
        let r = region.map(|r| format!("+{r}")).unwrap_or_default();
        out.push(format!("values-b+{lang}+{script}{r}"));
    } else {
        for lg in &langs {
            match region {
                Some(r) if numeric => out.push(format!("values-b+{lg}+{r}")),
                Some(r) => out.push(format!("values-{lg}-r{r}")),
                None => out.push(format!("values-{lg}")),
            }
        }
    }
    out
}

/// The resources' name prefix when errgen.toml names none; the file is
/// `<prefix>_strings.xml`.
pub const DEFAULT_PREFIX: &str = "errgen";

/// A name prefix errgen.toml may give (`[android-res] prefix`): lower-case
/// ASCII letters, digits and `_`, starting with a letter, so every name is
/// a valid resource name in Android's lower snake case.
pub fn check_prefix(prefix: &str) -> Result<(), String> {
    if super::naming::is_snake_prefix(prefix) {
        Ok(())
    } else {
        Err("a resource name prefix is lower-case ASCII letters, digits and `_`, starting with a letter".into())
    }
}

/// A template as an Android format string (`getString(id, args...)`, Java's
/// `Formatter`): `%1$s` text, `%2$d` an integer ([`res::positional`]).
pub fn format_string(template: &str, params: &[crate::model::Param]) -> String {
    res::positional(template, params, |ty| match ty {
        crate::model::ParamType::Int => "d",
        crate::model::ParamType::String => "s",
    })
}

pub fn view(m: &Model) -> Result<AndroidView, Vec<crate::diag::Diagnostic>> {
    let r = res::build(m);
    let prefix = (r.names.android_prefix.as_deref()).unwrap_or(DEFAULT_PREFIX);
    let file = format!("{prefix}_strings.xml");
    let mut reg = Registry::new("Android", &[]);
    let names: Vec<String> = (r.units.iter())
        .map(|u| {
            let name = format!("{prefix}_{}", u.words);
            let owner = Owner::catalog(u.what.clone(), &u.loc);
            reg.ident("the string resources", Fold::Exact, &name, owner);
            name
        })
        .collect();
    let templates: Vec<String> = (r.templates.iter())
        .map(|t| {
            let name = format!("{prefix}_{}", t.unit.words);
            let owner = Owner::catalog(format!("the template of {}", t.unit.what), &t.unit.loc);
            reg.ident("the string resources", Fold::Exact, &name, owner);
            name
        })
        .collect();
    let names = Names {
        units: names,
        templates,
    };
    let mut files = vec![strings_file(&r, &names, None, format!("values/{file}"))];
    reg.own_files(&[format!("res/values/{file}")]);
    for l in &r.locales {
        for folder in folders(l) {
            let path = format!("res/{folder}/{file}");
            reg.file(
                &path,
                Owner::catalog(format!("locale {:?}", l.tag), &r.manifest),
            );
            files.push(strings_file(
                &r,
                &names,
                Some(&l.tag),
                format!("{folder}/{file}"),
            ));
        }
    }
    reg.finish()?;
    Ok(AndroidView {
        header: res::header(&r.catalog),
        files,
    })
}

/// The resource names the view handed out: one per unit, one per template.
struct Names {
    units: Vec<String>,
    templates: Vec<String>,
}

fn strings_file(r: &ResView, names: &Names, locale: Option<&str>, path: String) -> StringsFile {
    let tag = locale.unwrap_or(&r.source);
    let mut strings: Vec<StringRes> = (r.units.iter().zip(&names.units))
        .filter_map(|(u, name)| {
            let (text, _) = u.get(tag)?;
            Some(StringRes {
                name: name.clone(),
                value: escape(text),
                not_formatted: text.contains('%'),
                comment: locale.is_none().then(|| res::comment(&u.description())),
            })
        })
        .collect();
    strings.extend(
        (r.templates.iter().zip(&names.templates)).filter_map(|(t, name)| {
            let (text, _) = t.unit.get(tag)?;
            Some(StringRes {
                name: name.clone(),
                value: escape(&format_string(text, &t.params)),
                not_formatted: false,
                comment: locale
                    .is_none()
                    .then(|| res::comment(&res::template_notes(t))),
            })
        }),
    );
    StringsFile {
        path: format!("res/{path}"),
        default: locale.is_none(),
        strings,
    }
}

#[derive(Template)]
#[template(path = "android-res/errgen_strings.xml", escape = "none")]
struct StringsXml<'a> {
    header: &'a str,
    f: &'a StringsFile,
}

pub fn files(v: &AndroidView) -> GenResult {
    (v.files.iter())
        .map(|f| {
            let t = StringsXml {
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
    fn escapes_what_aapt_reads() {
        assert_eq!(escape("it's \"x\""), "it\\'s \\\"x\\\"");
        assert_eq!(escape("@x ?y"), "\\@x ?y");
        assert_eq!(escape("?y"), "\\?y");
        assert_eq!(escape(" a  b "), "\\u0020a\\u0020\\u0020b\\u0020");
        assert_eq!(escape("<&>\n\t\\"), "&lt;&amp;&gt;\\n\\t\\\\");
        assert_eq!(escape("a\u{7}\u{202e}"), "a\\u0007\\u202e");
    }

    fn loc(tag: &str) -> LocaleRes {
        let parsed = crate::locale::parse(tag);
        let script = parsed.script.clone().or_else(|| {
            crate::locale::likely_script(&parsed.language, parsed.region.as_deref())
                .map(String::from)
        });
        LocaleRes {
            tag: tag.into(),
            parsed,
            script,
        }
    }

    #[test]
    fn qualifiers() {
        assert_eq!(folders(&loc("id")), ["values-in", "values-id"]);
        assert_eq!(folders(&loc("th")), ["values-th"]);
        assert_eq!(folders(&loc("zh")), ["values-zh", "values-b+zh+Hans"]);
        assert_eq!(
            folders(&loc("zh-Hant")),
            [
                "values-zh-rTW",
                "values-zh-rHK",
                "values-zh-rMO",
                "values-b+zh+Hant"
            ]
        );
        assert_eq!(
            folders(&loc("zh-TW")),
            ["values-zh-rTW", "values-b+zh+Hant+TW"]
        );
        assert_eq!(folders(&loc("pt-BR")), ["values-pt-rBR"]);
        assert_eq!(folders(&loc("es-419")), ["values-b+es+419"]);
        assert_eq!(folders(&loc("sr-Latn")), ["values-b+sr+Latn"]);
    }
}
