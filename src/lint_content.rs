//! Content lints over end-user texts (messages, templates, prompts, kind
//! labels; not developer solutions, not vendor descriptions), run by
//! `errgen check` beside the translation lints:
//!
//! - retry: the message (or template, or prompt) of an entry that is not
//!   retryable must not invite the user to try again: no phrase of the
//!   locale's `retry_phrases` (glossary). A locale without a glossary file is
//!   not checked.
//! - glossary: no end-user text uses a variant the glossary forbids in its
//!   locale; a translation of a source text that uses a term uses one of the
//!   locale's renderings of it (where the locale's glossary renders it).
//!
//! Texts whose state is `vendor` (transcribed from the vendor) are skipped.
//! Phrases match case-insensitively, anywhere in the text.

use crate::diag::Diagnostic;
use crate::glossary::RawGlossary;
use crate::load::{L10nTarget, RawCatalog, TextState};
use crate::validate::entry_code;
use crate::yaml::Sp;
use std::collections::BTreeMap;
use std::path::Path;

/// One end-user text and what the lints need to know about it.
struct UserText<'a> {
    locale: &'a str,
    text: &'a Sp<String>,
    file: &'a Path,
    /// `table/code`, `prompt key` or `kind id`, for messages.
    what: String,
    /// The source locale's text of the same item (None for the source itself).
    source: Option<&'a str>,
    /// For entry messages and templates: the entry's `retryable`.
    retryable: Option<bool>,
}

/// The first of `phrases` in `lower` (a text already lowercased: texts are
/// matched against many phrases, so each is lowercased once).
fn first_match<'a>(lower: &str, phrases: &'a [Sp<String>]) -> Option<&'a str> {
    phrases
        .iter()
        .find(|p| !p.value.trim().is_empty() && lower.contains(&p.value.to_lowercase()))
        .map(|p| p.value.as_str())
}

/// (source message or text, source template, retryable) of an item.
type Src<'a> = (Option<&'a str>, Option<&'a str>, Option<bool>);
/// (target, id) -> the source texts of the item.
type Sources<'a> = BTreeMap<(String, String), Src<'a>>;

/// Every end-user text not transcribed from the vendor.
fn user_texts<'a>(cat: &'a RawCatalog, source: &'a str) -> Vec<UserText<'a>> {
    let mut out = Vec::new();
    let mut src = Sources::new();
    table_texts(cat, source, &mut out, &mut src);
    prompt_and_kind_texts(cat, source, &mut out, &mut src);
    translated_texts(cat, source, &src, &mut out);
    out
}

/// The source messages and templates of every entry.
fn table_texts<'a>(
    cat: &'a RawCatalog,
    source: &'a str,
    out: &mut Vec<UserText<'a>>,
    src: &mut Sources<'a>,
) {
    for t in &cat.tables {
        for e in &t.data.entries {
            let Some(code) = entry_code(e) else { continue };
            let retryable = e.retryable.as_ref().map(|r| r.value);
            let what = format!("{}/{}", t.data.id.value, code.value);
            for x in [&e.message, &e.template].into_iter().flatten() {
                out.push(UserText {
                    locale: source,
                    text: x,
                    file: &t.path,
                    what: what.clone(),
                    source: None,
                    retryable,
                });
            }
            src.insert(
                (t.data.id.value.clone(), code.value.clone()),
                (
                    e.message.as_ref().map(|m| m.value.as_str()),
                    e.template.as_ref().map(|m| m.value.as_str()),
                    retryable,
                ),
            );
        }
    }
}

/// The source texts of every prompt and kind label.
fn prompt_and_kind_texts<'a>(
    cat: &'a RawCatalog,
    source: &'a str,
    out: &mut Vec<UserText<'a>>,
    src: &mut Sources<'a>,
) {
    if let Some(p) = &cat.prompts {
        for pr in &p.data.prompts {
            if let Some(x) = &pr.text {
                out.push(UserText {
                    locale: source,
                    text: x,
                    file: &p.path,
                    what: format!("prompt {}", pr.key.value),
                    source: None,
                    retryable: None,
                });
                src.insert(
                    ("prompts".into(), pr.key.value.clone()),
                    (Some(x.value.as_str()), None, None),
                );
            }
        }
    }
    if let Some(k) = &cat.kinds {
        for kd in &k.data.kinds {
            if let Some(x) = &kd.label {
                out.push(UserText {
                    locale: source,
                    text: x,
                    file: &k.path,
                    what: format!("kind {}", kd.id.value),
                    source: None,
                    retryable: None,
                });
                src.insert(
                    ("kinds".into(), kd.id.value.clone()),
                    (Some(x.value.as_str()), None, None),
                );
            }
        }
    }
}

