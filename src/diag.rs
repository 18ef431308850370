//! Diagnostics: every problem errgen reports about a catalog, with its place
//! (file:line:col) and the offending source line.

use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// A place in a catalog file: 1-based line and column.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Loc {
    pub file: PathBuf,
    pub line: u64,
    pub col: u64,
}

impl Loc {
    pub fn new(file: impl Into<PathBuf>, line: u64, col: u64) -> Self {
        Loc {
            file: file.into(),
            line,
            col,
        }
    }
    /// The start of a file, for problems that belong to the file as a whole.
    pub fn file_start(file: impl Into<PathBuf>) -> Self {
        Loc::new(file, 1, 1)
    }
}

impl fmt::Display for Loc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", display_path(&self.file), self.line, self.col)
    }
}

/// Paths are shown with `/` separators on every platform so output is stable.
pub fn display_path(p: &Path) -> String {
    let s = p.to_string_lossy().replace('\\', "/");
    s.strip_prefix("./").map(str::to_owned).unwrap_or(s)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub loc: Loc,
    pub message: String,
    /// Other places the problem involves ("first defined here").
    pub related: Vec<(String, Loc)>,
    /// The text of the offending line, filled in by [`Sources::attach`].
    pub source_line: Option<String>,
}

impl Diagnostic {
    pub fn error(loc: Loc, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            loc,
            message: message.into(),
            related: vec![],
            source_line: None,
        }
    }
    pub fn warning(loc: Loc, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            loc,
            message: message.into(),
            related: vec![],
            source_line: None,
        }
    }
    pub fn with_related(mut self, what: impl Into<String>, loc: Loc) -> Self {
        self.related.push((what.into(), loc));
        self
    }
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    /// Renders in the style of rustc:
    ///
    /// ```text
    /// error: duplicate code "1001" in table t
    ///   --> catalog/tables/t.yaml:12:11
    ///    |
    /// 12 |   - code: "1001"
    ///    |           ^
    ///    = note: first defined at catalog/tables/t.yaml:8:11
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        writeln!(f, "{sev}: {}", self.message)?;
        let num = self.loc.line.to_string();
        let pad = " ".repeat(num.len());
        writeln!(f, "{pad}--> {}", self.loc)?;
        if let Some(line) = &self.source_line {
            let caret_pad: String = line
                .chars()
                .take(self.loc.col.saturating_sub(1) as usize)
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            writeln!(f, "{pad} |")?;
            writeln!(f, "{num} | {line}")?;
            writeln!(f, "{pad} | {caret_pad}^")?;
        }
        for (what, loc) in &self.related {
            writeln!(f, "{pad} = note: {what} at {loc}")?;
        }
        Ok(())
    }
}

/// The text of every file read, so diagnostics can quote their line.
#[derive(Default, Debug)]
pub struct Sources {
    files: std::collections::BTreeMap<PathBuf, String>,
}

impl Sources {
    pub fn add(&mut self, path: PathBuf, text: String) {
        self.files.insert(path, text);
    }
    pub fn line(&self, loc: &Loc) -> Option<String> {
        let text = self.files.get(&loc.file)?;
        let idx = usize::try_from(loc.line.checked_sub(1)?).ok()?;
        text.lines()
            .nth(idx)
            .map(|l| l.trim_end_matches('\r').to_owned())
    }
    /// Fills in `source_line` of each diagnostic.
    pub fn attach(&self, diags: &mut [Diagnostic]) {
        for d in diags {
            if d.source_line.is_none() {
                d.source_line = self.line(&d.loc);
            }
        }
    }
}

/// Sorts diagnostics by place so output is deterministic, errors and warnings interleaved by position.
pub fn sort(diags: &mut [Diagnostic]) {
    diags.sort_by(|a, b| (&a.loc, a.severity, &a.message).cmp(&(&b.loc, b.severity, &b.message)));
}
