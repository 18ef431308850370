//! Translation lints, run by `errgen check` beside validation: every
//! translated text against its source-locale text. Errors: placeholders that
//! differ, the wrong script for the locale, a text identical to the source
//! (outside the manifest's allow-list). Warnings: text not in Unicode NFC,
//! one translation used for two different source texts in one table.

use crate::diag::{Diagnostic, Loc};
use crate::index::{Field, Index, Translation, target_name};
use crate::load::{L10nFile, RawCatalog, TextState};
use crate::yaml::Sp;
use std::collections::BTreeMap;
use std::path::Path;
use unicode_normalization::is_nfc;

/// The placeholders of a text, sorted: `%s`, `%1$s`, `%d`, `{name}`,
/// `${name}`, `$Name`. `%%` is a literal percent sign.
pub fn placeholders(s: &str) -> Vec<String> {
    let b: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let ident = |b: &[char], mut j: usize| {
        if j < b.len() && (b[j].is_ascii_alphabetic() || b[j] == '_') {
            while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == '_') {
                j += 1;
            }
        }
        j
    };
    while i < b.len() {
        match b[i] {
            '%' => {
                if b.get(i + 1) == Some(&'%') {
                    i += 2;
                    continue;
                }
                let mut j = i + 1;
                // Positional argument: %1$s
                let mut k = j;
                while k < b.len() && b[k].is_ascii_digit() {
                    k += 1;
                }
                if k > j && b.get(k) == Some(&'$') {
                    j = k + 1;
                }
                while j < b.len() && "-+ 0#".contains(b[j]) {
                    j += 1;
                }
                while j < b.len() && (b[j].is_ascii_digit() || b[j] == '.') {
                    j += 1;
                }
                if j < b.len() && "sdifuxXcoeEgGp@".contains(b[j]) {
                    out.push(b[i..=j].iter().collect());
                    i = j + 1;
                } else {
                    i += 1;
                }
            }
            '$' => {
                if b.get(i + 1) == Some(&'{')
                    && let Some(end) = b[i + 2..].iter().position(|&c| c == '}')
                {
                    out.push(b[i..i + 3 + end].iter().collect());
                    i += 3 + end;
                    continue;
                }
                let j = ident(&b, i + 1);
                if j > i + 1 {
                    out.push(b[i..j].iter().collect());
                }
                i = j.max(i + 1);
            }
            '{' => {
                let j = ident(&b, i + 1);
                if j > i + 1 && b.get(j) == Some(&'}') && (i == 0 || b[i - 1] != '{') {
                    out.push(b[i..=j].iter().collect());
                    i = j + 1;
                } else {
                    i += 1;
                }
            }
            _ => i += 1,
        }
    }
    out.sort();
    out
}

fn is_han(c: char) -> bool {
    matches!(c as u32, 0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0x20000..=0x2A6DF | 0xF900..=0xFAFF)
}
fn is_kana_or_hangul(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x31F0..=0x31FF | 0xAC00..=0xD7AF | 0x1100..=0x11FF | 0x3130..=0x318F)
}
fn is_devanagari(c: char) -> bool {
    matches!(c as u32, 0x0900..=0x097F | 0xA8E0..=0xA8FF)
}
fn is_thai(c: char) -> bool {
    matches!(c as u32, 0x0E00..=0x0E7F)
}
/// Letters only Vietnamese uses among these locales: ă â đ ê ô ơ ư and the
/// stacked-diacritic letters of Latin Extended Additional (ạ ả ấ ... ỹ).
fn is_vietnamese_letter(c: char) -> bool {
    "ăâđêôơưĂÂĐÊÔƠƯ".contains(c) || matches!(c as u32, 0x1EA0..=0x1EF9)
}
/// Any Vietnamese diacritic, including those shared with other Latin scripts.
fn is_vietnamese_diacritic(c: char) -> bool {
    is_vietnamese_letter(c)
        || "àáãèéìíòóõùúýÀÁÃÈÉÌÍÒÓÕÙÚÝĩũĨŨ".contains(c)
        || matches!(c as u32, 0x0300..=0x0309 | 0x0323)
}

/// What is wrong with the script of `text` for `locale`, if anything.
pub fn script_problem(locale: &str, text: &str) -> Option<String> {
    let has = |f: fn(char) -> bool| text.chars().any(f);
    // The language decides the script: zh-Hant is checked like zh.
    let lang = locale.split('-').next().unwrap_or(locale);
    match lang {
        "zh" if has(is_kana_or_hangul) => {
            Some("zh text contains Japanese kana or Korean hangul".into())
        }
        "zh" if !has(is_han) => Some("zh text has no Chinese (Han) characters".into()),
        "hi" if !has(is_devanagari) => Some("hi text has no Devanagari".into()),
        "th" if !has(is_thai) => Some("th text has no Thai script".into()),
        "vi" if text.chars().any(|c| c.is_alphabetic()) && !has(is_vietnamese_diacritic) => Some(
            "vi text has no Vietnamese diacritics (write Vietnamese with its full diacritics)"
                .into(),
        ),
        "id" if has(is_vietnamese_letter) => Some("id text contains Vietnamese letters".into()),
        _ => None,
    }
}

