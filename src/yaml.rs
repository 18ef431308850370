//! The YAML layer: the only module that knows about serde-saphyr.
//!
//! Catalog files are parsed with strict booleans (only `true`/`false`),
//! duplicate keys rejected, merge keys rejected, and the parser's default
//! budget that bounds alias expansion ("billion laughs"). Scalars that the
//! schema declares as strings are taken exactly as written, so `no`, `0012`
//! and `1e3` stay strings. Values that need a position for later diagnostics
//! are wrapped in [`Sp`].
//!
//! Only core-schema tags are accepted (`!!str`, `!!int`, `!!float`, `!!bool`,
//! `!!null`, `!!seq`, `!!map`): an application tag
//! (`!secret`, `!!python/name:...`, one declared with `%TAG`) or another YAML
//! 1.1 type (`!!binary`, `!!set`, `!!omap`, `!!timestamp`) is an error, so a
//! text can never be hidden in base64. A quoted scalar where a boolean or a
//! number belongs (`open: "true"`) is an error too.

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

impl<'de, T: Deserialize<'de> + 'static> Deserialize<'de> for Sp<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = serde_saphyr::Spanned::<T>::deserialize(d)?;
        let (line, col) = (s.referenced.line(), s.referenced.column());
        if is_scalar_type::<T>() && QUOTED.with(|q| q.borrow().contains(&(line, col))) {
            return Err(serde::de::Error::custom(format!(
                "a quoted string where {} belongs; write it without quotes",
                if std::any::TypeId::of::<T>() == std::any::TypeId::of::<bool>() {
                    "true or false"
                } else {
                    "a number"
                }
            )));
        }
        Ok(Sp {
            value: s.value,
            line,
            col,
        })
    }
}

/// Booleans and numbers: types a quoted scalar must not fill.
fn is_scalar_type<T: 'static>() -> bool {
    use std::any::TypeId;
    let t = TypeId::of::<T>();
    [
        TypeId::of::<bool>(),
        TypeId::of::<u8>(),
        TypeId::of::<u16>(),
        TypeId::of::<u32>(),
        TypeId::of::<u64>(),
        TypeId::of::<i32>(),
        TypeId::of::<i64>(),
        TypeId::of::<f64>(),
    ]
    .contains(&t)
}

thread_local! {
    /// The positions (line, column) of quoted scalars in the file being parsed.
    static QUOTED: std::cell::RefCell<std::collections::BTreeSet<(u64, u64)>> =
        Default::default();
}

/// The core-schema tags, the only ones a catalog may use.
const CORE_TAGS: [&str; 7] = ["str", "int", "float", "bool", "null", "seq", "map"];

