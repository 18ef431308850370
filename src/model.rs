//! The resolved, target-neutral model of a valid catalog. Every generator
//! reads this and nothing else; it holds no YAML and no target's names.

use crate::diag::Loc;
pub use crate::load::{Actor, CodeType, ParamType, Platform, TextState};
use std::collections::BTreeMap;

#[derive(Debug, Clone)]
pub struct Model {
    /// The catalog folder as shown in generated headers (e.g. `catalog`).
    pub catalog: String,
    /// Locales in manifest order.
    pub locales: Vec<String>,
    pub source_locale: String,
    pub fallback: String,
    /// Key of the prompt whose text an unknown code shows.
    pub unknown_prompt: String,
    pub vendors: Vec<Vendor>,
    /// Sorted by id.
    pub tables: Vec<Table>,
    /// In source order.
    pub prompts: Vec<Prompt>,
    /// The canonical kinds, in catalog order.
    pub kinds: Vec<Kind>,
    /// What every generated package says about itself (version, license).
    pub package: Package,
}

/// The catalog's release metadata, from catalog.yaml (and the API lock's
/// history, which `errgen build` adds).
#[derive(Debug, Clone, Default)]
pub struct Package {
    /// `version:` from catalog.yaml, or `0.0.0` when the catalog has none.
    pub version: String,
    /// Whether catalog.yaml declares a version (then the API lock is kept).
    pub versioned: bool,
    /// An SPDX expression.
    pub license: Option<String>,
    /// The text of `license_file`, written into each package as LICENSE.
    pub license_text: Option<String>,
    pub description: Option<String>,
    pub repository: Option<String>,
    /// Released versions, newest first, from the API lock.
    pub history: Vec<Release>,
    /// The package-level names an app chose in its `errgen.toml`.
    pub names: Names,
}

/// The package-level names an app chose in its `errgen.toml` (see
/// `crate::config`), as written there; `None` keeps errgen's default. Each
/// target's view spells and uses the one it needs; the config has checked
/// them with that target's rules.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Names {
    /// The Cargo package (`acme-kyc-errors`); the crate is the same with `_`.
    pub rust_crate: Option<String>,
    /// The Kotlin package (`com.acme.kyc.errors`) and its Maven coordinates.
    pub kotlin_package: Option<String>,
    pub kotlin_group: Option<String>,
    pub kotlin_artifact: Option<String>,
    /// The Swift package, library and module (`AcmeKycErrors`).
    pub swift_module: Option<String>,
    /// The pub package (`acme_kyc_errors`).
    pub dart_package: Option<String>,
    /// The npm package (`@acme/kyc-errors`).
    pub npm_package: Option<String>,
    /// Android: the string resources' name prefix (`acme` -> `acme_prompt_blink`
    /// in `acme_strings.xml`).
    pub android_prefix: Option<String>,
    /// Apple: the strings table (`AcmeErrors.xcstrings`, `AcmeErrors.strings`).
    pub apple_table: Option<String>,
    /// Flutter: the ARB files' prefix (`acme` -> `arb/acme_en.arb`).
    pub arb_prefix: Option<String>,
}

/// One released version and what changed in it (from the API lock).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Release {
    pub version: String,
    /// One line per change, `breaking: ...`, `additive: ...`, `patch: ...`.
    pub changes: Vec<String>,
}

/// A canonical kind of problem, shared by every vendor's tables.
#[derive(Debug, Clone)]
pub struct Kind {
    pub id: String,
    pub label: Texts,
    pub description: Option<String>,
    pub loc: Loc,
}

#[derive(Debug, Clone)]
pub struct Vendor {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone)]
pub struct Source {
    pub file: String,
    pub lines: String,
}

#[derive(Debug, Clone)]
pub struct Table {
    pub id: String,
    pub vendor: String,
    pub vendor_name: String,
    pub title: String,
    pub source: Source,
    pub code_type: CodeType,
    pub open: bool,
    pub note: Option<String>,
    /// For flag-set tables: how the vendor writes a set (`$Flags` is the digits).
    pub flags: Option<Pattern>,
    /// In source order.
    pub entries: Vec<Entry>,
    pub loc: Loc,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    /// As written in the catalog, e.g. `AUTH_NETWORK_ERROR_$ErrorCode`.
    pub raw: String,
    pub prefix: String,
    /// The parameter's name, e.g. `ErrorCode`.
    pub name: String,
    pub suffix: String,
}