/// Runs every translation lint; `idx` is the catalog's shared [`Index`].
pub fn lint(cat: &RawCatalog, idx: &Index) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let allowed: Vec<String> = cat
        .manifest
        .as_ref()
        .map(|m| {
            m.data
                .identical_allowed
                .iter()
                .map(|s| s.value.clone())
                .collect()
        })
        .unwrap_or_default();
    for l in &cat.l10n {
        lint_file(&mut out, idx, l, &allowed);
    }
    // Source texts must be NFC too.
    for (text, file) in idx.source_texts() {
        if !is_nfc(&text.value) {
            out.push(Diagnostic::warning(
                text.loc(file),
                "text is not in Unicode NFC (normalize it)",
            ));
        }
    }
    out
}

/// Lints every text of one l10n file against its source text. Any entry
/// with a `code` or `key` is linted, whatever validation thinks of it.
fn lint_file(out: &mut Vec<Diagnostic>, idx: &Index, l: &L10nFile, allowed: &[String]) {
    let f = &l.file.path;
    let locale = l.folder_locale.as_str();
    let target = target_name(&l.target);
    // (field, translation) -> (source text, place) within this file
    let mut seen: BTreeMap<(Field, String), (String, Loc)> = BTreeMap::new();
    for e in &l.file.data.entries {
        let Some(id) = e.code.as_ref().or(e.key.as_ref()) else {
            continue;
        };
        let fields = [
            (Field::Message, e.message.as_ref().or(e.text.as_ref())),
            (Field::Solution, e.solution.as_ref()),
        ];
        for (field, text) in fields {
            let Some(text) = text else { continue };
            let Some(src) = idx.source_text(target, id, field) else {
                continue;
            };
            let loc = text.loc(f);
            lint_text(out, locale, &text.value, &loc, src, allowed);
            // The vendor's own texts are transcribed, not translated by us:
            // a vendor reusing one sentence for several codes is not a slip.
            if (Translation { file: l, entry: e }).state() == TextState::Vendor {
                continue;
            }
            match seen.get(&(field, text.value.clone())) {
                Some((other_src, other_loc)) if *other_src != src.0.value => {
                    let field = field.name();
                    out.push(
                        Diagnostic::warning(loc.clone(), format!("the same {locale} {field} translates two different source texts in this table"))
                            .with_related("the other translation", other_loc.clone()),
                    );
                }
                Some(_) => {}
                None => {
                    seen.insert((field, text.value.clone()), (src.0.value.clone(), loc));
                }
            }
        }
    }
}

/// One translated `text` (at `loc`) against its source text: placeholders,
/// script, identical to the source, NFC.
fn lint_text(
    out: &mut Vec<Diagnostic>,
    locale: &str,
    text: &str,
    loc: &Loc,
    (src, src_file): (&Sp<String>, &Path),
    allowed: &[String],
) {
    let (tp, sp) = (placeholders(text), placeholders(&src.value));
    if tp != sp {
        out.push(
            Diagnostic::error(
                loc.clone(),
                format!(
                    "placeholders differ from the source text: {} has {:?}, the source has {:?}",
                    locale, tp, sp
                ),
            )
            .with_related("the source text", src.loc(src_file)),
        );
    }
    if let Some(p) = script_problem(locale, text) {
        out.push(Diagnostic::error(loc.clone(), p));
    }
    if text == src.value && !allowed.iter().any(|a| a == text) {
        out.push(
            Diagnostic::error(loc.clone(), format!("the {locale} text is identical to the source text (add it to identical_allowed in catalog.yaml if it really is the same)"))
                .with_related("the source text", src.loc(src_file)),
        );
    }
    if !is_nfc(text) {
        out.push(Diagnostic::warning(
            loc.clone(),
            "text is not in Unicode NFC (normalize it)",
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_found() {
        assert_eq!(
            placeholders("Invalid \"%s\" (%s), 100%% sure"),
            ["%s", "%s"]
        );
        assert_eq!(
            placeholders("%1$s and %2$d, %.2f"),
            ["%.2f", "%1$s", "%2$d"]
        );
        assert_eq!(
            placeholders("{name} ${x} $Code {{literal}} { no }"),
            ["$Code", "${x}", "{name}"]
        );
        assert_eq!(
            placeholders("AUTH_NETWORK_ERROR_$ErrorCode costs $5"),
            ["$ErrorCode"]
        );
        assert!(placeholders("plain 5% text").is_empty());
    }

    #[test]
    fn scripts_are_checked() {
        assert!(script_problem("zh", "光线太暗").is_none());
        assert!(script_problem("zh", "Too dark").is_some());
        assert!(script_problem("zh", "光線が暗い").is_some());
        assert!(script_problem("zh-Hant", "光線太暗").is_none());
        assert!(script_problem("zh-Hant", "Too dark").is_some());
        assert!(script_problem("hi", "रोशनी बहुत कम है").is_none());
        assert!(script_problem("hi", "Roshni kam hai").is_some());
        assert!(script_problem("th", "แสงน้อยเกินไป").is_none());
        assert!(script_problem("th", "Too dark").is_some());
        assert!(script_problem("vi", "Ánh sáng quá yếu").is_none());
        assert!(script_problem("vi", "Anh sang qua yeu").is_some());
        assert!(script_problem("vi", "OCR").is_some());
        assert!(script_problem("id", "Cahaya terlalu redup").is_none());
        assert!(script_problem("id", "Ánh sáng quá yếu").is_some());
    }
}
