//! The API gate: what each generated package exposes (its surface, read from
//! each target's view by `targets::surface`), what a change to it means for
//! an app that depends on the package, and the version that change requires.
//!
//! The rules (README, "Versions and exhaustiveness"), per surface item:
//! - an item removed: **breaking** (a table, code, identifier, alias, kind,
//!   prompt or locale an app names is gone, or a member every table or the
//!   package has, such as `fromJson` or `Codable`; a rename is a removal and
//!   an addition);
//! - a case added to a type that existed and is exhaustive (a table with
//!   `open: false`, the Actor type): **breaking**, since an app's exhaustive
//!   `match`/`when`/`switch` stops compiling; added anywhere else (an open
//!   table, Kind, Prompt, the locale type, a new table, an alias constant):
//!   **additive**;
//! - an item's shape changed (open <-> closed, code type, the code a case
//!   decodes, a pattern or its parameter's type, what an alias points to):
//!   **breaking**;
//! - its behaviour metadata changed (kind, actor, retryable, prompt, billed,
//!   platform, retired_in): **additive**;
//! - its texts changed (messages, solutions, labels, vendor messages, notes,
//!   titles): **patch**.

pub mod diff;
pub mod lock;
pub mod version;

use crate::diag::Loc;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
pub use version::{Class, Version};

