//! Load: reads a catalog folder into raw, position-carrying structures.
//! Each file is parsed on its own, so a broken file does not hide the
//! problems of the others. Nothing here judges content: that is `validate`.

use crate::diag::{Diagnostic, Loc, Sources};
use crate::yaml::{self, Sp};
use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawManifest {
    pub schema: Sp<u32>,
    pub locales: Vec<Sp<String>>,
    pub source_locale: Sp<String>,
    pub fallback: Sp<String>,
    pub required: Vec<Sp<String>>,
    pub unknown_prompt: Sp<String>,
    pub vendors: Vec<RawVendor>,
    /// Texts a translation may leave identical to the source (OK, PIN, ...).
    #[serde(default)]
    pub identical_allowed: Vec<Sp<String>>,
    /// The version every generated package carries (`MAJOR.MINOR.PATCH`).
    #[serde(default)]
    pub version: Option<Sp<String>>,
    /// The packages' license, an SPDX expression (`Apache-2.0`).
    #[serde(default)]
    pub license: Option<Sp<String>>,
    /// A file in the catalog folder holding the license text, copied into
    /// each package as LICENSE.
    #[serde(default)]
    pub license_file: Option<Sp<String>>,
    /// One sentence describing the packages.
    #[serde(default)]
    pub description: Option<Sp<String>>,
    /// Where the catalog's source lives (a URL).
    #[serde(default)]
    pub repository: Option<Sp<String>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawVendor {
    pub id: Sp<String>,
    pub name: Sp<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CodeType {
    Int,
    String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Platform {
    Both,
    Ios,
    Android,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ParamType {
    Int,
    String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TextState {
    Vendor,
    Draft,
    Reviewed,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub file: Sp<String>,
    pub lines: Sp<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFlags {
    pub format: Sp<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTable {
    pub id: Sp<String>,
    pub vendor: Sp<String>,
    pub title: Sp<String>,
    pub source: RawSource,
    pub code_type: Sp<CodeType>,
    pub open: Sp<bool>,
    #[serde(default)]
    pub note: Option<Sp<String>>,
    #[serde(default)]
    pub flags: Option<RawFlags>,
    pub entries: Vec<Sp<RawEntry>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEntry {
    #[serde(default)]
    pub code: Option<Sp<String>>,
    #[serde(default)]
    pub pattern: Option<Sp<String>>,
    #[serde(default)]
    pub param: Option<Sp<ParamType>>,
    #[serde(default)]
    pub message: Option<Sp<String>>,
    #[serde(default)]
    pub solution: Option<Sp<String>>,
    #[serde(default)]
    pub platform: Option<Sp<Platform>>,
    #[serde(default)]
    pub billed: Option<Sp<bool>>,
    #[serde(default)]
    pub vendor_message: Option<Sp<String>>,
    #[serde(default)]
    pub note: Option<Sp<String>>,
    #[serde(default)]
    pub ident: Option<Sp<String>>,
    #[serde(default)]
    pub retired_in: Option<Sp<String>>,
    #[serde(default)]
    pub aliases: Vec<Sp<RawAlias>>,
    #[serde(default)]
    pub kind: Option<Sp<String>>,
    #[serde(default)]
    pub actor: Option<Sp<Actor>>,
    #[serde(default)]
    pub retryable: Option<Sp<bool>>,
    #[serde(default)]
    pub prompt: Option<Sp<String>>,
    /// The vendor's own description, per locale, as the vendor wrote it (state vendor).
    #[serde(default)]
    pub vendor_description: Option<Sp<std::collections::BTreeMap<String, String>>>,
    /// The vendor's own solution, per locale, as the vendor wrote it (state vendor).
    #[serde(default)]
    pub vendor_solution: Option<Sp<std::collections::BTreeMap<String, String>>>,
    /// Named parameters of `template` (see `crate::params`).
    #[serde(default)]
    pub params: Vec<Sp<crate::params::RawParam>>,
    /// The message with `{name}` placeholders, for when the values are known.
    #[serde(default)]
    pub template: Option<Sp<String>>,
}

/// Who must act for an error to go away.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Actor {
    /// The person in front of the camera.
    User,
    /// The engineer integrating the SDK or API.
    Developer,
    /// Whoever runs the vendor account (billing, activation, quotas).
    Operator,
    /// The vendor itself (its service failed).
    Vendor,
    /// Nobody: the code reports success or progress.
    None,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAlias {
    pub code: Sp<String>,
    pub retired_in: Sp<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPrompts {
    pub source: RawSource,
    pub prompts: Vec<Sp<RawPrompt>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPrompt {
    pub key: Sp<String>,
    #[serde(default)]
    pub vendor_text: Option<Sp<String>>,
    #[serde(default)]
    pub text: Option<Sp<String>>,
    #[serde(default)]
    pub note: Option<Sp<String>>,
}

/// `kinds.yaml`: the canonical kinds every entry maps to.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawKinds {
    pub kinds: Vec<Sp<RawKind>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawKind {
    pub id: Sp<String>,
    /// Short label for people (source locale).
    #[serde(default)]
    pub label: Option<Sp<String>>,
    /// What the kind covers, for catalog maintainers.
    #[serde(default)]
    pub description: Option<Sp<String>>,
}

/// A translation file: `l10n/<locale>/<table id | prompts>.yaml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawL10n {
    pub locale: Sp<String>,
    pub state: Sp<TextState>,
    pub entries: Vec<Sp<RawL10nEntry>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawL10nEntry {
    #[serde(default)]
    pub code: Option<Sp<String>>,
    #[serde(default)]
    pub key: Option<Sp<String>>,
    #[serde(default)]
    pub message: Option<Sp<String>>,
    #[serde(default)]
    pub solution: Option<Sp<String>>,
    #[serde(default)]
    pub text: Option<Sp<String>>,
    /// Translation of an entry's `template` (see `crate::params`).
    #[serde(default)]
    pub template: Option<Sp<String>>,
    #[serde(default)]
    pub state: Option<Sp<TextState>>,
}

/// A parsed file and where it came from.
#[derive(Debug, Clone)]
pub struct File<T> {
    pub path: PathBuf,
    pub data: T,
}

/// Which kind of thing an l10n file translates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum L10nTarget {
    Table(String),
    Prompts,
    Kinds,
}

#[derive(Debug, Clone)]
pub struct L10nFile {
    /// The locale named by the folder.
    pub folder_locale: String,
    pub target: L10nTarget,
    pub file: File<RawL10n>,
}

/// Everything read from a catalog folder. `None`/missing parts failed to parse
/// (their diagnostics are in `diagnostics`).
#[derive(Debug, Default, Clone)]
pub struct RawCatalog {
    pub root: PathBuf,
    pub manifest: Option<File<RawManifest>>,
    pub prompts: Option<File<RawPrompts>>,
    pub kinds: Option<File<RawKinds>>,
    pub tables: Vec<File<RawTable>>,
    pub l10n: Vec<L10nFile>,
    /// `glossary.yaml`, optional (see `crate::glossary`).
    pub glossary: Option<File<crate::glossary::RawGlossary>>,
    /// `l10n/<locale>/glossary.yaml` files, each optional.
    pub locale_glossaries: Vec<crate::glossary::LocaleGlossary>,
    pub sources: Sources,
    pub diagnostics: Vec<Diagnostic>,
    /// The text of the manifest's `license_file`, when it names one that reads.
    pub license_text: Option<String>,
    /// Ids (file stems) of table files that could not be read or parsed.
    pub unread_tables: Vec<String>,
    /// The catalog folder with every link resolved.
    real_root: Option<PathBuf>,
    limits: Limits,
    bytes_read: u64,
}

/// Caps on what errgen reads, so that no catalog can exhaust memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The largest catalog file, in bytes.
    pub max_file_bytes: u64,
    /// The largest catalog, all files together, in bytes.
    pub max_catalog_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 4 << 20,
            max_catalog_bytes: 64 << 20,
        }
    }
}

impl Limits {
    /// The defaults, overridden by `ERRGEN_MAX_FILE_BYTES` and
    /// `ERRGEN_MAX_CATALOG_BYTES` where set to a number.
    pub fn from_env() -> Self {
        let get = |k: &str| std::env::var(k).ok().and_then(|v| v.trim().parse().ok());
        let d = Limits::default();
        Limits {
            max_file_bytes: get("ERRGEN_MAX_FILE_BYTES").unwrap_or(d.max_file_bytes),
            max_catalog_bytes: get("ERRGEN_MAX_CATALOG_BYTES").unwrap_or(d.max_catalog_bytes),
        }
    }
}

/// What kind of thing stands at a path, not following a final link.
fn kind_of(path: &Path) -> Option<std::fs::FileType> {
    std::fs::symlink_metadata(path).ok().map(|m| m.file_type())
}

fn describe_type(ft: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if ft.is_char_device() || ft.is_block_device() {
            return "a device";
        }
        if ft.is_socket() {
            return "a socket";
        }
    }
    if ft.is_dir() {
        "a folder"
    } else if ft.is_symlink() {
        "a symbolic link"
    } else {
        "not a regular file"
    }
}

/// Opens for reading without blocking (a FIFO swapped in after the type
/// check must not hang errgen) and without following a final link.
fn open_nonblocking(path: &Path) -> std::io::Result<std::fs::File> {
    let mut o = std::fs::OpenOptions::new();
    o.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.custom_flags(libc::O_NONBLOCK | libc::O_NOFOLLOW);
    }
    o.open(path)
}

impl RawCatalog {
    /// Where `path` really is, if it is inside the catalog folder: a link
    /// that leads outside it is refused (it could be /proc/self/environ or a
    /// secret), and so is anything that is not a regular file.
    fn inside(&mut self, path: &Path, want_dir: bool) -> Option<PathBuf> {
        let ft = kind_of(path)?;
        let real = if ft.is_symlink() {
            let target = path.canonicalize().ok();
            let ok = target
                .as_ref()
                .zip(self.real_root.as_ref())
                .is_some_and(|(t, r)| t.starts_with(r));
            if !ok {
                self.diagnostics.push(Diagnostic::error(
                    Loc::file_start(path),
                    "symbolic link to something outside the catalog folder; errgen does not follow it",
                ));
                return None;
            }
            target?
        } else {
            path.to_path_buf()
        };
        let real_ft = kind_of(&real)?;
        let fits = if want_dir {
            real_ft.is_dir()
        } else {
            real_ft.is_file()
        };
        if !fits {
            let what = if want_dir {
                format!("{}, where a folder belongs", describe_type(&real_ft))
            } else {
                format!(
                    "{}; errgen reads only regular files",
                    describe_type(&real_ft)
                )
            };
            self.diagnostics.push(Diagnostic::error(
                Loc::file_start(path),
                format!("this is {what}"),
            ));
            return None;
        }
        Some(real)
    }

    /// Reads a catalog file: a regular file inside the catalog folder, no
    /// larger than the limits.
    fn read_bytes(&mut self, path: &Path) -> Option<Vec<u8>> {
        let real = self.inside(path, false)?;
        let err = |cat: &mut Self, msg: String| {
            cat.diagnostics
                .push(Diagnostic::error(Loc::file_start(path), msg));
            None
        };
        let f = match open_nonblocking(&real) {
            Ok(f) => f,
            Err(e) => return err(self, format!("cannot read file: {e}")),
        };
        match f.metadata() {
            Ok(m) if m.is_file() => {}
            Ok(m) => {
                return err(
                    self,
                    format!(
                        "this is {}; errgen reads only regular files",
                        describe_type(&m.file_type())
                    ),
                );
            }
            Err(e) => return err(self, format!("cannot read file: {e}")),
        }
        let limit = self.limits.max_file_bytes;
        let left = self
            .limits
            .max_catalog_bytes
            .saturating_sub(self.bytes_read);
        let cap = limit.min(left);
        let mut bytes = Vec::new();
        if let Err(e) = std::io::Read::read_to_end(&mut std::io::Read::take(f, cap + 1), &mut bytes)
        {
            return err(self, format!("cannot read file: {e}"));
        }
        if bytes.len() as u64 > cap {
            return if cap == limit {
                err(
                    self,
                    format!(
                        "file is larger than the limit of {limit} bytes (raise it with --max-file-bytes or ERRGEN_MAX_FILE_BYTES)"
                    ),
                )
            } else {
                err(
                    self,
                    format!(
                        "the catalog is larger than the limit of {} bytes in all; this file is not read (raise it with --max-catalog-bytes or ERRGEN_MAX_CATALOG_BYTES)",
                        self.limits.max_catalog_bytes
                    ),
                )
            };
        }
        self.bytes_read += bytes.len() as u64;
        Some(bytes)
    }

    fn read<T: serde::de::DeserializeOwned>(&mut self, path: &Path) -> Option<File<T>> {
        let text = self.read_text(path)?;
        self.parse_text(path, text)
    }

    /// A catalog file's text, or a diagnostic.
    fn read_text(&mut self, path: &Path) -> Option<String> {
        match String::from_utf8(self.read_bytes(path)?) {
            Ok(t) => Some(t),
            Err(e) => {
                let upto = &e.as_bytes()[..e.utf8_error().valid_up_to()];
                let line = upto.iter().filter(|&&b| b == b'\n').count() as u64 + 1;
                self.diagnostics.push(Diagnostic::error(
                    Loc::new(path, line, 1),
                    "file is not valid UTF-8",
                ));
                None
            }
        }
    }

    fn parse_text<T: serde::de::DeserializeOwned>(
        &mut self,
        path: &Path,
        text: String,
    ) -> Option<File<T>> {
        let parsed = yaml::parse::<T>(path, &text);
        self.sources.add(path.to_owned(), text);
        match parsed {
            Ok(data) => Some(File {
                path: path.to_owned(),
                data,
            }),
            Err(d) => {
                self.diagnostics.push(d);
                None
            }
        }
    }

    /// A table file's text (None: it could not be read).
    fn add_table(&mut self, path: &Path, text: Option<String>) {
        match text.and_then(|t| self.parse_text::<RawTable>(path, t)) {
            Some(t) => self.tables.push(t),
            None => self
                .unread_tables
                .extend(path.file_stem().map(|s| s.to_string_lossy().into_owned())),
        }
    }

    /// A translation file's text, from the folder of `locale`.
    fn add_l10n(&mut self, locale: &str, path: &Path, text: Option<String>) {
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        if stem == "glossary" {
            if let Some(file) = text.and_then(|t| self.parse_text(path, t)) {
                self.locale_glossaries.push((locale.to_owned(), file));
            }
            return;
        }
        let target = match stem.as_str() {
            "prompts" => L10nTarget::Prompts,
            "kinds" => L10nTarget::Kinds,
            _ => L10nTarget::Table(stem),
        };
        if let Some(file) = text.and_then(|t| self.parse_text::<RawL10n>(path, t)) {
            self.l10n.push(L10nFile {
                folder_locale: locale.to_owned(),
                target,
                file,
            });
        }
    }
}

/// Builds a raw catalog from files held in memory (`/`-separated paths
/// relative to `root`), parsed and classified as [`load`] does after
/// reading: for tests and the fuzz harness.
pub fn from_memory(root: &Path, files: &[(&str, &str)]) -> RawCatalog {
    let mut cat = RawCatalog {
        root: root.to_owned(),
        ..Default::default()
    };
    for (rel, text) in files {
        cat.add_file(rel, text);
    }
    cat
}

impl RawCatalog {
    /// Parses one more file held in memory (see [`from_memory`]).
    pub fn add_file(&mut self, rel: &str, text: &str) {
        let path = self.root.join(rel);
        let text = Some(text.to_owned());
        match rel.split('/').collect::<Vec<_>>().as_slice() {
            ["catalog.yaml"] => self.manifest = text.and_then(|t| self.parse_text(&path, t)),
            ["prompts.yaml"] => self.prompts = text.and_then(|t| self.parse_text(&path, t)),
            ["kinds.yaml"] => self.kinds = text.and_then(|t| self.parse_text(&path, t)),
            ["glossary.yaml"] => self.glossary = text.and_then(|t| self.parse_text(&path, t)),
            ["tables", _] => self.add_table(&path, text),
            ["l10n", locale, _] => self.add_l10n(locale, &path, text),
            _ => self.diagnostics.push(Diagnostic::error(
                Loc::file_start(&path),
                "not a catalog file",
            )),
        }
    }
}

/// The entries of a catalog folder, sorted by name.
fn entries(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    out.sort();
    out
}

impl RawCatalog {
    /// YAML files directly in `dir`, sorted by name; anything else there is an error.
    fn yaml_files(&mut self, dir: &Path) -> Vec<PathBuf> {
        let mut out = Vec::new();
        for p in entries(dir) {
            if kind_of(&p).is_some_and(|t| t.is_dir()) {
                self.diagnostics.push(Diagnostic::error(
                    Loc::file_start(&p),
                    "unexpected folder in the catalog (catalog files lie directly in this folder)",
                ));
                continue;
            }
            match p.extension().and_then(|x| x.to_str()) {
                Some("yaml") => out.push(p),
                _ => self.diagnostics.push(Diagnostic::error(
                    Loc::file_start(&p),
                    "unexpected file in the catalog (catalog files end in .yaml)",
                )),
            }
        }
        out
    }

    /// A catalog folder: `Some` if it exists and is a real folder inside the catalog.
    fn folder(&mut self, dir: &Path, required: bool) -> Option<PathBuf> {
        if kind_of(dir).is_none() {
            if required {
                self.diagnostics.push(Diagnostic::error(
                    Loc::file_start(dir),
                    "missing folder (the catalog keeps its tables in tables/)",
                ));
            }
            return None;
        }
        self.inside(dir, true)
    }

    /// A file the catalog must have.
    fn required<T: serde::de::DeserializeOwned>(
        &mut self,
        path: &Path,
        what: &str,
    ) -> Option<File<T>> {
        if kind_of(path).is_none() {
            self.diagnostics.push(Diagnostic::error(
                Loc::file_start(path),
                format!("missing {what}"),
            ));
            return None;
        }
        self.read(path)
    }
}

/// Reads the catalog folder `root` with the limits from the environment.
pub fn load(root: &Path) -> RawCatalog {
    load_with(root, Limits::from_env())
}

/// Reads the catalog folder `root`.
pub fn load_with(root: &Path, limits: Limits) -> RawCatalog {
    let mut cat = RawCatalog {
        root: root.to_owned(),
        real_root: root.canonicalize().ok(),
        limits,
        ..Default::default()
    };
    if !root.is_dir() {
        cat.diagnostics.push(Diagnostic::error(
            Loc::file_start(root),
            "catalog folder not found",
        ));
        return cat;
    }
    cat.manifest = cat.required(&root.join("catalog.yaml"), "catalog manifest catalog.yaml");
    cat.prompts = cat.required(&root.join("prompts.yaml"), "prompts.yaml");
    cat.kinds = cat.required(&root.join("kinds.yaml"), "kinds.yaml");
    let license_file = (cat.manifest.as_ref())
        .and_then(|m| m.data.license_file.as_ref())
        .map(|f| f.value.clone());
    for p in entries(root) {
        let name = p.file_name().map(|n| n.to_string_lossy().into_owned());
        if !matches!(
            name.as_deref(),
            Some(
                "catalog.yaml"
                    | "prompts.yaml"
                    | "kinds.yaml"
                    | "glossary.yaml"
                    | "errgen.lock"
                    | "tables"
                    | "l10n"
            )
        ) && name != license_file
        {
            cat.diagnostics.push(Diagnostic::warning(
                Loc::file_start(&p),
                "not part of the catalog; errgen ignores it",
            ));
        }
    }
    cat.license_text = read_license(&mut cat);
    let glossary = root.join("glossary.yaml");
    if kind_of(&glossary).is_some() {
        cat.glossary = cat.read(&glossary);
    }
    if cat.folder(&root.join("tables"), true).is_some() {
        for p in cat.yaml_files(&root.join("tables")) {
            let text = cat.read_text(&p);
            cat.add_table(&p, text);
        }
    }
    let l10n = root.join("l10n");
    if cat.folder(&l10n, false).is_some() {
        for dir in entries(&l10n) {
            if !kind_of(&dir).is_some_and(|t| t.is_dir() || t.is_symlink()) {
                cat.diagnostics.push(Diagnostic::error(
                    Loc::file_start(&dir),
                    "unexpected file in l10n/ (translations live in l10n/<locale>/)",
                ));
                continue;
            }
            if cat.inside(&dir, true).is_none() {
                continue;
            }
            let locale = dir
                .file_name()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            for p in cat.yaml_files(&dir) {
                let text = cat.read_text(&p);
                cat.add_l10n(&locale, &p, text);
            }
        }
    }
    cat
}

/// The manifest's `license_file`: a plain file name in the catalog folder
/// (no folder part, not a link), UTF-8 text.
fn read_license(cat: &mut RawCatalog) -> Option<String> {
    let m = cat.manifest.as_ref()?;
    let name = m.data.license_file.as_ref()?;
    let at = name.loc(&m.path);
    let plain = !name.value.is_empty()
        && !name.value.contains(['/', '\\'])
        && !name.value.starts_with('.')
        && name.value != "catalog.yaml";
    let path = cat.root.join(&name.value);
    let problem = if !plain {
        Some("license_file must be the name of a file directly in the catalog folder".to_owned())
    } else if path.is_symlink() || !path.is_file() {
        Some(format!(
            "license_file {:?}: no such file in the catalog folder",
            name.value
        ))
    } else {
        None
    };
    if let Some(msg) = problem {
        cat.diagnostics.push(Diagnostic::error(at, msg));
        return None;
    }
    match cat.read_text(&path) {
        Some(t) if !t.trim().is_empty() => Some(t),
        Some(_) => {
            cat.diagnostics
                .push(Diagnostic::error(at, "license_file is empty"));
            None
        }
        None => None,
    }
}
