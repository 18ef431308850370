//! `errgen diff OLD`: what changed between two catalogs, in catalog terms
//! (codes, texts per locale, metadata, aliases, patterns), each with its
//! class, and the version the changes require (from the surfaces, by the
//! same rules as the build's gate). OLD is a folder or a git revision.

use super::{Class, Grouped, Version, compare, group, surfaces};
use crate::model::{ENTRY_FIELDS, Entry, Model, Table, Texts};
use crate::targets::naming::{override_words, words};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// One change in catalog terms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detail {
    pub class: Class,
    pub place: String,
    pub what: String,
}

fn d(class: Class, place: impl Into<String>, what: impl Into<String>) -> Detail {
    Detail {
        class,
        place: place.into(),
        what: what.into(),
    }
}

/// Every change from `old` to `new`, in catalog order.
pub fn details(old: &Model, new: &Model) -> Vec<Detail> {
    let mut out = Vec::new();
    keyed(&mut out, "locale", &old.locales, &new.locales);
    texts_of(&mut out, "kind", &kinds(old), &kinds(new));
    texts_of(&mut out, "prompt", &prompts(old), &prompts(new));
    for t in &old.tables {
        match new.tables.iter().find(|n| n.id == t.id) {
            None => out.push(d(Class::Breaking, format!("table {:?}", t.id), "removed")),
            Some(n) => table(&mut out, t, n),
        }
    }
    for t in new
        .tables
        .iter()
        .filter(|t| !old.tables.iter().any(|o| o.id == t.id))
    {
        out.push(d(Class::Additive, format!("table {:?}", t.id), "added"));
    }
    out
}

fn kinds(m: &Model) -> BTreeMap<String, &Texts> {
    m.kinds.iter().map(|k| (k.id.clone(), &k.label)).collect()
}

fn prompts(m: &Model) -> BTreeMap<String, &Texts> {
    m.prompts.iter().map(|p| (p.key.clone(), &p.text)).collect()
}

fn keyed(out: &mut Vec<Detail>, what: &str, old: &[String], new: &[String]) {
    for o in old.iter().filter(|o| !new.contains(o)) {
        out.push(d(Class::Breaking, format!("{what} {o:?}"), "removed"));
    }
    for n in new.iter().filter(|n| !old.contains(n)) {
        out.push(d(Class::Additive, format!("{what} {n:?}"), "added"));
    }
}

fn texts_of(
    out: &mut Vec<Detail>,
    what: &str,
    old: &BTreeMap<String, &Texts>,
    new: &BTreeMap<String, &Texts>,
) {
    let o: Vec<String> = old.keys().cloned().collect();
    let n: Vec<String> = new.keys().cloned().collect();
    keyed(out, what, &o, &n);
    for (k, t) in old {
        if let Some(nt) = new.get(k) {
            texts(out, &format!("{what} {k:?}"), "text", t, nt);
        }
    }
}

/// One `patch` line per locale whose text changed.
fn texts(out: &mut Vec<Detail>, place: &str, field: &str, old: &Texts, new: &Texts) {
    let locales: std::collections::BTreeSet<&String> = old.0.keys().chain(new.0.keys()).collect();
    for l in locales {
        let (a, b) = (old.get(l), new.get(l));
        if a != b {
            let what = match (a, b) {
                (None, Some(_)) => format!("{field} ({l}) added"),
                (Some(_), None) => format!("{field} ({l}) removed"),
                _ => format!("{field} ({l}) changed"),
            };
            out.push(d(Class::Patch, place, what));
        }
    }
}

fn ident(e: &Entry) -> String {
    match (&e.ident, &e.pattern) {
        (Some(i), _) => override_words(i),
        (None, Some((p, _))) => words(&format!("{}{}", p.prefix, p.suffix)),
        (None, None) => words(&e.code),
    }
}

