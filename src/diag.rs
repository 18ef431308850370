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
        writeln!(f, "{sev}: {}", bounded(&self.message, MAX_MESSAGE_CHARS))?;
        let num = self.loc.line.to_string();
        let pad = " ".repeat(num.len());
        writeln!(f, "{pad}--> {}", self.loc)?;
        if let Some(full) = &self.source_line {
            let (line, caret) = snippet(full, self.loc.col.saturating_sub(1) as usize);
            let caret_pad: String = line
                .chars()
                .take(caret)
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

/// The most characters of a source line a diagnostic quotes.
pub const SNIPPET_CHARS: usize = 200;
/// The most characters of a message (which may quote catalog text) printed.
pub const MAX_MESSAGE_CHARS: usize = 1000;

/// A window of at most [`SNIPPET_CHARS`] characters of `line` around the
/// 0-based character column `col`, with `…` where it was cut, and the
/// column of `col` within the window.
pub fn snippet(line: &str, col: usize) -> (String, usize) {
    let n = line.chars().count();
    if n <= SNIPPET_CHARS {
        return (line.to_owned(), col);
    }
    let start = col.saturating_sub(SNIPPET_CHARS / 2).min(n - SNIPPET_CHARS);
    let mut s: String = line.chars().skip(start).take(SNIPPET_CHARS).collect();
    let mut caret = col.saturating_sub(start).min(SNIPPET_CHARS);
    if start > 0 {
        s.insert(0, '…');
        caret += 1;
    }
    if start + SNIPPET_CHARS < n {
        s.push('…');
    }
    (s, caret)
}

/// `text` cut to `max` characters, saying how much was left out.
pub fn bounded(text: &str, max: usize) -> std::borrow::Cow<'_, str> {
    let n = text.chars().count();
    if n <= max {
        return text.into();
    }
    let head: String = text.chars().take(max).collect();
    format!("{head}… ({} more characters)", n - max).into()
}

/// The text of every file read, so diagnostics can quote their line.
/// Only the catalog's own text files are added (regular files inside the
/// catalog folder that were read as UTF-8), so nothing else is ever quoted.
#[derive(Default, Debug, Clone)]
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_are_bounded_and_the_caret_stays_on_its_character() {
        let line = format!("{}X{}", "a".repeat(5000), "b".repeat(5000));
        let (s, caret) = snippet(&line, 5000);
        assert!(s.chars().count() <= SNIPPET_CHARS + 2, "{}", s.len());
        assert_eq!(s.chars().nth(caret), Some('X'));
        let (s, caret) = snippet(&line, 0);
        assert_eq!((s.chars().next(), caret), (Some('a'), 0));
        assert!(s.ends_with('…'));
        let (s, caret) = snippet(&line, 10_000);
        assert_eq!(s.chars().nth(caret), Some('b'));
        assert_eq!(snippet("short", 2), ("short".to_owned(), 2));
        let mut d = Diagnostic::error(Loc::new("f.yaml", 1, 5001), "x".repeat(5000));
        d.source_line = Some(line);
        let shown = d.to_string();
        assert!(
            shown
                .lines()
                .all(|l| l.chars().count() < MAX_MESSAGE_CHARS + 40),
            "{shown}"
        );
        assert!(shown.contains("(4000 more characters)"), "{shown}");
    }
}