/// The translations (not transcribed from the vendor) of the items in `src`.
fn translated_texts<'a>(
    cat: &'a RawCatalog,
    source: &str,
    src: &Sources<'a>,
    out: &mut Vec<UserText<'a>>,
) {
    for l in &cat.l10n {
        if l.folder_locale == source {
            continue;
        }
        let target = match &l.target {
            L10nTarget::Prompts => "prompts".to_owned(),
            L10nTarget::Kinds => "kinds".to_owned(),
            L10nTarget::Table(id) => id.clone(),
        };
        for e in &l.file.data.entries {
            let Some(id) = e.code.as_ref().or(e.key.as_ref()) else {
                continue;
            };
            let state = e
                .state
                .as_ref()
                .map(|s| s.value)
                .unwrap_or(l.file.data.state.value);
            if state == TextState::Vendor {
                continue;
            }
            let Some(&(msg, tpl, retryable)) = src.get(&(target.clone(), id.value.clone())) else {
                continue;
            };
            let what = match &l.target {
                L10nTarget::Table(t) => format!("{t}/{}", id.value),
                L10nTarget::Prompts => format!("prompt {}", id.value),
                L10nTarget::Kinds => format!("kind {}", id.value),
            };
            for (x, s) in [
                (e.message.as_ref().or(e.text.as_ref()), msg),
                (e.template.as_ref(), tpl),
            ] {
                if let Some(x) = x {
                    out.push(UserText {
                        locale: &l.folder_locale,
                        text: x,
                        file: &l.file.path,
                        what: what.clone(),
                        source: s,
                        retryable,
                    });
                }
            }
        }
    }
}

/// Runs the retry and glossary lints.
pub fn lint(cat: &RawCatalog) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let source = cat
        .manifest
        .as_ref()
        .map(|m| m.data.source_locale.value.clone())
        .unwrap_or_else(|| "en".into());
    let glossaries = glossaries(cat, &source);
    let Some(src_glossary) = glossaries.get(source.as_str()).copied() else {
        return out;
    };
    let texts = user_texts(cat, &source);
    for u in &texts {
        let Some(g) = glossaries.get(u.locale) else {
            continue;
        };
        lint_text(u, g, src_glossary, &mut out);
    }
    lint_prompts(cat, &texts, &glossaries, &mut out);
    out
}

/// The glossary of each locale: catalog.yaml's beside the source locale,
/// each locale's own file beside the others.
fn glossaries<'a>(cat: &'a RawCatalog, source: &'a str) -> BTreeMap<&'a str, &'a RawGlossary> {
    let mut glossaries: BTreeMap<&str, &RawGlossary> = BTreeMap::new();
    if let Some(g) = &cat.glossary {
        glossaries.insert(source, &g.data);
    }
    for (l, g) in &cat.locale_glossaries {
        if *l != source {
            glossaries.entry(l).or_insert(&g.data);
        }
    }
    glossaries
}

/// The retry lint and the glossary's terms on one text, with its locale's
/// glossary `g`.
fn lint_text(u: &UserText, g: &RawGlossary, src_glossary: &RawGlossary, out: &mut Vec<Diagnostic>) {
    let loc = || u.text.loc(u.file);
    let lower = u.text.value.to_lowercase();
    let src_lower = u.source.map(str::to_lowercase);
    if u.retryable == Some(false)
        && let Some(p) = first_match(&lower, &g.retry_phrases)
    {
        out.push(Diagnostic::error(
            loc(),
            format!(
                "{} is not retryable, but its {} text invites the user to try again ({p:?}): say what the user can do, or that the app's provider must act",
                u.what, u.locale
            ),
        ));
    }
    for t in &g.terms {
        if let Some(p) = first_match(&lower, &t.forbidden) {
            out.push(Diagnostic::error(
                loc(),
                format!(
                    "{} text of {} uses {p:?}, which the glossary forbids for the term {:?} (use {:?})",
                    u.locale,
                    u.what,
                    t.id.value,
                    t.render.iter().map(|r| r.value.as_str()).collect::<Vec<_>>()
                ),
            ));
        }
        let Some(src_lower) = &src_lower else {
            continue;
        };
        if t.render.is_empty() {
            continue;
        }
        let Some(st) = src_glossary.terms.iter().find(|s| s.id.value == t.id.value) else {
            continue;
        };
        if first_match(src_lower, &st.render).is_some() && first_match(&lower, &t.render).is_none()
        {
            out.push(Diagnostic::error(
                loc(),
                format!(
                    "the source text of {} uses the term {:?}, but this {} text has none of its renderings {:?}",
                    u.what,
                    t.id.value,
                    u.locale,
                    t.render.iter().map(|r| r.value.as_str()).collect::<Vec<_>>()
                ),
            ));
        }
    }
}

/// A prompt shown for an entry that is not retryable must not invite a retry either.
fn lint_prompts(
    cat: &RawCatalog,
    texts: &[UserText],
    glossaries: &BTreeMap<&str, &RawGlossary>,
    out: &mut Vec<Diagnostic>,
) {
    let prompts: BTreeMap<&str, Vec<&UserText>> =
        texts.iter().filter(|u| u.what.starts_with("prompt ")).fold(
            BTreeMap::new(),
            |mut m: BTreeMap<&str, Vec<&UserText>>, u| {
                m.entry(&u.what["prompt ".len()..]).or_default().push(u);
                m
            },
        );
    for t in &cat.tables {
        for e in &t.data.entries {
            let (Some(p), Some(r)) = (&e.prompt, &e.retryable) else {
                continue;
            };
            if r.value {
                continue;
            }
            for u in prompts.get(p.value.as_str()).into_iter().flatten() {
                let Some(g) = glossaries.get(u.locale) else {
                    continue;
                };
                if let Some(ph) = first_match(&u.text.value.to_lowercase(), &g.retry_phrases) {
                    out.push(
                        Diagnostic::error(
                            p.loc(&t.path),
                            format!(
                                "the entry is not retryable, but its prompt {:?} invites the user to try again in {} ({ph:?})",
                                p.value, u.locale
                            ),
                        )
                        .with_related("the prompt's text", u.text.loc(u.file)),
                    );
                }
            }
        }
    }
}
