//! Load: reads a catalog folder into raw, position-carrying structures.
//! Each file is parsed on its own, so a broken file does not hide the
//! problems of the others. Nothing here judges content: that is `validate`.

use crate::diag::{Diagnostic, Loc, Sources};
use crate::yaml::{self, Sp};
use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Debug, Deserialize)]
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

#[derive(Debug, Deserialize)]
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

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub file: Sp<String>,
    pub lines: Sp<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFlags {
    pub format: Sp<String>,
}

#[derive(Debug, Deserialize)]
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

#[derive(Debug, Deserialize)]
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

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAlias {
    pub code: Sp<String>,
    pub retired_in: Sp<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPrompts {
    pub source: RawSource,
    pub prompts: Vec<Sp<RawPrompt>>,
}

#[derive(Debug, Deserialize)]
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
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawKinds {
    pub kinds: Vec<Sp<RawKind>>,
}

#[derive(Debug, Deserialize)]
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
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawL10n {
    pub locale: Sp<String>,
    pub state: Sp<TextState>,
    pub entries: Vec<Sp<RawL10nEntry>>,
}

#[derive(Debug, Deserialize)]
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
#[derive(Debug)]
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

#[derive(Debug)]
pub struct L10nFile {
    /// The locale named by the folder.
    pub folder_locale: String,
    pub target: L10nTarget,
    pub file: File<RawL10n>,
}

/// Everything read from a catalog folder. `None`/missing parts failed to parse
/// (their diagnostics are in `diagnostics`).
#[derive(Debug, Default)]
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
}

impl RawCatalog {
    fn read<T: serde::de::DeserializeOwned>(&mut self, path: &Path) -> Option<File<T>> {
        let text = match std::fs::read(path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(t) => t,
                Err(e) => {
                    let upto = &e.as_bytes()[..e.utf8_error().valid_up_to()];
                    let line = upto.iter().filter(|&&b| b == b'\n').count() as u64 + 1;
                    self.diagnostics.push(Diagnostic::error(
                        Loc::new(path, line, 1),
                        "file is not valid UTF-8",
                    ));
                    return None;
                }
            },
            Err(e) => {
                self.diagnostics.push(Diagnostic::error(
                    Loc::file_start(path),
                    format!("cannot read file: {e}"),
                ));
                return None;
            }
        };
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
}

/// YAML files directly in `dir`, sorted by name; other files are reported.
fn yaml_files(dir: &Path, diags: &mut Vec<Diagnostic>) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(rd) = std::fs::read_dir(dir) else {
        return out;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            continue;
        }
        match p.extension().and_then(|x| x.to_str()) {
            Some("yaml") => out.push(p),
            _ => diags.push(Diagnostic::error(
                Loc::file_start(&p),
                "unexpected file in the catalog (catalog files end in .yaml)",
            )),
        }
    }
    out.sort();
    out
}

/// Reads the catalog folder `root`.
pub fn load(root: &Path) -> RawCatalog {
    let mut cat = RawCatalog {
        root: root.to_owned(),
        ..Default::default()
    };
    if !root.is_dir() {
        cat.diagnostics.push(Diagnostic::error(
            Loc::file_start(root),
            "catalog folder not found",
        ));
        return cat;
    }
    let manifest = root.join("catalog.yaml");
    if manifest.is_file() {
        cat.manifest = cat.read(&manifest);
    } else {
        cat.diagnostics.push(Diagnostic::error(
            Loc::file_start(&manifest),
            "missing catalog manifest catalog.yaml",
        ));
    }
    cat.license_text = read_license(&mut cat);
    let prompts = root.join("prompts.yaml");
    if prompts.is_file() {
        cat.prompts = cat.read(&prompts);
    } else {
        cat.diagnostics.push(Diagnostic::error(
            Loc::file_start(&prompts),
            "missing prompts.yaml",
        ));
    }
    let kinds = root.join("kinds.yaml");
    if kinds.is_file() {
        cat.kinds = cat.read(&kinds);
    } else {
        cat.diagnostics.push(Diagnostic::error(
            Loc::file_start(&kinds),
            "missing kinds.yaml",
        ));
    }
    let glossary = root.join("glossary.yaml");
    if glossary.is_file() {
        cat.glossary = cat.read(&glossary);
    }
    let mut diags = Vec::new();
    for p in yaml_files(&root.join("tables"), &mut diags) {
        if let Some(t) = cat.read::<RawTable>(&p) {
            cat.tables.push(t);
        }
    }
    let l10n = root.join("l10n");
    if let Ok(rd) = std::fs::read_dir(&l10n) {
        let mut dirs: Vec<PathBuf> = rd
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.is_dir())
            .collect();
        dirs.sort();
        for dir in dirs {
            let locale = dir
                .file_name()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            for p in yaml_files(&dir, &mut diags) {
                let stem = p
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                if stem == "glossary" {
                    if let Some(file) = cat.read(&p) {
                        cat.locale_glossaries.push((locale.clone(), file));
                    }
                    continue;
                }
                let target = match stem.as_str() {
                    "prompts" => L10nTarget::Prompts,
                    "kinds" => L10nTarget::Kinds,
                    _ => L10nTarget::Table(stem),
                };
                if let Some(file) = cat.read::<RawL10n>(&p) {
                    cat.l10n.push(L10nFile {
                        folder_locale: locale.clone(),
                        target,
                        file,
                    });
                }
            }
        }
    }
    cat.diagnostics.extend(diags);
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
    match std::fs::read_to_string(&path) {
        Ok(t) if !t.trim().is_empty() => Some(t),
        Ok(_) => {
            cat.diagnostics
                .push(Diagnostic::error(at, "license_file is empty"));
            None
        }
        Err(e) => {
            cat.diagnostics
                .push(Diagnostic::error(at, format!("license_file: {e}")));
            None
        }
    }
}
