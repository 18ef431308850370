//! The shared part of the resource targets' views (`android-res`,
//! `apple-res`, `flutter-arb`): the catalog's translatable texts as
//! [`crate::units::Unit`]s, and its locales taken apart. With
//! [`super::view`], this is the only module under `targets` that reads the
//! [`Model`]; each resource target names keys and paths and escapes texts
//! through its own rules, from this view only.

use crate::diag::Loc;
use crate::locale::{Tag, likely_script, parse};
use crate::model::{Model, TextState};
use crate::units::{Unit, units};
use std::path::PathBuf;

pub struct ResView {
    /// The catalog folder as shown in headers (not yet escaped).
    pub catalog: String,
    /// The source locale: its texts are complete and the default resources.
    pub source: String,
    /// The other locales, in manifest order.
    pub locales: Vec<LocaleRes>,
    pub units: Vec<Unit>,
    /// Where the locales are declared (for path clashes).
    pub manifest: Loc,
    /// The names an app chose in its errgen.toml (prefixes, table name).
    pub names: crate::model::Names,
}

pub struct LocaleRes {
    pub tag: String,
    pub parsed: Tag,
    /// The script written or, for Chinese, inferred (`zh` -> `Hans`).
    pub script: Option<String>,
}

pub fn build(m: &Model) -> ResView {
    let locales = (m.locales.iter())
        .filter(|l| **l != m.source_locale)
        .map(|l| {
            let parsed = parse(l);
            let script = (parsed.script.clone()).or_else(|| {
                likely_script(&parsed.language, parsed.region.as_deref()).map(String::from)
            });
            LocaleRes {
                tag: l.clone(),
                parsed,
                script,
            }
        })
        .collect();
    ResView {
        catalog: m.catalog.clone(),
        source: m.source_locale.clone(),
        locales,
        units: units(m),
        manifest: Loc::file_start(PathBuf::from(&m.catalog).join("catalog.yaml")),
        names: m.package.names.clone(),
    }
}

/// Whether a text still needs a reviewer (vendor wording or a draft).
pub fn needs_review(state: Option<TextState>) -> bool {
    matches!(state, Some(TextState::Vendor | TextState::Draft))
}

/// The do-not-edit line of the resource files, safe in XML and C comments
/// (no `--`, no `*/`, no line break).
pub fn header(catalog: &str) -> String {
    let cat = super::naming::comment_text(catalog)
        .replace("--", "-\u{2010}")
        .replace("*/", "*\u{2215}");
    format!(
        "{} from {cat}/; do not edit: change the catalog and run `errgen build`.",
        super::MARKER
    )
}

/// The do-not-edit line as a JSON string's text: JSON escaping keeps it
/// on one line, so the catalog path is written as it is.
pub fn json_header(catalog: &str) -> String {
    format!(
        "{} from {catalog}/; do not edit: change the catalog and run `errgen build`.",
        super::MARKER
    )
}

/// `s` as comment text in XML (`<!-- -->`) and in C-style `/* */`
/// comments: on one line, no `--` and no `*/`.
pub fn comment(s: &str) -> String {
    let mut t = super::naming::comment_text(s);
    while t.contains("--") {
        t = t.replace("--", "-\u{2010}");
    }
    t.replace("*/", "*\u{2215}").replace("/*", "\u{2215}*")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_cannot_close() {
        for s in ["a --> b", "x */ y", "---", "a\nb", "/* c"] {
            let c = comment(s);
            assert!(
                !c.contains("--") && !c.contains("*/") && !c.contains("/*") && !c.contains('\n'),
                "{c}"
            );
        }
    }
}