#[derive(Debug, Clone)]
pub struct Entry {
    /// The code as the vendor sends it; for a pattern, the pattern as written.
    pub code: String,
    pub pattern: Option<(Pattern, ParamType)>,
    pub message: Texts,
    pub solution: Option<Texts>,
    pub billed: Option<bool>,
    pub platform: Option<Platform>,
    pub vendor_message: Option<String>,
    pub note: Option<String>,
    /// Identifier override from the catalog (PascalCase).
    pub ident: Option<String>,
    pub retired_in: Option<String>,
    pub aliases: Vec<Alias>,
    /// The canonical kind's id.
    pub kind: String,
    pub actor: Actor,
    pub retryable: bool,
    /// Key of the prompt to show the end user, where they can fix the problem.
    pub prompt: Option<String>,
    /// The vendor's own description of the code, per locale, transcribed
    /// exactly (state vendor); not an end-user text. Empty when none.
    pub vendor_description: Texts,
    /// The vendor's own solution, likewise (a developer text). Empty when none.
    pub vendor_solution: Texts,
    /// The parameters `template` may name, in order; a pattern entry's own
    /// parameter comes first (its value is the `$Name` part of the code).
    pub params: Vec<Param>,
    /// `message` with `{name}` placeholders, for when the values are known;
    /// a locale without one shows its `message` (which has no placeholders).
    pub template: Option<Texts>,
    /// Aliases equal to the entry's own code (the code had the same name in
    /// an old version); kept apart from `aliases`, which name other codes.
    pub self_aliases: Vec<Alias>,
    pub loc: Loc,
}

/// A value of one piece of per-entry metadata (see [`ENTRY_FIELDS`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Meta<'a> {
    Bool(bool),
    Int(i64),
    /// Free text: a version, a raw vendor message.
    Text(&'a str),
    /// An id from a closed set (a platform, actor, kind or prompt): each
    /// target names it as a value of its type.
    Id(&'a str),
}

/// One piece of per-entry metadata, described once: export writes every
/// field under its `name`, and every target's view holds each field's
/// literal under the same name ([`crate::targets::view::EntryView::lit`]).
/// Adding a field: the [`Entry`] member, one line here, the YAML field in
/// `load` and `resolve`, and the accessor in each target's table template.
pub struct EntryField {
    /// The name in the catalog and in export (`snake_case`).
    pub name: &'static str,
    pub get: fn(&Entry) -> Option<Meta<'_>>,
}

/// The per-entry metadata, in export order (export sorts keys anyway).
pub const ENTRY_FIELDS: &[EntryField] = &[
    EntryField {
        name: "billed",
        get: |e| e.billed.map(Meta::Bool),
    },
    EntryField {
        name: "platform",
        get: |e| e.platform.map(|p| Meta::Id(p.id())),
    },
    EntryField {
        name: "retired_in",
        get: |e| e.retired_in.as_deref().map(Meta::Text),
    },
    EntryField {
        name: "vendor_message",
        get: |e| e.vendor_message.as_deref().map(Meta::Text),
    },
    EntryField {
        name: "note",
        get: |e| e.note.as_deref().map(Meta::Text),
    },
    EntryField {
        name: "kind",
        get: |e| Some(Meta::Id(&e.kind)),
    },
    EntryField {
        name: "actor",
        get: |e| Some(Meta::Id(e.actor.id())),
    },
    EntryField {
        name: "retryable",
        get: |e| Some(Meta::Bool(e.retryable)),
    },
    EntryField {
        name: "prompt",
        get: |e| e.prompt.as_deref().map(Meta::Id),
    },
];

/// A named value a `template` can show (`{name}`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Param {
    pub name: String,
    pub ty: ParamType,
    /// Whether the value comes from the code itself (a pattern's `$Name`).
    pub from_pattern: bool,
}

#[derive(Debug, Clone)]
pub struct Alias {
    pub code: String,
    pub retired_in: String,
}

