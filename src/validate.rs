//! Validate: checks a raw catalog against every rule of the schema and
//! collects all problems; it never stops at the first.

use crate::diag::{Diagnostic, Loc};
use crate::load::{CodeType, L10nTarget, ParamType, RawCatalog, RawTable};
use crate::model::{Pattern, is_canonical_int};
use crate::yaml::Sp;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

struct V {
    diags: Vec<Diagnostic>,
}

impl V {
    fn err(&mut self, loc: Loc, msg: impl Into<String>) {
        self.diags.push(Diagnostic::error(loc, msg));
    }
}

fn is_snake_id(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some('a'..='z'))
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !s.ends_with('_')
        && !s.contains("__")
}

fn is_pascal_ident(s: &str) -> bool {
    matches!(s.chars().next(), Some('A'..='Z')) && s.chars().all(|c| c.is_ascii_alphanumeric())
}

/// A BCP 47 language with an optional script subtag: `en`, `zh`, `zh-Hant`.
fn is_locale_tag(s: &str) -> bool {
    let (lang, script) = match s.split_once('-') {
        Some((l, sc)) => (l, Some(sc)),
        None => (s, None),
    };
    let lang_ok = (2..=3).contains(&lang.len()) && lang.chars().all(|c| c.is_ascii_lowercase());
    let script_ok = script.is_none_or(|sc| {
        sc.len() == 4
            && sc.starts_with(|c: char| c.is_ascii_uppercase())
            && sc[1..].chars().all(|c| c.is_ascii_lowercase())
    });
    lang_ok && script_ok
}

fn is_line_range(s: &str) -> bool {
    let ok =
        |n: &str| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) && !n.starts_with('0');
    match s.split_once('-') {
        Some((a, b)) => ok(a) && ok(b) && a.parse::<u64>().ok() <= b.parse::<u64>().ok(),
        None => ok(s),
    }
}

/// Reports an empty or whitespace-only text.
fn check_text(v: &mut V, file: &Path, what: &str, t: &Sp<String>) {
    if t.value.trim().is_empty() {
        v.err(t.loc(file), format!("{what} is empty"));
    }
}

