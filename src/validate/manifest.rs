//! catalog.yaml: schema version, locales, vendors, the unknown prompt.

use super::{Facts, V, check_text, names};
use crate::diag::{Diagnostic, Loc};
use crate::load::{RawCatalog, RawManifest};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Checks the manifest (if it loaded) and returns what later checks need.
pub(super) fn check(v: &mut V, cat: &RawCatalog) -> Facts {
    let mut facts = Facts {
        have_manifest: cat.manifest.is_some(),
        locales: BTreeSet::new(),
        source_locale: String::from("en"),
        required: Vec::new(),
        vendors: BTreeSet::new(),
        prompt_keys: BTreeMap::new(),
        kind_ids: BTreeMap::new(),
    };
    let Some(m) = &cat.manifest else {
        return facts;
    };
    let (f, d) = (&m.path, &m.data);
    if d.schema.value != 1 {
        v.err(
            d.schema.loc(f),
            format!(
                "unsupported schema version {} (this errgen reads schema 1)",
                d.schema.value
            ),
        );
    }
    facts.locales = check_locales(v, f, d);
    check_required(v, f, d, &mut facts);
    facts.vendors = check_vendors(v, f, d);
    check_package(v, f, d);
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
    facts
}

/// `locales`: well-formed and each once. Returns the valid ones.
fn check_locales(v: &mut V, f: &Path, d: &RawManifest) -> BTreeSet<String> {
    let mut locales = BTreeSet::new();
    let mut seen: BTreeMap<String, Loc> = BTreeMap::new();
    for l in &d.locales {
        if !names::is_locale_tag(l) {
            v.err(
                l.loc(f),
                format!(
                    "locale {:?} is not a lower-case ISO 639 language code such as \"en\"",
                    l.value
                ),
            );
        } else if v.first_time(
            &mut seen,
            &l.value,
            l.loc(f),
            format!("locale {:?} is listed twice", l.value),
            "first listed",
        ) {
            locales.insert(l.value.clone());
        }
    }
    locales
}

/// `source_locale`, `fallback` and `required` name declared locales, and the
/// source locale is required.
fn check_required(v: &mut V, f: &Path, d: &RawManifest, facts: &mut Facts) {
    for (what, l) in [
        ("source_locale", &d.source_locale),
        ("fallback", &d.fallback),
    ] {
        if !facts.locales.contains(&l.value) {
            v.err(
                l.loc(f),
                format!("{what} {:?} is not one of the declared locales", l.value),
            );
        }
    }
    facts.source_locale = d.source_locale.value.clone();
    for l in &d.required {
        if !facts.locales.contains(&l.value) {
            v.err(
                l.loc(f),
                format!(
                    "required locale {:?} is not one of the declared locales",
                    l.value
                ),
            );
        } else if !facts.required.contains(&l.value) {
            facts.required.push(l.value.clone());
        }
    }
    if !facts.required.contains(&facts.source_locale) {
        v.err(
            d.source_locale.loc(f),
            "the source locale must be among the required locales",
        );
    }
}

/// `vendors`: snake_case ids, each once, with a name. Returns the ids.
fn check_vendors(v: &mut V, f: &Path, d: &RawManifest) -> BTreeSet<String> {
    let mut vendors = BTreeSet::new();
    // Remembers the latest place of each id: a third declaration points at the second.
    let mut seen: BTreeMap<String, Loc> = BTreeMap::new();
    for vd in &d.vendors {
        if !names::is_snake_id(&vd.id) {
            v.err(
                vd.id.loc(f),
                format!("vendor id {:?} must be lower_snake_case", vd.id.value),
            );
        }
        if let Some(first) = seen.get(&vd.id.value) {
            let first = first.clone();
            v.push(
                Diagnostic::error(
                    vd.id.loc(f),
                    format!("vendor {:?} is declared twice", vd.id.value),
                )
                .with_related("first declared", first),
            );
        }
        seen.insert(vd.id.value.clone(), vd.id.loc(f));
        check_text(v, f, "vendor name", &vd.name);
        vendors.insert(vd.id.value.clone());
    }
    vendors
}

/// The package metadata: `version` is semver, `license` an SPDX expression
/// (letters, digits, `.-+()` and spaces), `license_file` needs `license`,
/// one-line texts.
fn check_package(v: &mut V, f: &Path, d: &RawManifest) {
    if let Some(ver) = &d.version
        && let Err(e) = crate::api::version::Version::parse(&ver.value)
    {
        v.err(ver.loc(f), e);
    }
    if let Some(l) = &d.license {
        let spdx = |c: char| c.is_ascii_alphanumeric() || ".-+() ".contains(c);
        if l.value.trim().is_empty() || !l.value.chars().all(spdx) {
            v.err(
                l.loc(f),
                format!(
                    "license {:?} is not an SPDX license expression such as \"Apache-2.0\"",
                    l.value
                ),
            );
        }
    }
    if let (Some(lf), None) = (&d.license_file, &d.license) {
        v.err(
            lf.loc(f),
            "license_file needs `license:` too (the SPDX id package managers read)",
        );
    }
    for t in [&d.description, &d.repository].into_iter().flatten() {
        if t.value.trim().is_empty() || t.value.contains(['\n', '\r']) {
            v.err(t.loc(f), "package metadata must be one non-empty line");
        }
    }
}