#[derive(Debug, Clone)]
pub struct Prompt {
    pub key: String,
    pub vendor_text: Option<String>,
    pub text: Texts,
    pub note: Option<String>,
    pub loc: Loc,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub text: String,
    /// `None` for the source locale's own text.
    pub state: Option<TextState>,
}

/// One text in several locales.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Texts(pub BTreeMap<String, Text>);

impl Texts {
    pub fn get(&self, locale: &str) -> Option<&str> {
        self.0.get(locale).map(|t| t.text.as_str())
    }
    /// The text in `locale`, else in `fallback`, else empty.
    pub fn get_or(&self, locale: &str, fallback: &str) -> &str {
        self.get(locale)
            .or_else(|| self.get(fallback))
            .unwrap_or("")
    }
}

impl Actor {
    /// Every actor, in the order the generated types list them.
    pub const ALL: [Actor; 5] = [
        Actor::User,
        Actor::Developer,
        Actor::Operator,
        Actor::Vendor,
        Actor::None,
    ];
    /// The spelling in the catalog, in `export` and in generated code.
    pub fn id(self) -> &'static str {
        match self {
            Actor::User => "user",
            Actor::Developer => "developer",
            Actor::Operator => "operator",
            Actor::Vendor => "vendor",
            Actor::None => "none",
        }
    }
    /// What the generated docs say of the actor.
    pub fn doc(self) -> &'static str {
        match self {
            Actor::User => "The person in front of the camera.",
            Actor::Developer => "The engineer integrating the SDK or API.",
            Actor::Operator => "Whoever runs the vendor account (billing, activation, quotas).",
            Actor::Vendor => "The vendor: its service or SDK failed.",
            Actor::None => "Nobody: the code reports success or progress.",
        }
    }
}

impl Platform {
    pub const ALL: [Platform; 3] = [Platform::Both, Platform::Ios, Platform::Android];
    /// The spelling in the catalog, in `export` and in generated code.
    pub fn id(self) -> &'static str {
        match self {
            Platform::Both => "both",
            Platform::Ios => "ios",
            Platform::Android => "android",
        }
    }
}

impl CodeType {
    pub fn id(self) -> &'static str {
        match self {
            CodeType::Int => "int",
            CodeType::String => "string",
        }
    }
}

impl ParamType {
    pub fn id(self) -> &'static str {
        match self {
            ParamType::Int => "int",
            ParamType::String => "string",
        }
    }
}

impl Model {
    /// Keeps only `keep` (and the fallback) among locales and texts.
    pub fn retain_locales(&mut self, keep: &[String]) {
        let fallback = self.fallback.clone();
        let wanted = |l: &str| l == fallback || keep.iter().any(|k| k == l);
        self.locales.retain(|l| wanted(l));
        let trim = |t: &mut Texts| t.0.retain(|l, _| wanted(l));
        for table in &mut self.tables {
            for e in &mut table.entries {
                trim(&mut e.message);
                trim(&mut e.vendor_description);
                trim(&mut e.vendor_solution);
                if let Some(t) = &mut e.template {
                    trim(t);
                }
                if let Some(s) = &mut e.solution {
                    trim(s);
                }
            }
        }
        for p in &mut self.prompts {
            trim(&mut p.text);
        }
        for k in &mut self.kinds {
            trim(&mut k.label);
        }
    }

    /// Keeps only the tables `keep` selects, and of the prompts and kinds
    /// only those a kept entry names, the prompt unknown codes show and the
    /// kind `unknown`; vendors without a kept table go too. The one place a
    /// selection (`errgen.toml`'s `[select]`) is applied: every target then
    /// sees a consistent, smaller catalog.
    pub fn retain_tables(&mut self, keep: impl Fn(&Table) -> bool) {
        self.tables.retain(|t| keep(t));
        let entries = || self.tables.iter().flat_map(|t| &t.entries);
        let prompts: std::collections::BTreeSet<&str> = entries()
            .filter_map(|e| e.prompt.as_deref())
            .chain([self.unknown_prompt.as_str()])
            .collect();
        let kinds: std::collections::BTreeSet<&str> = entries()
            .map(|e| e.kind.as_str())
            .chain(["unknown"])
            .collect();
        let vendors: std::collections::BTreeSet<&str> =
            self.tables.iter().map(|t| t.vendor.as_str()).collect();
        let (prompts, kinds, vendors) = (owned(prompts), owned(kinds), owned(vendors));
        self.prompts.retain(|p| prompts.contains(&p.key));
        self.kinds.retain(|k| kinds.contains(&k.id));
        self.vendors.retain(|v| vendors.contains(&v.id));
    }

