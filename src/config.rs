//! `errgen.toml`: one app's configuration (which tables and locales its
//! packages hold, their package-level names, where each target is written,
//! and where its API lock lives). Several can live in one repository, one a
//! app; paths in one are relative to its folder.
//!
//! Reading is in two steps, each collecting every problem with its
//! file:line:col before reporting: [`read`] checks the file on its own
//! (syntax, keys, types, names each language accepts, destinations that
//! overlap each other or the catalog); [`Config::select`] checks it against
//! the catalog (globs and vendors that select nothing, locales the catalog
//! lacks) and applies the selection to the model, the one place it is
//! applied. The TOML library is known only here.

use crate::diag::{Diagnostic, Loc, Sources};
use crate::model::{Model, Names};
use std::path::{Component, Path, PathBuf};
use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// The file errgen looks for in the working folder.
pub const FILE: &str = "errgen.toml";

/// A value read from the config, with where it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct At<T> {
    pub value: T,
    pub loc: Loc,
}

/// One target this app builds, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dest {
    /// The target id (`kotlin`, `android-res`).
    pub target: &'static str,
    /// The folder the target's files go into (its own manifest is there),
    /// as a path from the working folder.
    pub out: PathBuf,
    /// Where `out` was written (the section's header when defaulted).
    pub loc: Loc,
}

/// A read and checked `errgen.toml`.
#[derive(Debug, Clone)]
pub struct Config {
    /// The file, as given or found.
    pub file: PathBuf,
    /// The catalog folder (from the working folder).
    pub catalog: PathBuf,
    /// The API lock of this app's packages (default: `errgen.lock` next to the file).
    pub lock: PathBuf,
    /// `[select] tables`: globs over table ids (`*` any run, `?` one character).
    pub tables: Option<Vec<At<String>>>,
    /// `[select] vendors`: vendor ids.
    pub vendors: Option<Vec<At<String>>>,
    /// `[select] locales`: locale tags (the fallback is kept anyway).
    pub locales: Option<Vec<At<String>>>,
    /// Every configured target (a section, or named in `targets`), in
    /// errgen's target order.
    pub dests: Vec<Dest>,
    /// The targets `build --target all` builds (`targets`, else every section).
    pub all: Vec<&'static str>,
    /// The package-level names.
    pub names: Names,
    /// The file's text, to quote its lines in diagnostics.
    pub sources: Sources,
    /// What [`read`] found wrong in the file itself (reported by
    /// [`Config::select`] with the problems against the catalog).
    pub problems: Vec<Diagnostic>,
}

/// The keys each section takes; `""` is the top level.
const SECTIONS: &[(&str, &[&str])] = &[
    ("", &["catalog", "lock", "targets", "select"]),
    ("select", &["tables", "vendors", "locales"]),
    ("rust", &["crate", "out"]),
    ("kotlin", &["package", "group", "artifact", "out"]),
    ("swift", &["module", "out"]),
    ("dart", &["package", "out"]),
    ("typescript", &["package", "out"]),
    ("android-res", &["prefix", "out"]),
    ("apple-res", &["table", "out"]),
    ("flutter-arb", &["prefix", "out"]),
];

/// The config in the working folder, if there is one.
pub fn find() -> Option<PathBuf> {
    let p = PathBuf::from(FILE);
    p.symlink_metadata().is_ok().then_some(p)
}

/// Reads and checks a config on its own. An error when it cannot be read
/// or is not TOML; every other problem is kept in [`Config::problems`], so
/// that [`Config::select`] reports them with the catalog's.
pub fn read(file: &Path) -> Result<Config, Vec<Diagnostic>> {
    let text = match read_text(file) {
        Ok(t) => t,
        Err(e) => return Err(vec![at_start(file, e)]),
    };
    let mut sources = Sources::default();
    sources.add(file.to_path_buf(), text.clone());
    let mut r = Reader {
        file: file.to_path_buf(),
        text: &text,
        diags: Vec::new(),
    };
    let config = match DeTable::parse(&text) {
        Ok(root) => r.config(root.get_ref(), sources.clone()),
        Err(e) => {
            let loc = r.loc(e.span().map_or(0, |s| s.start));
            let msg = e.message().trim().to_owned();
            r.diags
                .push(Diagnostic::error(loc, format!("invalid TOML: {msg}")));
            None
        }
    };
    let mut diags = r.diags;
    crate::diag::sort(&mut diags);
    sources.attach(&mut diags);
    match config {
        Some(c) => Ok(Config {
            problems: diags,
            ..c
        }),
        None => Err(diags),
    }
}