fn table(out: &mut Vec<Detail>, o: &Table, n: &Table) {
    let place = format!("table {:?}", o.id);
    if o.open != n.open {
        let what = format!(
            "open changed from {} to {} (exhaustive matches change)",
            o.open, n.open
        );
        out.push(d(Class::Breaking, &place, what));
    }
    if o.code_type != n.code_type {
        let what = format!(
            "code_type changed from {} to {}",
            o.code_type.id(),
            n.code_type.id()
        );
        out.push(d(Class::Breaking, &place, what));
    }
    if o.flags.as_ref().map(|f| &f.raw) != n.flags.as_ref().map(|f| &f.raw) {
        out.push(d(Class::Breaking, &place, "flag-set format changed"));
    }
    let docs = |t: &Table| {
        let s = &t.source;
        (
            t.title.clone(),
            t.note.clone(),
            t.vendor_name.clone(),
            s.file.clone(),
            s.lines.clone(),
        )
    };
    if docs(o) != docs(n) {
        out.push(d(
            Class::Patch,
            &place,
            "title, vendor name, source or note changed",
        ));
    }
    let find = |t: &Table, code: &str| t.entries.iter().find(|e| e.code == code).cloned();
    for e in &o.entries {
        let at = format!("{place} {} {:?}", noun(e), e.code);
        match find(n, &e.code) {
            Some(ne) => entry(out, &at, e, &ne),
            None => match n
                .entries
                .iter()
                .find(|x| ident(x) == ident(e) && find(o, &x.code).is_none())
            {
                Some(r) => out.push(d(
                    Class::Breaking,
                    at,
                    format!("renamed to {:?} (same identifier, new code)", r.code),
                )),
                None => out.push(d(Class::Breaking, at, "removed")),
            },
        }
    }
    for e in n.entries.iter().filter(|e| find(o, &e.code).is_none()) {
        if o.entries
            .iter()
            .any(|x| ident(x) == ident(e) && find(n, &x.code).is_none())
        {
            continue; // reported as a rename
        }
        let at = format!("{place} {} {:?}", noun(e), e.code);
        if n.open {
            out.push(d(
                Class::Additive,
                at,
                "added (the table is open: apps keep a default branch)",
            ));
        } else {
            out.push(d(
                Class::Breaking,
                at,
                "added to a closed table (exhaustive matches stop compiling)",
            ));
        }
    }
}

fn noun(e: &Entry) -> &'static str {
    if e.pattern.is_some() {
        "pattern"
    } else {
        "code"
    }
}

fn entry(out: &mut Vec<Detail>, at: &str, o: &Entry, n: &Entry) {
    if ident(o) != ident(n) {
        out.push(d(
            Class::Breaking,
            at,
            "re-identified: its identifier changed",
        ));
    }
    if o.pattern.as_ref().map(|p| p.1) != n.pattern.as_ref().map(|p| p.1) {
        out.push(d(Class::Breaking, at, "parameter type changed"));
    }
    for f in ENTRY_FIELDS {
        let (a, b) = ((f.get)(o), (f.get)(n));
        if a != b {
            let show = |m: Option<crate::model::Meta>| match m {
                None => "none".to_owned(),
                Some(crate::model::Meta::Bool(b)) => b.to_string(),
                Some(crate::model::Meta::Int(i)) => i.to_string(),
                Some(crate::model::Meta::Text(t) | crate::model::Meta::Id(t)) => format!("{t:?}"),
            };
            let class = if ["note", "vendor_message"].contains(&f.name) {
                Class::Patch
            } else {
                Class::Additive
            };
            out.push(d(
                class,
                at,
                format!("{} changed from {} to {}", f.name, show(a), show(b)),
            ));
        }
    }
    texts(out, at, "message", &o.message, &n.message);
    let none = Texts::default();
    let sol = |e: &Entry| e.solution.clone().unwrap_or_else(|| none.clone());
    texts(out, at, "solution", &sol(o), &sol(n));
    let aliases = |e: &Entry| {
        e.aliases
            .iter()
            .map(|a| (a.code.clone(), a.retired_in.clone()))
            .collect::<BTreeMap<_, _>>()
    };
    let (oa, na) = (aliases(o), aliases(n));
    for (code, r) in &oa {
        match na.get(code) {
            None => out.push(d(Class::Breaking, at, format!("alias {code:?} removed"))),
            Some(nr) if nr != r => out.push(d(
                Class::Additive,
                at,
                format!("alias {code:?} retired_in changed from {r:?} to {nr:?}"),
            )),
            Some(_) => {}
        }
    }
    for code in na.keys().filter(|c| !oa.contains_key(*c)) {
        out.push(d(Class::Additive, at, format!("alias {code:?} added")));
    }
}

/// The whole comparison: details, the surface changes, and the versions.
pub struct Diff {
    pub details: Vec<Detail>,
    pub surface: Vec<Grouped>,
    pub old_version: String,
    pub new_version: String,
    /// The most severe class (details and surfaces) and the version it needs after OLD.
    pub required: Option<(Class, Version)>,
}