    pub fn prompt(&self, key: &str) -> Option<&Prompt> {
        self.prompts.iter().find(|p| p.key == key)
    }
}

impl Pattern {
    /// Parses `PREFIX$NameSUFFIX`: exactly one `$` followed by a name of
    /// ASCII letters, digits and `_`, and a non-empty prefix or suffix.
    pub fn parse(raw: &str) -> Result<Pattern, String> {
        let dollars = raw.matches('$').count();
        if dollars != 1 {
            return Err(format!(
                "a pattern needs exactly one parameter written `$Name`, found {dollars} `$` in {raw:?}"
            ));
        }
        let at = raw.find('$').unwrap_or(0);
        let rest = &raw[at + 1..];
        let name_len = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        let name = &rest[..name_len];
        if name.is_empty() {
            return Err(format!(
                "the `$` in pattern {raw:?} is not followed by a parameter name"
            ));
        }
        let (prefix, suffix) = (&raw[..at], &rest[name_len..]);
        if prefix.is_empty() && suffix.is_empty() {
            return Err(format!(
                "pattern {raw:?} has no literal text besides its parameter, so it would match every code"
            ));
        }
        Ok(Pattern {
            raw: raw.to_owned(),
            prefix: prefix.to_owned(),
            name: name.to_owned(),
            suffix: suffix.to_owned(),
        })
    }

    /// The parameter if `code` belongs to this family.
    pub fn matches<'a>(&self, code: &'a str, param: ParamType) -> Option<&'a str> {
        let mid = code
            .strip_prefix(self.prefix.as_str())?
            .strip_suffix(self.suffix.as_str())?;
        if mid.is_empty() {
            return None;
        }
        match param {
            ParamType::String => Some(mid),
            ParamType::Int => is_canonical_int(mid).then_some(mid),
        }
    }

    /// Whether some code could belong to both families (conservative).
    pub fn overlaps(&self, other: &Pattern) -> bool {
        let pre = self.prefix.starts_with(&other.prefix) || other.prefix.starts_with(&self.prefix);
        let suf = self.suffix.ends_with(&other.suffix) || other.suffix.ends_with(&self.suffix);
        pre && suf
    }
}

fn owned(set: std::collections::BTreeSet<&str>) -> std::collections::BTreeSet<String> {
    set.into_iter().map(str::to_owned).collect()
}

/// A decimal integer as an integer's `to_string()` writes it: `0`, `-999`, `1001`.
pub fn is_canonical_int(s: &str) -> bool {
    let digits = s.strip_prefix('-').unwrap_or(s);
    !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (digits == "0" || !digits.starts_with('0'))
        && s != "-0"
        && s.parse::<i64>().is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The catalog's spelling (serde, in `load`) and the one errgen writes
    /// (export, lookup, generated code) are the same.
    #[test]
    fn spellings_agree_with_the_catalog() {
        for a in Actor::ALL {
            let read: Actor = serde_json::from_value(a.id().into()).unwrap();
            assert_eq!(read, a);
        }
        for p in Platform::ALL {
            let read: Platform = serde_json::from_value(p.id().into()).unwrap();
            assert_eq!(read, p);
        }
        let ids: std::collections::BTreeSet<_> = Actor::ALL.iter().map(|a| a.id()).collect();
        assert_eq!(ids.len(), Actor::ALL.len());
    }

    #[test]
    fn every_entry_field_is_named_once() {
        let names: std::collections::BTreeSet<_> = ENTRY_FIELDS.iter().map(|f| f.name).collect();
        assert_eq!(names.len(), ENTRY_FIELDS.len());
    }
}
