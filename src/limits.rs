//! Limits: what every target's toolchain and file system accepts, and values
//! that must be exact. Checked on the raw catalog beside `validate`; each
//! problem is an error with its position.
//!
//! - Codes (entry codes, patterns, alias codes) are at most
//!   [`MAX_CODE_CHARS`] characters (a code becomes a class name, and a class
//!   file name is limited to 255 bytes), hold no control, zero-width or
//!   bidirectional-control character, and two codes of one table may not be
//!   equal once normalized to NFC (they would look the same to a reviewer).
//! - Ids (tables, vendors, kinds, prompts) are at most [`MAX_ID_CHARS`]
//!   characters; a table id is not a Windows device name (`con`, `aux`,
//!   `nul`, `prn`, `com0`-`com9`, `lpt0`-`lpt9`), since it names files.
//! - Texts are at most [`MAX_TEXT_CHARS`] characters (a JVM string constant
//!   holds at most 65535 bytes) and hold no bidirectional-control character
//!   (they are printed into source code).
//! - `source.lines` numbers fit in 32 bits; a flag-set format's parameter is
//!   `$Flags`; the fallback locale is required (or every missing text would
//!   fall back to an empty one).

use crate::diag::{Diagnostic, Loc};
use crate::load::RawCatalog;
use crate::yaml::Sp;
use std::collections::BTreeMap;
use std::path::Path;
use unicode_normalization::UnicodeNormalization;

pub const MAX_CODE_CHARS: usize = 120;
pub const MAX_ID_CHARS: usize = 64;
pub const MAX_TEXT_CHARS: usize = 10_000;

/// Names Windows reserves for devices, whatever the extension.
const WINDOWS_DEVICES: [&str; 4] = ["con", "prn", "aux", "nul"];

fn is_windows_device(id: &str) -> bool {
    let l = id.to_ascii_lowercase();
    WINDOWS_DEVICES.contains(&l.as_str())
        || ((l.starts_with("com") || l.starts_with("lpt"))
            && l.len() == 4
            && l.as_bytes()[3].is_ascii_digit())
}

/// Bidirectional controls: embeddings, overrides, isolates (trojan source).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Characters a code may not hold: controls, invisible format characters
/// (zero-width space, joiners, marks, BOM, soft hyphen) and bidi controls.
fn invisible(c: char) -> Option<&'static str> {
    if c.is_control() {
        return Some("a control character");
    }
    if is_bidi_control(c) || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}') {
        return Some("a bidirectional-control character");
    }
    if matches!(
        c,
        '\u{00AD}' | '\u{180E}' | '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}'
    ) {
        return Some("a zero-width character");
    }
    None
}

struct L {
    diags: Vec<Diagnostic>,
}

impl L {
    fn err(&mut self, loc: Loc, msg: String) {
        self.diags.push(Diagnostic::error(loc, msg));
    }

    fn code(&mut self, f: &Path, what: &str, c: &Sp<String>) {
        let n = c.value.chars().count();
        if n > MAX_CODE_CHARS {
            self.err(
                c.loc(f),
                format!("{what} is {n} characters long; at most {MAX_CODE_CHARS} are allowed"),
            );
        }
        if let Some((i, ch, kind)) = c
            .value
            .chars()
            .enumerate()
            .find_map(|(i, ch)| invisible(ch).map(|k| (i, ch, k)))
        {
            self.err(
                c.loc(f),
                format!(
                    "{what} holds {kind} (U+{:04X}, character {}); codes must be visible text",
                    ch as u32,
                    i + 1
                ),
            );
        }
    }

    fn id(&mut self, f: &Path, what: &str, id: &Sp<String>) {
        let n = id.value.chars().count();
        if n > MAX_ID_CHARS {
            self.err(
                id.loc(f),
                format!("{what} is {n} characters long; at most {MAX_ID_CHARS} are allowed"),
            );
        }
    }

    fn text(&mut self, f: &Path, what: &str, t: &Sp<String>) {
        let n = t.value.chars().count();
        if n > MAX_TEXT_CHARS {
            self.err(
                t.loc(f),
                format!("{what} is {n} characters long; at most {MAX_TEXT_CHARS} are allowed"),
            );
        }
        if let Some(ch) = t.value.chars().find(|&c| is_bidi_control(c)) {
            self.err(
                t.loc(f),
                format!(
                    "{what} holds a bidirectional-control character (U+{:04X}), which could make generated code read differently from what it does",
                    ch as u32
                ),
            );
        }
    }

    fn texts<'a>(&mut self, f: &Path, items: impl IntoIterator<Item = (&'a str, &'a Sp<String>)>) {
        for (what, t) in items {
            self.text(f, what, t);
        }
    }
}