/// Reads the event stream once without building anything: refuses tags
/// outside the core schema and records where quoted scalars are. Syntax
/// errors are left to the deserializer, which reports them.
fn scan(file: &Path, text: &str) -> Result<std::collections::BTreeSet<(u64, u64)>, Diagnostic> {
    use serde_saphyr::granit_parser::{Event, Parser, ScalarStyle};
    let mut quoted = std::collections::BTreeSet::new();
    let mut parser = Parser::new_from_str(text);
    // Open collections: for a mapping, its keys so far (with their place)
    // and whether the next node is a key.
    let mut stack: Vec<Option<(std::collections::BTreeMap<String, Loc>, bool)>> = Vec::new();
    // Anchor id -> the scalar it names (aliases used as keys).
    let mut anchors: std::collections::BTreeMap<usize, String> = Default::default();
    while let Some(Ok((ev, span))) = parser.next_event() {
        let at = Loc::new(file, span.start.line() as u64, span.start.col() as u64 + 1);
        // A node in a mapping: a key (checked for duplicates) or a value.
        if matches!(
            ev,
            Event::Scalar(..)
                | Event::Alias(_)
                | Event::SequenceStart(..)
                | Event::MappingStart(..)
        ) && let Some(Some((keys, is_key))) = stack.last_mut()
        {
            if *is_key {
                let key = match &ev {
                    Event::Scalar(v, ..) => Some(v.to_string()),
                    Event::Alias(id) => anchors.get(id).cloned(),
                    _ => None,
                };
                if let Some(k) = key {
                    if let Some(first) = keys.get(&k) {
                        return Err(Diagnostic::error(
                            at,
                            format!(
                                "duplicate key {:?} in this mapping",
                                crate::diag::bounded(&k, 60)
                            ),
                        )
                        .with_related("first written", first.clone()));
                    }
                    keys.insert(k, at.clone());
                }
            }
            *is_key = !*is_key;
        }
        match &ev {
            Event::Scalar(v, _, anchor, _) if *anchor != 0 => {
                anchors.insert(*anchor, v.to_string());
            }
            Event::MappingStart(..) => stack.push(Some((Default::default(), true))),
            Event::SequenceStart(..) => stack.push(None),
            Event::MappingEnd | Event::SequenceEnd => {
                stack.pop();
            }
            _ => {}
        }
        let tag = match &ev {
            Event::Scalar(_, style, _, tag) => {
                if matches!(style, ScalarStyle::SingleQuoted | ScalarStyle::DoubleQuoted) {
                    quoted.insert((span.start.line() as u64, span.start.col() as u64 + 1));
                }
                tag
            }
            Event::SequenceStart(_, _, tag) | Event::MappingStart(_, _, tag) => tag,
            _ => continue,
        };
        let Some(tag) = tag else { continue };
        let core = tag.handle() == "tag:yaml.org,2002:" && CORE_TAGS.contains(&tag.suffix());
        if !core {
            let shown: String = crate::diag::bounded(&tag.original(), 60).into_owned();
            let tag_at = span.tag_start.unwrap_or(span.start);
            return Err(Diagnostic::error(
                Loc::new(file, tag_at.line() as u64, tag_at.col() as u64 + 1),
                format!(
                    "tag `{shown}` is not allowed: catalog files use only the YAML core schema (!!str, !!int, !!float, !!bool, !!null, !!seq, !!map)"
                ),
            ));
        }
    }
    Ok(quoted)
}

fn options() -> serde_saphyr::Options {
    let mut o = serde_saphyr::Options::default();
    o.strict_booleans = true;
    o.duplicate_keys = serde_saphyr::DuplicateKeyPolicy::Error;
    o.merge_keys = serde_saphyr::MergeKeyPolicy::Error;
    o.with_snippet = false;
    o.reject_unsupported_tags = true;
    o
}

/// Parses one YAML document into `T`. On failure, returns one diagnostic at
/// the place the parser stopped (a parser cannot go on past a syntax or type
/// error within one file; other files are still read and checked).
pub fn parse<T: DeserializeOwned>(file: &Path, text: &str) -> Result<T, Diagnostic> {
    let quoted = scan(file, text)?;
    QUOTED.with(|q| *q.borrow_mut() = quoted);
    let parsed = serde_saphyr::from_str_with_options::<T>(text, options());
    QUOTED.with(|q| q.borrow_mut().clear());
    parsed.map_err(|e| {
        let (line, col) = e
            .location()
            .map(|l| (l.line().max(1), l.column().max(1)))
            .unwrap_or((1, 1));
        Diagnostic::error(Loc::new(file, line, col), clean_message(&e.to_string()))
    })
}