/// The largest config errgen reads.
const MAX_BYTES: u64 = 1 << 20;

/// The config's text: a regular file (a FIFO or device is refused, never
/// waited on), at most [`MAX_BYTES`], UTF-8.
fn read_text(file: &Path) -> Result<String, String> {
    use std::io::Read;
    let regular = |m: &std::fs::Metadata| m.is_file() && m.len() <= MAX_BYTES;
    let refuse =
        || format!("cannot read the config: not a regular file of at most {MAX_BYTES} bytes");
    let meta = std::fs::metadata(file).map_err(|e| format!("cannot read the config: {e}"))?;
    if !regular(&meta) {
        return Err(refuse());
    }
    let mut o = std::fs::OpenOptions::new();
    o.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.custom_flags(libc::O_NONBLOCK);
    }
    let f = o
        .open(file)
        .map_err(|e| format!("cannot read the config: {e}"))?;
    if !f.metadata().is_ok_and(|m| regular(&m)) {
        return Err(refuse());
    }
    let mut bytes = Vec::new();
    (f.take(MAX_BYTES + 1))
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read the config: {e}"))?;
    String::from_utf8(bytes).map_err(|_| "the config is not UTF-8 text".to_owned())
}

fn at_start(file: &Path, msg: impl Into<String>) -> Diagnostic {
    Diagnostic::error(Loc::file_start(file), msg)
}

struct Reader<'t> {
    file: PathBuf,
    text: &'t str,
    diags: Vec<Diagnostic>,
}

type Table<'a> = DeTable<'a>;
type Value<'a> = Spanned<DeValue<'a>>;

