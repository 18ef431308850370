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

use super::naming::{Fold, Owner, Registry, escape_into, is_invisible};
use super::res::{self, LocaleRes, ResView};
use super::{GenFile, GenResult, render};
use crate::model::Model;
use askama::Template;

pub struct AndroidView {
    pub header: String,
    /// One file per locale, default first.
    pub files: Vec<StringsFile>,
}

/// The strings of one locale, written alike in each of its folders.
pub struct StringsFile {
    /// The file in each folder of the locale ([`folders`]).
    pub paths: Vec<String>,
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
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len() + 8);
    escape_into(&mut out, s, |i, c| match c {
        '\\' => Some("\\\\".into()),
        '\'' => Some("\\'".into()),
        '"' => Some("\\\"".into()),
        '\n' => Some("\\n".into()),
        '\t' => Some("\\t".into()),
        '&' => Some("&amp;".into()),
        '<' => Some("&lt;".into()),
        '>' => Some("&gt;".into()),
        '@' if i == 0 => Some("\\@".into()),
        '?' if i == 0 => Some("\\?".into()),
        // A space is one byte: its neighbours are spaces if their bytes are.
        ' ' if i == 0 || i + 1 == b.len() || b[i - 1] == b' ' || b[i + 1] == b' ' => {
            Some("\\u0020".into())
        }
        c if (c.is_control() || is_invisible(c)) && (c as u32) <= 0xFFFF => {
            Some(format!("\\u{:04x}", c as u32).into())
        }
        _ => None,
    });
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
    let mut files = vec![strings_file(
        &r,
        &names,
        None,
        vec![format!("res/values/{file}")],
    )];
    reg.own_files(&files[0].paths);
    for l in &r.locales {
        let paths: Vec<String> = (folders(l).iter())
            .map(|folder| format!("res/{folder}/{file}"))
            .collect();
        for path in &paths {
            reg.file(
                path,
                Owner::catalog(format!("locale {:?}", l.tag), &r.manifest),
            );
        }
        files.push(strings_file(&r, &names, Some(&l.tag), paths));
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

fn strings_file(
    r: &ResView,
    names: &Names,
    locale: Option<&str>,
    paths: Vec<String>,
) -> StringsFile {
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
        paths,
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

/// Each locale's file, rendered once and written to each of its folders.
pub fn files(v: &AndroidView) -> GenResult {
    let mut out = Vec::new();
    for f in &v.files {
        let t = StringsXml {
            header: &v.header,
            f,
        };
        let Some(first) = f.paths.first() else {
            continue;
        };
        let content = render(&t, first)?.content;
        out.extend((f.paths.iter()).map(|path| GenFile {
            path: path.into(),
            content: content.clone(),
        }));
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
    fn escapes_what_aapt_reads() {
        assert_eq!(escape("it's \"x\""), "it\\'s \\\"x\\\"");
        assert_eq!(escape("@x ?y"), "\\@x ?y");
        assert_eq!(escape("?y"), "\\?y");
        assert_eq!(escape(" a  b "), "\\u0020a\\u0020\\u0020b\\u0020");
        assert_eq!(escape("<&>\n\t\\"), "&lt;&amp;&gt;\\n\\t\\\\");
        assert_eq!(escape("a\u{7}\u{202e}"), "a\\u0007\\u202e");
        assert_eq!(escape(" "), "\\u0020");
        assert_eq!(escape("a b"), "a b");
        assert_eq!(escape("é  ü ?@"), "é\\u0020\\u0020ü ?@");
        assert_eq!(escape("\u{85}x\u{1F600}"), "\\u0085x\u{1F600}");
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