/// The parser's message, without the position it already gave us separately,
/// and in words for catalog authors.
fn clean_message(msg: &str) -> String {
    let first = msg.lines().next().unwrap_or(msg).trim();
    let first = first.strip_prefix("error: ").unwrap_or(first);
    // serde-saphyr appends " at line L, column C"; the diagnostic carries that itself.
    let cut = match first.rfind(" at line ") {
        Some(i)
            if first[i + 9..]
                .split(", column ")
                .all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())) =>
        {
            &first[..i]
        }
        _ => first,
    };
    if let Some(breach) = cut.strip_prefix("budget breached: ") {
        // `Nodes { nodes: 250001 }` -> what was exceeded, and the count.
        let what = breach.split([' ', '{']).next().unwrap_or(breach);
        let count: String = breach
            .chars()
            .skip_while(|c| !c.is_ascii_digit())
            .take_while(char::is_ascii_digit)
            .collect();
        let what = match what {
            "Nodes" => "nodes",
            "Events" => "parser events",
            "Aliases" => "aliases",
            "Anchors" => "anchors",
            "Depth" => "levels of nesting",
            "Documents" => "documents",
            other => other,
        };
        return format!(
            "the YAML is too large once its aliases are expanded (stopped at {count} {what}); errgen stops reading this file (an alias bomb?)"
        );
    }
    if cut.starts_with("alias replay") {
        return format!(
            "the YAML is too large once its aliases are expanded ({cut}); errgen stops reading this file (an alias bomb?)"
        );
    }
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

    #[derive(Deserialize, Debug)]
    #[allow(dead_code)]
    struct T {
        #[serde(default)]
        b: Option<Sp<bool>>,
        #[serde(default)]
        n: Option<Sp<u32>>,
        #[serde(default)]
        s: Option<Sp<String>>,
        #[serde(default)]
        v: Option<Vec<Sp<String>>>,
    }

    #[test]
    fn only_core_schema_tags_are_accepted() {
        for (doc, col) in [
            ("s: !!binary aGVsbG8=", 4),
            ("s: !secret x", 4),
            ("s: !!python/name:os.system x", 4),
            ("%TAG !e! tag:example.com,2000:\n---\ns: !e!foo x", 4),
            ("v: !!set {a, b}", 4),
            ("v: !!omap [a]", 4),
            ("s: !!timestamp 2001-12-14", 4),
            ("s: !<tag:yaml.org,2002:binary> aGk=", 4),
            ("%TAG !! tag:example.com,2000:\n---\ns: !!str x", 4),
        ] {
            let e = parse::<T>(Path::new("x.yaml"), doc).unwrap_err();
            assert!(e.message.contains("is not allowed"), "{doc}: {}", e.message);
            assert_eq!(e.loc.col, col, "{doc}");
        }
        for doc in ["s: !!str x", "n: !!int 5", "b: !!bool true", "v: !!seq [a]"] {
            assert!(parse::<T>(Path::new("x.yaml"), doc).is_ok(), "{doc}");
        }
    }

    #[test]
    fn a_duplicate_key_through_an_alias_is_reported_where_it_is_written() {
        let doc = "s: &k v\nm:\n  v: 1\n  *k : 2\n";
        let e = parse::<serde_json::Value>(Path::new("x.yaml"), doc).unwrap_err();
        assert_eq!((e.loc.line, e.loc.col), (4, 3), "{e:?}");
        assert!(e.message.contains("duplicate key \"v\""), "{}", e.message);
        assert_eq!(e.related[0].1.line, 3);
        // Keys of different mappings, and values, are not keys of this one.
        let ok = "a: {x: 1}\nb: {x: 1}\nc: [x, x]\nd: x\ne: x\n";
        assert!(parse::<serde_json::Value>(Path::new("x.yaml"), ok).is_ok());
    }

    #[test]
    fn quoted_booleans_and_numbers_are_refused() {
        for doc in [
            "b: \"true\"",
            "b: 'false'",
            "n: \"12\"",
            "x: 1\nb:   'true'",
        ] {
            let e = parse::<T>(Path::new("x.yaml"), doc).unwrap_err();
            assert!(
                e.message.contains("a quoted string where"),
                "{doc}: {}",
                e.message
            );
        }
        let t = parse::<T>(Path::new("x.yaml"), "s: \"true\"\nn: 12\nb: true").unwrap();
        assert_eq!(t.s.unwrap().value, "true");
    }
}