/// Checks the catalog; returns every problem found.
pub fn validate(cat: &RawCatalog) -> Vec<Diagnostic> {
    let mut v = V { diags: Vec::new() };
    let mut locales: BTreeSet<String> = BTreeSet::new();
    let mut source_locale = String::from("en");
    let mut required: Vec<String> = Vec::new();
    let mut vendors = BTreeSet::new();

    if let Some(m) = &cat.manifest {
        let f = &m.path;
        let d = &m.data;
        if d.schema.value != 1 {
            v.err(
                d.schema.loc(f),
                format!(
                    "unsupported schema version {} (this errgen reads schema 1)",
                    d.schema.value
                ),
            );
        }
        let mut seen: BTreeMap<&str, Loc> = BTreeMap::new();
        for l in &d.locales {
            if !is_locale_tag(l) {
                v.err(
                    l.loc(f),
                    format!(
                        "locale {:?} is not a lower-case ISO 639 language code such as \"en\", optionally with a script such as \"zh-Hant\"",
                        l.value
                    ),
                );
            } else if let Some(first) = seen.get(l.value.as_str()) {
                let first = first.clone();
                v.diags.push(
                    Diagnostic::error(l.loc(f), format!("locale {:?} is listed twice", l.value))
                        .with_related("first listed", first),
                );
            } else {
                seen.insert(&l.value, l.loc(f));
                locales.insert(l.value.clone());
            }
        }
        for (what, l) in [
            ("source_locale", &d.source_locale),
            ("fallback", &d.fallback),
        ] {
            if !locales.contains(&l.value) {
                v.err(
                    l.loc(f),
                    format!("{what} {:?} is not one of the declared locales", l.value),
                );
            }
        }
        source_locale = d.source_locale.value.clone();
        for l in &d.required {
            if !locales.contains(&l.value) {
                v.err(
                    l.loc(f),
                    format!(
                        "required locale {:?} is not one of the declared locales",
                        l.value
                    ),
                );
            } else if !required.contains(&l.value) {
                required.push(l.value.clone());
            }
        }
        if !required.contains(&source_locale) {
            v.err(
                d.source_locale.loc(f),
                "the source locale must be among the required locales",
            );
        }
        let mut seen_v: BTreeMap<String, Loc> = BTreeMap::new();
        for vd in &d.vendors {
            if !is_snake_id(&vd.id) {
                v.err(
                    vd.id.loc(f),
                    format!("vendor id {:?} must be lower_snake_case", vd.id.value),
                );
            }
            if let Some(first) = seen_v.get(&vd.id.value) {
                let first = first.clone();
                v.diags.push(
                    Diagnostic::error(
                        vd.id.loc(f),
                        format!("vendor {:?} is declared twice", vd.id.value),
                    )
                    .with_related("first declared", first),
                );
            }
            seen_v.insert(vd.id.value.clone(), vd.id.loc(f));
            check_text(&mut v, f, "vendor name", &vd.name);
            vendors.insert(vd.id.value.clone());
        }
        if let Some(p) = &cat.prompts
            && !p
                .data
                .prompts
                .iter()
                .any(|x| x.key.value == d.unknown_prompt.value)
        {
            v.err(
                d.unknown_prompt.loc(f),
                format!(
                    "unknown_prompt {:?} is not a prompt key in prompts.yaml",
                    d.unknown_prompt.value
                ),
            );
        }
    }
    let have_manifest = cat.manifest.is_some();

    // Prompts.
    let mut prompt_keys: BTreeMap<String, Loc> = BTreeMap::new();
    if let Some(p) = &cat.prompts {
        let f = &p.path;
        check_source(&mut v, f, &p.data.source);
        for pr in &p.data.prompts {
            if !is_snake_id(&pr.key) {
                v.err(
                    pr.key.loc(f),
                    format!("prompt key {:?} must be lower_snake_case", pr.key.value),
                );
            }
            if let Some(first) = prompt_keys.get(&pr.key.value) {
                let first = first.clone();
                v.diags.push(
                    Diagnostic::error(
                        pr.key.loc(f),
                        format!("prompt key {:?} is used twice", pr.key.value),
                    )
                    .with_related("first used", first),
                );
            } else {
                prompt_keys.insert(pr.key.value.clone(), pr.key.loc(f));
            }
            match &pr.text {
                Some(t) => check_text(&mut v, f, "prompt text", t),
                None => v.err(
                    pr.loc(f),
                    format!("prompt {:?} has no `text` ({source_locale})", pr.key.value),
                ),
            }
        }
    }

    // Kinds.
    let mut kind_ids: BTreeMap<String, Loc> = BTreeMap::new();
    if let Some(k) = &cat.kinds {
        let f = &k.path;
        for kd in &k.data.kinds {
            if !is_snake_id(&kd.id) {
                v.err(
                    kd.id.loc(f),
                    format!("kind id {:?} must be lower_snake_case", kd.id.value),
                );
            }
            if let Some(first) = kind_ids.get(&kd.id.value) {
                let first = first.clone();
                v.diags.push(
                    Diagnostic::error(
                        kd.id.loc(f),
                        format!("kind {:?} is declared twice", kd.id.value),
                    )
                    .with_related("first declared", first),
                );
            } else {
                kind_ids.insert(kd.id.value.clone(), kd.id.loc(f));
            }
            match &kd.label {
                Some(t) => check_text(&mut v, f, "kind label", t),
                None => v.err(
                    kd.loc(f),
                    format!("kind {:?} has no `label` ({source_locale})", kd.id.value),
                ),
            }
        }
        if !kind_ids.contains_key("unknown") {
            v.err(
                Loc::file_start(f),
                "kinds.yaml must declare the kind `unknown` (what unlisted codes decode to)",
            );
        }
    }

    // Tables.
    let mut table_ids: BTreeMap<String, &RawTable> = BTreeMap::new();
    for t in &cat.tables {
        let f = &t.path;
        let d = &t.data;
        let stem = f
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        if !is_snake_id(&d.id) {
            v.err(
                d.id.loc(f),
                format!("table id {:?} must be lower_snake_case", d.id.value),
            );
        }
        if d.id.value != stem {
            v.err(
                d.id.loc(f),
                format!(
                    "table id {:?} differs from its file name {stem:?}.yaml",
                    d.id.value
                ),
            );
        }
        table_ids.insert(d.id.value.clone(), d);
        if have_manifest && !vendors.contains(&d.vendor.value) {
            v.err(
                d.vendor.loc(f),
                format!(
                    "vendor {:?} is not declared in catalog.yaml",
                    d.vendor.value
                ),
            );
        }
        check_text(&mut v, f, "table title", &d.title);
        check_source(&mut v, f, &d.source);
        validate_entries(&mut v, f, d);
        for e in &d.entries {
            let Some(code) = entry_code(e) else { continue };
            match &e.kind {
                Some(k) if cat.kinds.is_some() && !kind_ids.contains_key(&k.value) => v.err(
                    k.loc(f),
                    format!("kind {:?} is not declared in kinds.yaml", k.value),
                ),
                Some(_) => {}
                None => v.err(code.loc(f), format!("entry {:?} has no `kind`", code.value)),
            }
            if e.actor.is_none() {
                v.err(
                    code.loc(f),
                    format!(
                        "entry {:?} has no `actor` (user, developer, operator, vendor or none)",
                        code.value
                    ),
                );
            }
            if e.retryable.is_none() {
                v.err(
                    code.loc(f),
                    format!("entry {:?} has no `retryable` (true or false)", code.value),
                );
            }
            if let Some(p) = &e.prompt
                && cat.prompts.is_some()
                && !prompt_keys.contains_key(&p.value)
            {
                v.err(
                    p.loc(f),
                    format!("prompt {:?} is not a key in prompts.yaml", p.value),
                );
            }
        }
    }

    // Translations.
    let mut covered: BTreeSet<(String, String, String, &'static str)> = BTreeSet::new(); // (locale, target, code, field)
    for l in &cat.l10n {
        let f = &l.file.path;
        let d = &l.file.data;
        if have_manifest && !locales.contains(&l.folder_locale) {
            v.err(
                Loc::file_start(f),
                format!("folder l10n/{} is not a declared locale", l.folder_locale),
            );
            continue;
        }
        if l.folder_locale == source_locale {
            v.err(Loc::file_start(f), format!("{source_locale} is the source locale: its texts live in the table and prompt files, not in l10n/"));
            continue;
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
        let mut seen: BTreeMap<String, Loc> = BTreeMap::new();
        match &l.target {
            L10nTarget::Prompts | L10nTarget::Kinds => {
                let (what, file_key, keys, loaded) = if l.target == L10nTarget::Prompts {
                    ("prompt", "prompts", &prompt_keys, cat.prompts.is_some())
                } else {
                    ("kind", "kinds", &kind_ids, cat.kinds.is_some())
                };
                for e in &d.entries {
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
                    if let Some(first) = seen.get(&key.value) {
                        let first = first.clone();
                        v.diags.push(
                            Diagnostic::error(
                                key.loc(f),
                                format!("{what} {:?} is translated twice", key.value),
                            )
                            .with_related("first translated", first),
                        );
                        continue;
                    }
                    seen.insert(key.value.clone(), key.loc(f));
                    match &e.text {
                        Some(t) => {
                            check_text(&mut v, f, "text", t);
                            covered.insert((
                                l.folder_locale.clone(),
                                file_key.into(),
                                key.value.clone(),
                                "text",
                            ));
                        }
                        None => v.err(
                            e.loc(f),
                            format!("translation of {what} {:?} has no `text`", key.value),
                        ),
                    }
                }
            }
            L10nTarget::Table(id) => {
                let Some(table) = table_ids.get(id) else {
                    if cat.tables.iter().all(|t| t.data.id.value != *id) {
                        v.err(
                            Loc::file_start(f),
                            format!("there is no table {id:?} (tables/{id}.yaml) to translate"),
                        );
                    }
                    continue;
                };
                for e in &d.entries {
                    for (name, present) in [("key", e.key.is_some()), ("text", e.text.is_some())] {
                        if present {
                            v.err(e.loc(f), format!("table translations have `code`, `message` and `solution`, not `{name}`"));
                        }
                    }
                    let Some(code) = &e.code else {
                        v.err(e.loc(f), "translation entry has no `code`");
                        continue;
                    };
                    let Some(src) = table.entries.iter().find(|x| {
                        entry_code(x)
                            .map(|c| c.value == code.value)
                            .unwrap_or(false)
                    }) else {
                        v.err(
                            code.loc(f),
                            format!("table {id} has no entry {:?}", code.value),
                        );
                        continue;
                    };
                    if let Some(first) = seen.get(&code.value) {
                        let first = first.clone();
                        v.diags.push(
                            Diagnostic::error(
                                code.loc(f),
                                format!("entry {:?} is translated twice", code.value),
                            )
                            .with_related("first translated", first),
                        );
                        continue;
                    }
                    seen.insert(code.value.clone(), code.loc(f));
                    if let Some(t) = &e.message {
                        check_text(&mut v, f, "message", t);
                        covered.insert((
                            l.folder_locale.clone(),
                            id.clone(),
                            code.value.clone(),
                            "message",
                        ));
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
                            check_text(&mut v, f, "solution", s);
                            covered.insert((
                                l.folder_locale.clone(),
                                id.clone(),
                                code.value.clone(),
                                "solution",
                            ));
                        }
                    }
                }
            }
        }
    }

    // Required locales other than the source one must be fully translated.
    for loc in required.iter().filter(|l| **l != source_locale) {
        for t in &cat.tables {
            let id = &t.data.id.value;
            for e in &t.data.entries {
                let Some(code) = entry_code(e) else { continue };
                let mut missing = Vec::new();
                if !covered.contains(&(loc.clone(), id.clone(), code.value.clone(), "message")) {
                    missing.push("message");
                }
                if e.solution.is_some()
                    && !covered.contains(&(loc.clone(), id.clone(), code.value.clone(), "solution"))
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
                if !covered.contains(&(loc.clone(), "kinds".into(), kd.id.value.clone(), "text")) {
                    v.err(
                        kd.id.loc(&k.path),
                        format!("kind {:?} has no {loc} label (required; expected in l10n/{loc}/kinds.yaml)", kd.id.value),
                    );
                }
            }
        }
        if let Some(p) = &cat.prompts {
            for pr in &p.data.prompts {
                if !covered.contains(&(loc.clone(), "prompts".into(), pr.key.value.clone(), "text"))
                {
                    v.err(pr.key.loc(&p.path), format!("prompt {:?} has no {loc} text (required; expected in l10n/{loc}/prompts.yaml)", pr.key.value));
                }
            }
        }
    }
    v.diags
}

/// The code or pattern that identifies an entry.
pub fn entry_code(e: &crate::load::RawEntry) -> Option<&Sp<String>> {
    e.code.as_ref().or(e.pattern.as_ref())
}

fn check_source(v: &mut V, f: &Path, s: &crate::load::RawSource) {
    check_text(v, f, "source file", &s.file);
    if !is_line_range(&s.lines) {
        v.err(
            s.lines.loc(f),
            format!(
                "source lines {:?} must be a line number or a range such as 3-27",
                s.lines.value
            ),
        );
    }
}

fn validate_entries(v: &mut V, f: &Path, d: &RawTable) {
    let int = d.code_type.value == CodeType::Int;
    // Every code a decoder can see: listed codes, aliases, retired codes.
    let mut codes: BTreeMap<String, (Loc, &str)> = BTreeMap::new();
    let mut patterns: Vec<(Pattern, ParamType, Loc)> = Vec::new();
    if let Some(fl) = &d.flags
        && let Err(e) = Pattern::parse(&fl.format)
    {
        v.err(fl.format.loc(f), format!("malformed flags format: {e}"));
    }
    for e in &d.entries {
        let own = match (&e.code, &e.pattern) {
            (Some(_), Some(p)) => {
                v.err(
                    p.loc(f),
                    "an entry has either `code` or `pattern`, not both",
                );
                continue;
            }
            (None, None) => {
                v.err(e.loc(f), "entry has neither `code` nor `pattern`");
                continue;
            }
            (Some(c), None) => {
                if let Some(p) = &e.param {
                    v.err(p.loc(f), "`param` belongs to pattern entries only");
                }
                if c.value.is_empty() {
                    v.err(c.loc(f), "code is empty");
                } else if c.value.trim() != c.value || c.value.chars().any(char::is_control) {
                    v.err(
                        c.loc(f),
                        format!(
                            "code {:?} has leading or trailing white space or control characters",
                            c.value
                        ),
                    );
                } else if int && !is_canonical_int(&c.value) {
                    v.err(
                        c.loc(f),
                        format!(
                            "code {:?} is not a canonical integer, but table {} has code_type int",
                            c.value, d.id.value
                        ),
                    );
                }
                if d.flags.is_some() && c.value.chars().count() != 1 {
                    v.err(
                        c.loc(f),
                        format!(
                            "code {:?} of a flag-set table must be a single character",
                            c.value
                        ),
                    );
                }
                c
            }
            (None, Some(p)) => {
                match Pattern::parse(&p.value) {
                    Ok(pat) => {
                        let param = e
                            .param
                            .as_ref()
                            .map(|x| x.value)
                            .unwrap_or(ParamType::String);
                        if e.param.is_none() {
                            v.err(
                                p.loc(f),
                                "a pattern entry needs `param: int` or `param: string`",
                            );
                        }
                        if let Some((_, _, first)) =
                            patterns.iter().find(|(q, _, _)| q.overlaps(&pat))
                        {
                            let first = first.clone();
                            v.diags.push(
                                Diagnostic::error(
                                    p.loc(f),
                                    format!(
                                        "pattern {:?} can match the same codes as another pattern",
                                        p.value
                                    ),
                                )
                                .with_related("the other pattern", first),
                            );
                        }
                        patterns.push((pat, param, p.loc(f)));
                    }
                    Err(msg) => v.err(p.loc(f), format!("malformed pattern: {msg}")),
                }
                if d.flags.is_some() {
                    v.err(p.loc(f), "a flag-set table cannot have pattern entries");
                }
                p
            }
        };
        let mut add = |v: &mut V, code: &Sp<String>, what: &'static str| {
            if let Some((first, first_what)) = codes.get(&code.value) {
                let first = first.clone();
                let fw = *first_what;
                v.diags.push(
                    Diagnostic::error(
                        code.loc(f),
                        format!(
                            "{what} {:?} appears twice in table {}",
                            code.value, d.id.value
                        ),
                    )
                    .with_related(format!("first as {fw}"), first),
                );
            } else {
                codes.insert(code.value.clone(), (code.loc(f), what));
            }
        };
        if e.code.is_some() {
            add(v, own, "code");
        }
        if e.pattern.is_some()
            && let Some(a) = e.aliases.first()
        {
            v.err(a.loc(f), "a pattern entry cannot have aliases");
        }
        for a in &e.aliases {
            if a.code.value == own.value && e.code.is_some() {
                // Records that the old version used the same name.
            } else {
                if int && !is_canonical_int(&a.code) {
                    v.err(
                        a.code.loc(f),
                        format!(
                            "alias {:?} is not a canonical integer, but table {} has code_type int",
                            a.code.value, d.id.value
                        ),
                    );
                }
                add(v, &a.code, "alias");
            }
            check_text(v, f, "retired_in", &a.retired_in);
        }
        if let Some(r) = &e.retired_in {
            check_text(v, f, "retired_in", r);
        }
        if let Some(i) = &e.ident
            && !is_pascal_ident(&i.value)
        {
            v.err(i.loc(f), format!("ident {:?} must be PascalCase ASCII letters and digits, starting with a capital letter", i.value));
        }
        match &e.message {
            Some(m) => check_text(v, f, "message", m),
            None => v.err(e.loc(f), format!("entry {:?} has no `message`", own.value)),
        }
        if let Some(s) = &e.solution {
            check_text(v, f, "solution", s);
        }
        if let Some(vm) = &e.vendor_message {
            check_text(v, f, "vendor_message", vm);
        }
    }
    // No listed code may fall into a pattern's family: decoding would be ambiguous.
    for (code, (loc, _)) in &codes {
        for (p, param, ploc) in &patterns {
            if p.matches(code, *param).is_some() {
                v.diags.push(
                    Diagnostic::error(
                        loc.clone(),
                        format!("code {code:?} also matches pattern {:?}", p.raw),
                    )
                    .with_related("the pattern", ploc.clone()),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::is_locale_tag;

    #[test]
    fn locale_tags_may_carry_a_script() {
        for ok in ["en", "zh", "fil", "zh-Hant", "sr-Latn"] {
            assert!(is_locale_tag(ok), "{ok}");
        }
        for bad in [
            "",
            "e",
            "EN",
            "english",
            "zh-hant",
            "zh-HANT",
            "zh-TW",
            "zh-",
            "zh-Hant-TW",
            "zh_Hant",
        ] {
            assert!(!is_locale_tag(bad), "{bad}");
        }
    }
}