/// A package's public surface: items by their path in the target's own
/// names (`DoubangoStereoWarnings::Code7`).
pub type Surface = BTreeMap<String, Item>;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Of {
    /// A type apps may match exhaustively (no default branch).
    ClosedType,
    /// A type whose matches need a default branch.
    OpenType,
    /// A value of the type `in`, one arm of a match.
    Case,
    /// A constant in the type `in` (an alias): never a match arm of its own.
    Const,
    /// A member, conformance or helper type the package gives every table
    /// (`fromJson`, `FromStr`, `Codable`) or itself (`decode`): apps call
    /// it, so removing it or changing its signature is breaking.
    Member,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Item {
    pub of: Of,
    /// The type this item belongs to (its path), for cases and constants.
    #[serde(rename = "in", default, skip_serializing_if = "String::is_empty")]
    pub parent: String,
    /// Where in the catalog it comes from (`table "x" entry "7"`).
    pub place: String,
    /// What decoding and the type's shape depend on.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub sig: String,
    /// Behaviour metadata, as the target names it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub meta: String,
    /// A fingerprint of every text.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub texts: String,
    /// Its place in the catalog files (not kept in the lock).
    #[serde(skip)]
    pub loc: Option<Loc>,
}

impl Item {
    pub fn new(of: Of, parent: &str, place: &str, sig: &str, meta: &str, texts: String) -> Item {
        Item {
            of,
            parent: parent.to_owned(),
            place: place.to_owned(),
            sig: sig.to_owned(),
            meta: meta.to_owned(),
            texts,
            loc: None,
        }
    }
    pub fn ty(of: Of, place: &str, sig: &str) -> Item {
        Item::new(of, "", place, sig, "", String::new())
    }
    pub fn at(mut self, loc: &Loc) -> Item {
        self.loc = Some(loc.clone());
        self
    }
}

/// The surface of every target's package.
pub fn surfaces(
    m: &crate::model::Model,
) -> Result<BTreeMap<String, Surface>, Vec<crate::diag::Diagnostic>> {
    surfaces_of(m, &crate::targets::TARGETS)
}

/// The surface of each package among `targets`.
pub fn surfaces_of(
    m: &crate::model::Model,
    targets: &[&str],
) -> Result<BTreeMap<String, Surface>, Vec<crate::diag::Diagnostic>> {
    surfaces_in(m, targets, &mut crate::targets::Prepared::transient())
}

/// The surface of each package among `targets`, from the views in
/// `prepared` (those not built yet are built there, for generation to use).
pub fn surfaces_in(
    m: &crate::model::Model,
    targets: &[&str],
    prepared: &mut crate::targets::Prepared,
) -> Result<BTreeMap<String, Surface>, Vec<crate::diag::Diagnostic>> {
    // Resource targets have no code surface in the lock (yet): their
    // resource names are derived from the same codes and keys; `surfaces`
    // skips them.
    prepared.surfaces(m, targets)
}

/// Runs the gate of a versioned catalog at `catalog`: `Ok(None)` when the
/// catalog declares no version and has no lock.
pub fn run(
    m: &crate::model::Model,
    catalog: &std::path::Path,
) -> Result<Option<lock::Gate>, Vec<crate::diag::Diagnostic>> {
    let mut prepared = crate::targets::Prepared::transient();
    run_at(
        m,
        &lock::path(catalog),
        &crate::targets::TARGETS,
        &mut prepared,
    )
}

/// Runs the gate with the lock at `lock_path` over the packages among
/// `targets` (an app's errgen.toml: its own lock, its own packages); the
/// views it builds stay in `prepared` for generation.
pub fn run_at(
    m: &crate::model::Model,
    lock_path: &std::path::Path,
    targets: &[&str],
    prepared: &mut crate::targets::Prepared,
) -> Result<Option<lock::Gate>, Vec<crate::diag::Diagnostic>> {
    let at = || crate::diag::Loc::file_start(lock_path);
    let old =
        lock::read_at(lock_path).map_err(|e| vec![crate::diag::Diagnostic::error(at(), e)])?;
    if !m.package.versioned {
        return match old {
            None => Ok(None),
            Some(_) => Err(vec![crate::diag::Diagnostic::error(
                at(),
                "the catalog has an API lock but catalog.yaml declares no `version:`",
            )]),
        };
    }
    let s = crate::timings::stage("api surfaces", || surfaces_in(m, targets, prepared))?;
    lock::gate(m, old, s)
        .map(Some)
        .map_err(|e| vec![crate::diag::Diagnostic::error(at(), e)])
}

/// A 64-bit FNV-1a fingerprint of texts (in order), as 16 hex digits. Not
/// a security measure: it only tells that a text changed.
pub fn fingerprint<S: AsRef<str>>(texts: &[S]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for t in texts {
        for b in t.as_ref().bytes().chain([0x1f]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

/// One change of one target's surface.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub class: Class,
    /// The catalog place (`table "x" entry "7"`).
    pub place: String,
    /// What happened, in words that hold for every target (`removed`).
    pub what: String,
    /// The item's path in the target.
    pub path: String,
    pub loc: Option<Loc>,
}

/// Compares one target's surface with the locked one.
pub fn compare(old: &Surface, new: &Surface) -> Vec<Change> {
    let mut out = Vec::new();
    let change = |class, item: &Item, what: String, path: &str| Change {
        class,
        place: item.place.clone(),
        what,
        path: path.to_owned(),
        loc: item.loc.clone(),
    };
    for (path, o) in old {
        if !new.contains_key(path) {
            out.push(change(Class::Breaking, o, "removed".into(), path));
        }
    }
    for (path, n) in new {
        let Some(o) = old.get(path) else {
            let closed = matches!(old.get(&n.parent), Some(p) if p.of == Of::ClosedType);
            let (class, what) = if n.of == Of::Case && closed {
                let what = "added to an exhaustive type (apps match it without a default branch)";
                (Class::Breaking, what.to_owned())
            } else {
                (Class::Additive, "added".to_owned())
            };
            out.push(change(class, n, what, path));
            continue;
        };
        if o.of != n.of || o.sig != n.sig || o.parent != n.parent {
            let shape = |i: &Item| format!("{} {}", of_words(i.of), i.sig).trim().to_owned();
            let what = format!("changed from {} to {}", shape(o), shape(n));
            out.push(change(Class::Breaking, n, what, path));
        }
        if o.meta != n.meta {
            let what = format!("metadata changed from ({}) to ({})", o.meta, n.meta);
            out.push(change(Class::Additive, n, what, path));
        }
        if o.texts != n.texts {
            out.push(change(Class::Patch, n, "texts changed".into(), path));
        }
    }
    out
}

fn of_words(of: Of) -> &'static str {
    match of {
        Of::ClosedType => "an exhaustive type with",
        Of::OpenType => "a non-exhaustive type with",
        Of::Case => "",
        Of::Const => "",
        Of::Member => "a member with",
    }
}

/// The changes of every target, one per catalog place and kind of change,
/// with the path of the item in each target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grouped {
    pub class: Class,
    pub place: String,
    pub what: String,
    pub loc: Option<Loc>,
    /// (target, path)
    pub paths: Vec<(String, String)>,
}

impl Grouped {
    /// `breaking: table "x" entry "7": removed`.
    pub fn line(&self) -> String {
        format!("{}: {}: {}", self.class.id(), self.place, self.what)
    }
}

/// Groups the changes of each target by catalog place, most severe first.
pub fn group(per_target: &[(String, Vec<Change>)]) -> Vec<Grouped> {
    let mut groups: Vec<Grouped> = Vec::new();
    for (target, changes) in per_target {
        for c in changes {
            // Target names differ in `what` only for metadata; key on the class too.
            let key = |g: &Grouped| g.class == c.class && g.place == c.place && same(g, c);
            let at = (target.clone(), c.path.clone());
            match groups.iter_mut().find(|g| key(g)) {
                Some(g) => g.paths.push(at),
                None => groups.push(Grouped {
                    class: c.class,
                    place: c.place.clone(),
                    what: c.what.clone(),
                    loc: c.loc.clone(),
                    paths: vec![at],
                }),
            }
        }
    }
    groups.sort_by(|a, b| (b.class, &a.place, &a.what).cmp(&(a.class, &b.place, &b.what)));
    groups
}

/// Whether a change is the one a group holds: the same words, or (their
/// words depend on the target's names) both a shape or both a metadata change.
fn same(g: &Grouped, c: &Change) -> bool {
    let kind = |w: &str| w.split(" from ").next().unwrap_or(w).to_owned();
    kind(&g.what) == kind(&c.what)
}

/// The version the changes require after `locked`, and the most severe class.
pub fn required(locked: Version, changes: &[Grouped]) -> Option<(Class, Version)> {
    let class = changes.iter().map(|c| c.class).max()?;
    Some((class, locked.bump(class)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn surface(items: &[(&str, Item)]) -> Surface {
        items
            .iter()
            .map(|(p, i)| (p.to_string(), i.clone()))
            .collect()
    }

    fn case(parent: &str, code: &str, meta: &str, texts: &str) -> Item {
        let place = format!("entry {code:?}");
        Item::new(
            Of::Case,
            parent,
            &place,
            &format!("code {code}"),
            meta,
            texts.into(),
        )
    }

    #[test]
    fn classifies_by_the_policy() {
        let closed = Item::ty(Of::ClosedType, "table \"c\"", "int codes");
        let open = Item::ty(Of::OpenType, "table \"o\"", "int codes");
        let old = surface(&[
            ("C", closed.clone()),
            ("C::A", case("C", "1", "kind X", "t1")),
            ("O", open.clone()),
            ("O::A", case("O", "1", "kind X", "t1")),
        ]);
        let classes = |new: &Surface| -> Vec<Class> {
            compare(&old, new).into_iter().map(|c| c.class).collect()
        };
        let mut add_closed = old.clone();
        add_closed.insert("C::B".into(), case("C", "2", "", ""));
        assert_eq!(classes(&add_closed), [Class::Breaking]);
        let mut add_open = old.clone();
        add_open.insert("O::B".into(), case("O", "2", "", ""));
        assert_eq!(classes(&add_open), [Class::Additive]);
        let mut removed = old.clone();
        removed.remove("O::A");
        assert_eq!(classes(&removed), [Class::Breaking]);
        let mut recoded = old.clone();
        recoded.insert("O::A".into(), case("O", "9", "kind X", "t1"));
        assert_eq!(classes(&recoded), [Class::Breaking]);
        let mut meta = old.clone();
        meta.insert("O::A".into(), case("O", "1", "kind Y", "t1"));
        assert_eq!(classes(&meta), [Class::Additive]);
        let mut text = old.clone();
        text.insert("C::A".into(), case("C", "1", "kind X", "t2"));
        assert_eq!(classes(&text), [Class::Patch]);
        let mut opened = old.clone();
        opened.insert(
            "C".into(),
            Item::ty(Of::OpenType, "table \"c\"", "int codes"),
        );
        assert_eq!(classes(&opened), [Class::Breaking]);
        assert!(compare(&old, &old).is_empty());
    }

    #[test]
    fn fingerprints_see_every_text_and_its_boundaries() {
        assert_ne!(fingerprint(&["ab", "c"]), fingerprint(&["a", "bc"]));
        assert_ne!(fingerprint(&["a"]), fingerprint(&["b"]));
        assert_eq!(fingerprint(&["a"]).len(), 16);
    }
}