impl Reader<'_> {
    /// The line and column (in characters, 1-based) of a byte offset.
    fn loc(&self, offset: usize) -> Loc {
        let before = &self.text[..offset.min(self.text.len())];
        let line = before.matches('\n').count() as u64 + 1;
        let start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = before[start..].chars().count() as u64 + 1;
        Loc::new(self.file.clone(), line, col)
    }
    fn at(&self, v: &Value) -> Loc {
        self.loc(v.span().start)
    }
    fn err(&mut self, loc: Loc, msg: impl Into<String>) {
        self.diags.push(Diagnostic::error(loc, msg));
    }

    /// Reports keys `section` does not take, with a near one if any.
    fn keys(&mut self, t: &Table, section: &str) {
        let known = SECTIONS
            .iter()
            .find(|(s, _)| *s == section)
            .map_or(&[][..], |(_, k)| *k);
        let sections: Vec<&str> = SECTIONS[1..].iter().map(|(s, _)| *s).collect();
        for (k, _) in t.iter() {
            let key = k.get_ref().as_ref();
            if known.contains(&key) || (section.is_empty() && sections.contains(&key)) {
                continue;
            }
            let mut choices: Vec<&str> = known.to_vec();
            if section.is_empty() {
                choices.extend(&sections);
            }
            let hint = match near(key, &choices) {
                Some(n) => format!("; did you mean `{n}`?"),
                None => format!("; expected one of: {}", choices.join(", ")),
            };
            let place = if section.is_empty() {
                "at the top level".to_owned()
            } else {
                format!("in [{section}]")
            };
            let loc = self.loc(k.span().start);
            self.err(loc, format!("unknown key `{key}` {place}{hint}"));
        }
    }

    fn string(&mut self, t: &Table, key: &str, section: &str) -> Option<At<String>> {
        let v = t.get(key)?;
        match v.get_ref().as_str() {
            Some(s) => Some(At {
                value: s.to_owned(),
                loc: self.at(v),
            }),
            None => {
                let loc = self.at(v);
                let ty = v.get_ref().type_str();
                self.err(
                    loc,
                    format!("`{}` must be a string, not {ty}", dotted(section, key)),
                );
                None
            }
        }
    }

    fn strings(&mut self, t: &Table, key: &str, section: &str) -> Option<Vec<At<String>>> {
        let v = t.get(key)?;
        let Some(items) = v.get_ref().as_array() else {
            let loc = self.at(v);
            let ty = v.get_ref().type_str();
            let what = dotted(section, key);
            self.err(
                loc,
                format!("`{what}` must be an array of strings, not {ty}"),
            );
            return None;
        };
        let mut out = Vec::new();
        for item in items.iter() {
            match item.get_ref().as_str() {
                Some(s) => out.push(At {
                    value: s.to_owned(),
                    loc: self.at(item),
                }),
                None => {
                    let loc = self.at(item);
                    let ty = item.get_ref().type_str();
                    let what = dotted(section, key);
                    self.err(loc, format!("`{what}` must list strings, not {ty}"));
                }
            }
        }
        if out.is_empty() && items.is_empty() {
            let loc = self.at(v);
            let what = dotted(section, key);
            self.err(
                loc,
                format!(
                    "`{what}` is empty: it would select nothing (leave it out to keep everything)"
                ),
            );
        }
        Some(out)
    }

    fn section<'a, 'b>(&mut self, root: &'b Table<'a>, name: &str) -> Option<(&'b Table<'a>, Loc)> {
        let v = root.get(name)?;
        match v.get_ref().as_table() {
            Some(t) => {
                self.keys(t, name);
                Some((t, self.at(v)))
            }
            None => {
                let loc = self.at(v);
                let ty = v.get_ref().type_str();
                self.err(
                    loc,
                    format!("`{name}` must be a table ([{name}]), not {ty}"),
                );
                None
            }
        }
    }

    fn config(&mut self, root: &Table, sources: Sources) -> Option<Config> {
        self.keys(root, "");
        let dir = match self.file.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::new(),
        };
        let rel = |p: &str| normalize(&dir.join(p));
        let catalog = self.string(root, "catalog", "");
        let lock = self.string(root, "lock", "");
        let select = self.section(root, "select");
        let (tables, vendors, locales) = match select {
            Some((s, _)) => (
                self.strings(s, "tables", "select"),
                self.strings(s, "vendors", "select"),
                self.strings(s, "locales", "select"),
            ),
            None => (None, None, None),
        };
        self.globs(tables.as_deref().unwrap_or_default());
        let mut names = Names::default();
        let mut dests = Vec::new();
        for target in crate::targets::TARGETS {
            if let Some((t, loc)) = self.section(root, target) {
                self.names(t, target, &mut names);
                let out = self.string(t, "out", target);
                let (out, loc) = match out {
                    Some(o) => (rel(&o.value), o.loc),
                    None => (rel(&format!("generated/{target}")), loc),
                };
                dests.push(Dest { target, out, loc });
            }
        }
        let all = self.targets(root, &mut dests, &rel);
        let catalog_dir = rel(catalog.as_ref().map_or("catalog", |c| c.value.as_str()));
        let catalog_loc = catalog
            .as_ref()
            .map_or_else(|| Loc::file_start(&self.file), |c| c.loc.clone());
        self.overlaps(&dests, &catalog_dir, &catalog_loc);
        Some(Config {
            file: self.file.clone(),
            catalog: catalog_dir,
            lock: rel(lock.as_ref().map_or("errgen.lock", |l| l.value.as_str())),
            tables,
            vendors,
            locales,
            dests,
            all,
            names,
            sources,
            problems: Vec::new(),
        })
    }

    /// `targets = [...]`: known targets; one without a section gets its
    /// defaults. Returns what `--target all` builds.
    fn targets(
        &mut self,
        root: &Table,
        dests: &mut Vec<Dest>,
        rel: &dyn Fn(&str) -> PathBuf,
    ) -> Vec<&'static str> {
        let Some(list) = self.strings(root, "targets", "") else {
            return dests.iter().map(|d| d.target).collect();
        };
        let mut all = Vec::new();
        for t in list {
            let Some(known) = crate::targets::TARGETS.iter().find(|k| **k == t.value) else {
                let hint = near(&t.value, &crate::targets::TARGETS)
                    .map_or(String::new(), |n| format!("did you mean `{n}`? "));
                let msg = format!(
                    "unknown target {:?} in `targets`; {hint}errgen builds: {}",
                    t.value,
                    crate::targets::TARGETS.join(", ")
                );
                self.err(t.loc, msg);
                continue;
            };
            if all.contains(known) {
                self.err(t.loc, format!("target {known:?} listed twice in `targets`"));
                continue;
            }
            all.push(*known);
            if !dests.iter().any(|d| d.target == *known) {
                let out = rel(&format!("generated/{known}"));
                dests.push(Dest {
                    target: known,
                    out,
                    loc: t.loc,
                });
            }
        }
        let order = |t: &str| crate::targets::TARGETS.iter().position(|k| *k == t);
        dests.sort_by_key(|d| order(d.target));
        all.sort_by_key(|t| order(t));
        all
    }

    /// Each glob holds only what a table id can, and `*` or `?`.
    fn globs(&mut self, globs: &[At<String>]) {
        for g in globs {
            if !valid_glob(&g.value) {
                let msg = format!(
                    "{:?} is not a table-id glob: table ids are lower-case letters, digits and `_`; `*` matches any run of them, `?` one",
                    g.value
                );
                self.err(g.loc.clone(), msg);
            }
        }
    }

    /// The package-level names of one target's section, each checked by the
    /// target's own rules.
    fn names(&mut self, t: &Table, target: &str, names: &mut Names) {
        use crate::targets::{
            android_res, apple_res, dart, flutter_arb, kotlin, rust, swift, typescript,
        };
        type Check = fn(&str) -> Result<(), String>;
        let fields: Vec<(&str, Check, &mut Option<String>)> = match target {
            "rust" => vec![("crate", rust::check_crate_name, &mut names.rust_crate)],
            "kotlin" => vec![
                (
                    "package",
                    kotlin::check_package_name,
                    &mut names.kotlin_package,
                ),
                ("group", kotlin::check_group, &mut names.kotlin_group),
                (
                    "artifact",
                    kotlin::check_artifact,
                    &mut names.kotlin_artifact,
                ),
            ],
            "swift" => vec![("module", swift::check_module_name, &mut names.swift_module)],
            "dart" => vec![("package", dart::check_package_name, &mut names.dart_package)],
            "typescript" => vec![(
                "package",
                typescript::check_package_name,
                &mut names.npm_package,
            )],
            "android-res" => vec![(
                "prefix",
                android_res::check_prefix,
                &mut names.android_prefix,
            )],
            "apple-res" => vec![("table", apple_res::check_table, &mut names.apple_table)],
            "flutter-arb" => vec![("prefix", flutter_arb::check_prefix, &mut names.arb_prefix)],
            _ => Vec::new(),
        };
        for (key, check, slot) in fields {
            let Some(v) = self.string(t, key, target) else {
                continue;
            };
            match check(&v.value) {
                Ok(()) => *slot = Some(v.value),
                Err(why) => {
                    let what = dotted(target, key);
                    self.err(v.loc, format!("`{what}` {:?}: {why}", v.value));
                }
            }
        }
    }

    /// Two destinations that are equal or nested, or one that is, holds or
    /// is inside the catalog folder.
    fn overlaps(&mut self, dests: &[Dest], catalog: &Path, catalog_loc: &Loc) {
        let cat = absolute(catalog);
        for (i, d) in dests.iter().enumerate() {
            if d.out.file_name().is_none() {
                let msg = format!(
                    "[{}] out {} names no folder of its own (the target's folder holds its manifest)",
                    d.target,
                    crate::diag::display_path(&d.out)
                );
                self.err(d.loc.clone(), msg);
            }
            let a = absolute(&d.out);
            if nested(&a, &cat) {
                let msg = format!(
                    "[{}] out {} overlaps the catalog folder {}: errgen never writes into the catalog, nor puts it inside a generated folder",
                    d.target,
                    crate::diag::display_path(&d.out),
                    crate::diag::display_path(catalog)
                );
                let diag = Diagnostic::error(d.loc.clone(), msg)
                    .with_related("the catalog is set", catalog_loc.clone());
                self.diags.push(diag);
            }
            for e in &dests[..i] {
                if nested(&a, &absolute(&e.out)) {
                    let how = if a == absolute(&e.out) {
                        "is the same folder as"
                    } else {
                        "overlaps"
                    };
                    let msg = format!(
                        "[{}] out {} {how} [{}] out {}: each target needs a folder of its own, neither inside the other",
                        d.target,
                        crate::diag::display_path(&d.out),
                        e.target,
                        crate::diag::display_path(&e.out)
                    );
                    let diag = Diagnostic::error(d.loc.clone(), msg)
                        .with_related(format!("[{}] out is set", e.target), e.loc.clone());
                    self.diags.push(diag);
                }
            }
        }
    }
}

