//! prompts.yaml and kinds.yaml: lists of snake_case keys, each once, each
//! with a source-locale text; kinds.yaml must declare `unknown`.

use super::{V, check_source, check_text, names};
use crate::diag::Loc;
use crate::load::RawCatalog;
use crate::yaml::Sp;
use std::collections::BTreeMap;
use std::path::Path;

/// How diagnostics name the parts of a prompt or a kind.
struct Words {
    /// What the key is called: "prompt key".
    key: &'static str,
    /// What is used or declared twice: "prompt key".
    twice: &'static str,
    /// "used" or "declared".
    verb: &'static str,
    /// The thing itself: "prompt".
    item: &'static str,
    /// Its text field: "text".
    field: &'static str,
    /// Its text, for "... is empty": "prompt text".
    text: &'static str,
}

/// Checks prompts.yaml (if it loaded); returns each key with where it is first defined.
pub(super) fn check_prompts(
    v: &mut V,
    cat: &RawCatalog,
    source_locale: &str,
) -> BTreeMap<String, Loc> {
    let Some(p) = &cat.prompts else {
        return BTreeMap::new();
    };
    check_source(v, &p.path, &p.data.source);
    let words = Words {
        key: "prompt key",
        twice: "prompt key",
        verb: "used",
        item: "prompt",
        field: "text",
        text: "prompt text",
    };
    let items = (p.data.prompts.iter()).map(|pr| (pr.loc(&p.path), &pr.key, pr.text.as_ref()));
    check_items(v, &p.path, items, &words, source_locale)
}

/// Checks kinds.yaml (if it loaded); returns each id with where it is first declared.
pub(super) fn check_kinds(
    v: &mut V,
    cat: &RawCatalog,
    source_locale: &str,
) -> BTreeMap<String, Loc> {
    let Some(k) = &cat.kinds else {
        return BTreeMap::new();
    };
    let words = Words {
        key: "kind id",
        twice: "kind",
        verb: "declared",
        item: "kind",
        field: "label",
        text: "kind label",
    };
    let items = (k.data.kinds.iter()).map(|kd| (kd.loc(&k.path), &kd.id, kd.label.as_ref()));
    let ids = check_items(v, &k.path, items, &words, source_locale);
    if !ids.contains_key("unknown") {
        v.err(
            Loc::file_start(&k.path),
            "kinds.yaml must declare the kind `unknown` (what unlisted codes decode to)",
        );
    }
    ids
}

/// Each item (its place, key and text): a snake_case key, once, and a text
/// that is not blank.
fn check_items<'a>(
    v: &mut V,
    f: &Path,
    items: impl Iterator<Item = (Loc, &'a Sp<String>, Option<&'a Sp<String>>)>,
    w: &Words,
    source_locale: &str,
) -> BTreeMap<String, Loc> {
    let mut keys: BTreeMap<String, Loc> = BTreeMap::new();
    for (at, key, text) in items {
        if !names::is_snake_id(key) {
            v.err(
                key.loc(f),
                format!("{} {:?} must be lower_snake_case", w.key, key.value),
            );
        }
        let msg = format!("{} {:?} is {} twice", w.twice, key.value, w.verb);
        v.first_time(
            &mut keys,
            key,
            key.loc(f),
            msg,
            &format!("first {}", w.verb),
        );
        match text {
            Some(t) => check_text(v, f, w.text, t),
            None => v.err(
                at,
                format!(
                    "{} {:?} has no `{}` ({source_locale})",
                    w.item, key.value, w.field
                ),
            ),
        }
    }
    keys
}
