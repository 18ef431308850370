//! `l10n/<locale>/*.yaml`: each translation file (its locale, and each entry
//! names something that exists, once, with the right fields), then the
//! coverage of every required locale, looked up in the shared
//! [`Index`].

use super::{Facts, V, check_text};
use crate::diag::Loc;
use crate::index::{Field, Index, entry_code};
use crate::load::{L10nFile, L10nTarget, RawCatalog};
use std::collections::BTreeMap;

/// Checks every translation file.
pub(super) fn check(v: &mut V, cat: &RawCatalog, idx: &Index, facts: &Facts) {
    for l in &cat.l10n {
        if !check_locale(v, l, facts) {
            continue;
        }
        match &l.target {
            L10nTarget::Prompts => {
                check_keyed(v, l, "prompt", &facts.prompt_keys, cat.prompts.is_some())
            }
            L10nTarget::Kinds => check_keyed(v, l, "kind", &facts.kind_ids, cat.kinds.is_some()),
            L10nTarget::Table(id) => check_table(v, l, id, idx, &facts.source_locale),
        }
    }
}

/// The folder is a declared locale other than the source one (else the file
/// is not read further: returns false), and the file says the same locale.
fn check_locale(v: &mut V, l: &L10nFile, facts: &Facts) -> bool {
    let (f, d) = (&l.file.path, &l.file.data);
    let source_locale = &facts.source_locale;
    if facts.have_manifest && !facts.locales.contains(&l.folder_locale) {
        v.err(
            Loc::file_start(f),
            format!("folder l10n/{} is not a declared locale", l.folder_locale),
        );
        return false;
    }
    if l.folder_locale == *source_locale {
        v.err(Loc::file_start(f), format!("{source_locale} is the source locale: its texts live in the table and prompt files, not in l10n/"));
        return false;
    }
    if d.locale.value != l.folder_locale {
        v.err(
            d.locale.loc(f),
            format!(
                "locale {:?} differs from the folder l10n/{}",
                d.locale.value, l.folder_locale
            ),
        );
    }
    true
}

/// A prompt or kind translation (`what`): `key` and `text` only, the key
/// exists (when its file loaded) and is translated once.
fn check_keyed(v: &mut V, l: &L10nFile, what: &str, keys: &BTreeMap<String, Loc>, loaded: bool) {
    let f = &l.file.path;
    let mut seen: BTreeMap<String, Loc> = BTreeMap::new();
    for e in &l.file.data.entries {
        for (name, present) in [
            ("code", e.code.is_some()),
            ("message", e.message.is_some()),
            ("solution", e.solution.is_some()),
        ] {
            if present {
                v.err(
                    e.loc(f),
                    format!("{what} translations have `key` and `text`, not `{name}`"),
                );
            }
        }
        let Some(key) = &e.key else {
            v.err(e.loc(f), "translation entry has no `key`");
            continue;
        };
        if !keys.contains_key(&key.value) && loaded {
            v.err(key.loc(f), format!("no {what} has the key {:?}", key.value));
        }
        let msg = format!("{what} {:?} is translated twice", key.value);
        if !v.first_time(&mut seen, &key.value, key.loc(f), msg, "first translated") {
            continue;
        }
        match &e.text {
            Some(t) => check_text(v, f, "text", t),
            None => v.err(
                e.loc(f),
                format!("translation of {what} {:?} has no `text`", key.value),
            ),
        }
    }
}

/// A translation of table `id`: `code`, `message` and `solution` only, the
/// code is an entry of the table, translated once, and a solution is
/// translated only where the source has one.
fn check_table(v: &mut V, l: &L10nFile, id: &str, idx: &Index, source_locale: &str) {
    let f = &l.file.path;
    if idx.table(id).is_none() {
        v.err(
            Loc::file_start(f),
            format!("there is no table {id:?} (tables/{id}.yaml) to translate"),
        );
        return;
    }
    let mut seen: BTreeMap<String, Loc> = BTreeMap::new();
    for e in &l.file.data.entries {
        for (name, present) in [("key", e.key.is_some()), ("text", e.text.is_some())] {
            if present {
                v.err(
                    e.loc(f),
                    format!(
                        "table translations have `code`, `message` and `solution`, not `{name}`"
                    ),
                );
            }
        }
        let Some(code) = &e.code else {
            v.err(e.loc(f), "translation entry has no `code`");
            continue;
        };
        let Some(src) = idx.table_entry(id, &code.value) else {
            v.err(
                code.loc(f),
                format!("table {id} has no entry {:?}", code.value),
            );
            continue;
        };
        let msg = format!("entry {:?} is translated twice", code.value);
        if !v.first_time(&mut seen, &code.value, code.loc(f), msg, "first translated") {
            continue;
        }
        if let Some(t) = &e.message {
            check_text(v, f, "message", t);
        }
        if let Some(s) = &e.solution {
            if src.solution.is_none() {
                v.err(
                    s.loc(f),
                    format!(
                        "entry {:?} has no {source_locale} solution to translate",
                        code.value
                    ),
                );
            } else {
                check_text(v, f, "solution", s);
            }
        }
    }
}

/// Whether `locale` has a text for `field` of entry `code` of table `id`:
/// the first translation of the code in `l10n/<locale>/<id>.yaml` has it, and
/// for a solution, the source entry has one too.
fn table_text_covered(idx: &Index, locale: &str, id: &str, code: &str, field: Field) -> bool {
    let (Some(t), Some(src)) = (idx.translation(locale, id, code), idx.table_entry(id, code))
    else {
        return false;
    };
    t.is_table() && t.text(field).is_some() && (field == Field::Message || src.solution.is_some())
}

/// Whether `locale` has the text of prompt or kind `key` (`target` is
/// `prompts` or `kinds`).
fn key_text_covered(idx: &Index, locale: &str, target: &str, key: &str) -> bool {
    idx.translation(locale, target, key)
        .is_some_and(|t| t.text(Field::Message).is_some())
}

/// Every required locale other than the source one has every text.
pub(super) fn check_required(v: &mut V, cat: &RawCatalog, idx: &Index, facts: &Facts) {
    for loc in facts.required.iter().filter(|l| **l != facts.source_locale) {
        for t in &cat.tables {
            let id = &t.data.id.value;
            for e in &t.data.entries {
                let Some(code) = entry_code(e) else { continue };
                let mut missing = Vec::new();
                if !table_text_covered(idx, loc, id, code, Field::Message) {
                    missing.push("message");
                }
                if e.solution.is_some() && !table_text_covered(idx, loc, id, code, Field::Solution)
                {
                    missing.push("solution");
                }
                if !missing.is_empty() {
                    v.err(
                        code.loc(&t.path),
                        format!("{} of {:?} has no {loc} text (required; expected in l10n/{loc}/{id}.yaml)", missing.join(" and "), code.value),
                    );
                }
            }
        }
        if let Some(k) = &cat.kinds {
            for kd in &k.data.kinds {
                if !key_text_covered(idx, loc, "kinds", &kd.id.value) {
                    v.err(
                        kd.id.loc(&k.path),
                        format!("kind {:?} has no {loc} label (required; expected in l10n/{loc}/kinds.yaml)", kd.id.value),
                    );
                }
            }
        }
        if let Some(p) = &cat.prompts {
            for pr in &p.data.prompts {
                if !key_text_covered(idx, loc, "prompts", &pr.key.value) {
                    v.err(pr.key.loc(&p.path), format!("prompt {:?} has no {loc} text (required; expected in l10n/{loc}/prompts.yaml)", pr.key.value));
                }
            }
        }
    }
}