fn dotted(section: &str, key: &str) -> String {
    if section.is_empty() {
        key.to_owned()
    } else {
        format!("{section}.{key}")
    }
}

/// Whether one path is the other or inside it.
fn nested(a: &Path, b: &Path) -> bool {
    a.starts_with(b) || b.starts_with(a)
}

/// `p` without `.` components and with `..` taken back where it can be.
fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir
                if matches!(out.components().next_back(), Some(Component::Normal(_))) =>
            {
                out.pop();
            }
            other => out.push(other),
        }
    }
    if out.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        out
    }
}

/// `p` made absolute, through links as far as it exists (the rest as written).
fn absolute(p: &Path) -> PathBuf {
    let full = std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let full = normalize(&full);
    let mut existing = full.clone();
    let mut tail = Vec::new();
    loop {
        if let Ok(real) = existing.canonicalize() {
            let mut out = real;
            for c in tail.iter().rev() {
                out.push(c);
            }
            return out;
        }
        match (
            existing.file_name().map(|n| n.to_owned()),
            existing.parent(),
        ) {
            (Some(name), Some(parent)) => {
                tail.push(name);
                existing = parent.to_path_buf();
            }
            _ => return full,
        }
    }
}

/// The choice nearest to `word` (edit distance at most 2, or a third of it).
fn near<'a>(word: &str, choices: &[&'a str]) -> Option<&'a str> {
    let limit = (word.chars().count() / 3).max(2);
    choices
        .iter()
        .map(|c| (distance(word, c), *c))
        .filter(|(d, _)| *d <= limit)
        .min()
        .map(|(_, c)| c)
}

fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// Whether a glob holds only what a table id can, and `*` or `?`.
fn valid_glob(glob: &str) -> bool {
    !glob.is_empty()
        && glob
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '_' | '*' | '?'))
}

/// Whether `id` matches `glob` (`*` any run of characters, `?` one).
pub fn glob_matches(glob: &str, id: &str) -> bool {
    let (g, s): (Vec<char>, Vec<char>) = (glob.chars().collect(), id.chars().collect());
    let (mut gi, mut si) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while si < s.len() {
        match g.get(gi) {
            Some('*') => {
                star = Some((gi, si));
                gi += 1;
            }
            Some(c) if *c == '?' || *c == s[si] => {
                gi += 1;
                si += 1;
            }
            _ => match star {
                Some((sg, ss)) => {
                    gi = sg + 1;
                    si = ss + 1;
                    star = Some((sg, ss + 1));
                }
                None => return false,
            },
        }
    }
    g[gi..].iter().all(|c| *c == '*')
}

impl Config {
    /// Checks the selection against the catalog and applies it to the
    /// model (tables, the prompts and kinds they need, locales) with the
    /// package-level names. Every problem is reported; on any, the model
    /// is left as it was.
    pub fn select(&self, m: &mut Model) -> Result<(), Vec<Diagnostic>> {
        let mut diags = Vec::new();
        let ids: Vec<&str> = m.tables.iter().map(|t| t.id.as_str()).collect();
        for g in self
            .tables
            .iter()
            .flatten()
            .filter(|g| valid_glob(&g.value))
        {
            if !ids.iter().any(|id| glob_matches(&g.value, id)) {
                let msg = format!(
                    "{:?} selects no table; the catalog's tables: {}",
                    g.value,
                    ids.join(", ")
                );
                diags.push(Diagnostic::error(g.loc.clone(), msg));
            }
        }
        let vendors: Vec<&str> = m.vendors.iter().map(|v| v.id.as_str()).collect();
        for v in self.vendors.iter().flatten() {
            if !vendors.contains(&v.value.as_str()) {
                let msg = format!(
                    "no vendor {:?} in the catalog; its vendors: {}",
                    v.value,
                    vendors.join(", ")
                );
                diags.push(Diagnostic::error(v.loc.clone(), msg));
            }
        }
        for l in self.locales.iter().flatten() {
            if !m.locales.contains(&l.value) {
                let msg = format!(
                    "the catalog has no locale {:?}; its locales: {}",
                    l.value,
                    m.locales.join(", ")
                );
                diags.push(Diagnostic::error(l.loc.clone(), msg));
            }
        }
        let keep = |t: &crate::model::Table| {
            let by_id = (self.tables.as_ref())
                .is_none_or(|gs| gs.iter().any(|g| glob_matches(&g.value, &t.id)));
            let by_vendor =
                (self.vendors.as_ref()).is_none_or(|vs| vs.iter().any(|v| v.value == t.vendor));
            by_id && by_vendor
        };
        if diags.is_empty() && !m.tables.iter().any(keep) {
            let at = (self.tables.iter().flatten())
                .chain(self.vendors.iter().flatten())
                .next()
                .map_or_else(|| Loc::file_start(&self.file), |a| a.loc.clone());
            let msg = "`tables` and `vendors` together select no table (a table must match both)";
            diags.push(Diagnostic::error(at, msg));
        }
        diags.extend(self.problems.iter().cloned());
        if !diags.is_empty() {
            crate::diag::sort(&mut diags);
            self.sources.attach(&mut diags);
            return Err(diags);
        }
        m.retain_tables(keep);
        if let Some(ls) = &self.locales {
            let keep: Vec<String> = ls.iter().map(|l| l.value.clone()).collect();
            m.retain_locales(&keep);
        }
        m.package.names = self.names.clone();
        Ok(())
    }

    /// Where `target` is written, if this app configures it.
    pub fn dest(&self, target: &str) -> Option<&Dest> {
        self.dests.iter().find(|d| d.target == target)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs_match_as_shells_do() {
        assert!(glob_matches("aai_*", "aai_liveness_sdk"));
        assert!(glob_matches("*_sdk_*", "tencent_sdk_ios"));
        assert!(glob_matches("tencent_sdk_???", "tencent_sdk_ios"));
        assert!(!glob_matches("tencent_sdk_???", "tencent_sdk_android"));
        assert!(!glob_matches("aai_*", "baidu_face"));
        assert!(glob_matches("*", "x"));
        assert!(!glob_matches("a", "ab"));
        assert!(glob_matches("a*b*c", "a_b_b_c"));
    }

    #[test]
    fn near_names_the_closest_key() {
        assert_eq!(near("pakage", &["package", "out"]), Some("package"));
        assert_eq!(near("zzzzzz", &["package", "out"]), None);
    }
}