pub fn diff(old: &Model, new: &Model) -> Result<Diff, Vec<crate::diag::Diagnostic>> {
    let (so, sn) = (surfaces(old)?, surfaces(new)?);
    let empty = super::Surface::new();
    let per: Vec<_> = sn
        .iter()
        .map(|(t, s)| (t.clone(), compare(so.get(t).unwrap_or(&empty), s)))
        .collect();
    let surface = group(&per);
    let details = details(old, new);
    let base = Version::parse(&old.package.version).unwrap_or(Version::new(0, 0, 0));
    let class = details
        .iter()
        .map(|x| x.class)
        .chain(surface.iter().map(|g| g.class))
        .max();
    Ok(Diff {
        required: class.map(|c| (c, base.bump(c))),
        details,
        surface,
        old_version: old.package.version.clone(),
        new_version: new.package.version.clone(),
    })
}

impl Diff {
    pub fn text(&self) -> String {
        let mut s = String::new();
        for x in &self.details {
            s += &format!("{:<9} {}: {}\n", x.class.id(), x.place, x.what);
        }
        s += &self.verdict();
        s += "\n";
        s
    }

    fn verdict(&self) -> String {
        match self.required {
            None => format!("no change since {}", self.old_version),
            Some((c, v)) => format!(
                "{} change(s) since {}: {}; requires version {v} or higher (catalog.yaml says {})",
                self.details.len(),
                self.old_version,
                c.id(),
                self.new_version
            ),
        }
    }

    /// A changelog section: the version, then the changes by class.
    pub fn markdown(&self) -> String {
        let heading = match self.required {
            Some((_, need)) if Version::parse(&self.new_version).is_ok_and(|v| v < need) => {
                need.to_string()
            }
            _ => self.new_version.clone(),
        };
        let mut s = format!("## {heading}\n\n");
        if self.details.is_empty() {
            s += "No change.\n";
        }
        for (class, title) in [
            (Class::Breaking, "Breaking changes"),
            (Class::Additive, "Additions"),
            (Class::Patch, "Text fixes"),
        ] {
            let items: Vec<&Detail> = self.details.iter().filter(|x| x.class == class).collect();
            if items.is_empty() {
                continue;
            }
            s += &format!("### {title}\n\n");
            for x in items {
                s += &format!("- {}: {}\n", md(&x.place), md(&x.what));
            }
            s += "\n";
        }
        s.trim_end().to_owned() + "\n"
    }
}

/// Text as Markdown shows it: quotes become code spans' neighbours, and the
/// characters Markdown reads are escaped.
fn md(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if "\\`*_[]<>#|".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A catalog folder read from a git revision into a temporary folder, removed on drop.
pub struct Checkout {
    pub dir: PathBuf,
}

impl Drop for Checkout {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn git(dir: &Path, args: &[&str]) -> Result<Vec<u8>, String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "git {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    Ok(out.stdout)
}

/// Reads the catalog folder `catalog` as it was at git revision `rev` (only
/// regular files; links are left out, as the loader would refuse them).
pub fn checkout(catalog: &Path, rev: &str) -> Result<Checkout, String> {
    if rev.starts_with('-') {
        return Err(format!("{rev:?} is neither a folder nor a git revision"));
    }
    let commit = git(
        catalog,
        &[
            "rev-parse",
            "--verify",
            "--quiet",
            &format!("{rev}^{{commit}}"),
        ],
    )
    .map_err(|_| {
        format!(
            "{rev:?} is neither a catalog folder nor a git revision of the repository holding {}",
            crate::diag::display_path(catalog)
        )
    })?;
    let commit = String::from_utf8_lossy(&commit).trim().to_owned();
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let dir = std::env::temp_dir().join(format!("errgen-diff-{}-{nanos}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let co = Checkout { dir };
    let list = git(catalog, &["ls-tree", "-r", "-z", &commit, "."])?;
    let mut files = 0;
    for rec in list.split(|b| *b == 0).filter(|r| !r.is_empty()) {
        let rec = String::from_utf8_lossy(rec);
        let Some((meta, path)) = rec.split_once('\t') else {
            continue;
        };
        let mode = meta.split(' ').next().unwrap_or("");
        if !(mode == "100644" || mode == "100755")
            || path.split('/').any(|c| c == ".." || c.is_empty())
        {
            continue;
        }
        let data = git(
            catalog,
            &["cat-file", "blob", &format!("{commit}:./{path}")],
        )?;
        let dest = co.dir.join(path);
        if let Some(parent) = dest.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        std::fs::write(&dest, data).map_err(|e| format!("{}: {e}", dest.display()))?;
        files += 1;
    }
    if files == 0 {
        return Err(format!(
            "revision {rev} has no files in {}",
            crate::diag::display_path(catalog)
        ));
    }
    Ok(co)
}
