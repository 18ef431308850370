//! The YAML layer: the only module that knows about serde-saphyr.
//!
//! Catalog files are parsed with strict booleans (only `true`/`false`),
//! duplicate keys rejected, merge keys rejected, and the parser's default
//! budget that bounds alias expansion ("billion laughs"). Scalars that the
//! schema declares as strings are taken exactly as written, so `no`, `0012`
//! and `1e3` stay strings. Values that need a position for later diagnostics
//! are wrapped in [`Sp`].

use crate::diag::{Diagnostic, Loc};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};
use std::path::Path;

/// A value with the line and column where it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sp<T> {
    pub value: T,
    pub line: u64,
    pub col: u64,
}

impl<T> Sp<T> {
    pub fn loc(&self, file: &Path) -> Loc {
        Loc::new(file, self.line, self.col)
    }
}

impl<T> std::ops::Deref for Sp<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Sp<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = serde_saphyr::Spanned::<T>::deserialize(d)?;
        Ok(Sp {
            value: s.value,
            line: s.referenced.line(),
            col: s.referenced.column(),
        })
    }
}

fn options() -> serde_saphyr::Options {
    let mut o = serde_saphyr::Options::default();
    o.strict_booleans = true;
    o.duplicate_keys = serde_saphyr::DuplicateKeyPolicy::Error;
    o.merge_keys = serde_saphyr::MergeKeyPolicy::Error;
    o.with_snippet = false;
    o
}

/// Parses one YAML document into `T`. On failure, returns one diagnostic at
/// the place the parser stopped (a parser cannot go on past a syntax or type
/// error within one file; other files are still read and checked).
pub fn parse<T: DeserializeOwned>(file: &Path, text: &str) -> Result<T, Diagnostic> {
    serde_saphyr::from_str_with_options::<T>(text, options()).map_err(|e| {
        let (line, col) = e
            .location()
            .map(|l| (l.line().max(1), l.column().max(1)))
            .unwrap_or((1, 1));
        Diagnostic::error(Loc::new(file, line, col), clean_message(&e.to_string()))
    })
}

/// The parser's message, without the position it already gave us separately.
fn clean_message(msg: &str) -> String {
    let first = msg.lines().next().unwrap_or(msg).trim();
    let first = first.strip_prefix("error: ").unwrap_or(first);
    // serde-saphyr appends " at line L, column C"; the diagnostic carries that itself.
    let cut = first
        .find(" at line ")
        .map(|i| &first[..i])
        .unwrap_or(first);
    // Drop advice aimed at programmers using the library, not at catalog authors.
    let cut = cut
        .find(", set DuplicateKeyPolicy")
        .map(|i| &cut[..i])
        .unwrap_or(cut);
    let cut = cut.trim_end_matches(['.', ':', ',']).trim();
    if cut.is_empty() {
        first.to_owned()
    } else {
        cut.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alias_bombs_are_bounded() {
        // Nine levels of nine aliases: 9^9 (387 million) strings if expanded.
        let mut doc = String::from("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for i in 1..9 {
            let p = format!("*a{}", i - 1);
            doc.push_str(&format!("a{i}: &a{i} [{}]\n", [p.as_str(); 9].join(", ")));
        }
        let started = std::time::Instant::now();
        let err = parse::<serde_json::Value>(Path::new("bomb.yaml"), &doc).unwrap_err();
        assert!(err.is_error());
        assert!(err.loc.line >= 1);
        // Not a timing assertion on speed, only a guard against a hang.
        assert!(started.elapsed().as_secs() < 60);
    }

    #[test]
    fn strings_are_taken_as_written() {
        #[derive(Deserialize)]
        struct S {
            v: Vec<String>,
        }
        let s: S = parse(
            Path::new("x.yaml"),
            "v: [no, 0012, 1e3, ~x, 0x1F, .inf, yes]",
        )
        .unwrap();
        assert_eq!(s.v, ["no", "0012", "1e3", "~x", "0x1F", ".inf", "yes"]);
        #[derive(Deserialize, Debug)]
        struct B {
            #[allow(dead_code)]
            b: bool,
        }
        assert!(parse::<B>(Path::new("x.yaml"), "b: yes").is_err());
        assert!(parse::<B>(Path::new("x.yaml"), "b: true").is_ok());
    }
}