/// Checks the limits; returns every problem found.
pub fn check(cat: &RawCatalog) -> Vec<Diagnostic> {
    let mut l = L { diags: Vec::new() };
    if let Some(m) = &cat.manifest {
        let f = &m.path;
        let d = &m.data;
        let required = |x: &str| d.required.iter().any(|r| r.value == x);
        let declared = d.locales.iter().any(|x| x.value == d.fallback.value);
        if declared && d.fallback.value != d.source_locale.value && !required(&d.fallback.value) {
            l.err(
                d.fallback.loc(f),
                format!(
                    "fallback locale {:?} is not among the required locales, so a text missing in it would fall back to nothing; list it in `required`",
                    d.fallback.value
                ),
            );
        }
        for v in &d.vendors {
            l.id(f, "vendor id", &v.id);
            l.text(f, "vendor name", &v.name);
        }
    }
    if let Some(k) = &cat.kinds {
        for kd in &k.data.kinds {
            l.id(&k.path, "kind id", &kd.id);
            l.texts(&k.path, kd.label.iter().map(|t| ("label", t)));
            l.texts(&k.path, kd.description.iter().map(|t| ("description", t)));
        }
    }
    if let Some(p) = &cat.prompts {
        for pr in &p.data.prompts {
            l.id(&p.path, "prompt key", &pr.key);
            for t in [&pr.text, &pr.vendor_text, &pr.note].into_iter().flatten() {
                l.text(&p.path, "prompt text", t);
            }
        }
    }
    for t in &cat.tables {
        table(&mut l, &t.path, &t.data);
    }
    for lf in &cat.l10n {
        let f = &lf.file.path;
        for e in &lf.file.data.entries {
            for t in [&e.message, &e.solution, &e.text].into_iter().flatten() {
                l.text(f, "translation", t);
            }
        }
    }
    l.diags
}

fn table(l: &mut L, f: &Path, d: &crate::load::RawTable) {
    l.id(f, "table id", &d.id);
    if is_windows_device(&d.id.value) {
        l.err(
            d.id.loc(f),
            format!(
                "table id {:?} is a device name on Windows, where no file may have it; choose another id",
                d.id.value
            ),
        );
    }
    let lines = &d.source.lines;
    let nums = lines.value.split('-');
    if nums
        .clone()
        .all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        && nums.clone().any(|n| n.parse::<u32>().is_err())
    {
        l.err(
            lines.loc(f),
            format!(
                "source line number in {:?} is too large (at most {})",
                crate::diag::bounded(&lines.value, 40),
                u32::MAX
            ),
        );
    }
    if let Some(fl) = &d.flags
        && fl.format.value.contains('$')
        && !fl.format.value.contains("$Flags")
    {
        l.err(
            fl.format.loc(f),
            "the flag-set format names its digits `$Flags` (as in `stereo impaired($Flags)`)"
                .into(),
        );
    }
    l.texts(f, [("title", &d.title)]);
    l.texts(f, d.note.iter().map(|t| ("note", t)));
    // NFC form -> the first code written that way.
    let mut seen: BTreeMap<String, &Sp<String>> = BTreeMap::new();
    for e in &d.entries {
        let mut codes: Vec<(&str, &Sp<String>)> = Vec::new();
        codes.extend(e.code.iter().map(|c| ("code", c)));
        codes.extend(e.pattern.iter().map(|c| ("pattern", c)));
        codes.extend(e.aliases.iter().map(|a| ("alias code", &a.code)));
        for (what, c) in codes {
            l.code(f, what, c);
            let nfc: String = c.value.nfc().collect();
            match seen.get(&nfc) {
                Some(first) if first.value != c.value => {
                    l.diags.push(
                        Diagnostic::error(
                            c.loc(f),
                            format!(
                                "{what} {:?} is the same as {:?} once normalized to Unicode NFC; they would look alike",
                                crate::diag::bounded(&c.value, 60),
                                crate::diag::bounded(&first.value, 60)
                            ),
                        )
                        .with_related("the other", first.loc(f)),
                    );
                }
                Some(_) => {}
                None => {
                    seen.insert(nfc, c);
                }
            }
        }
        for t in [&e.message, &e.solution, &e.vendor_message, &e.note]
            .into_iter()
            .flatten()
        {
            l.text(f, "text", t);
        }
    }
}

/// Drops what only follows from a file that could not be read: a
/// translation of a table whose file failed to parse is not "a translation
/// of no table". (The rule lives in `validate`; this keeps the parse error
/// the only report.)
pub fn drop_consequences(cat: &RawCatalog, diags: &mut Vec<Diagnostic>) {
    let unread: Vec<String> = cat
        .unread_tables
        .iter()
        .map(|id| format!("there is no table {id:?} (tables/{id}.yaml) to translate"))
        .collect();
    diags.retain(|d| !unread.contains(&d.message));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_devices_and_invisible_characters() {
        for id in ["con", "AUX", "nul", "prn", "com1", "lpt9", "com0"] {
            assert!(is_windows_device(id), "{id}");
        }
        for id in ["console", "com", "com10", "lpt", "auxiliary"] {
            assert!(!is_windows_device(id), "{id}");
        }
        for c in [
            '\u{200B}', '\u{202E}', '\u{2066}', '\u{FEFF}', '\u{0007}', '\u{200D}',
        ] {
            assert!(invisible(c).is_some(), "{c:?}");
        }
        for c in ['a', 'é', '中', '-', ' '] {
            assert!(invisible(c).is_none(), "{c:?}");
        }
    }
}
