//! The entries of one table: each has a code or a pattern, codes are unique
//! and well-formed for the table's code type, patterns parse (once, in the
//! [`Index`](crate::index::Index)) and do not overlap one another or any
//! listed code, and every text is present and not blank.

use super::{V, check_text, names};
use crate::diag::{Diagnostic, Loc};
use crate::index::Parsed;
use crate::load::{CodeType, ParamType, RawEntry, RawTable};
use crate::model::{Pattern, is_canonical_int};
use crate::yaml::Sp;
use std::collections::BTreeMap;
use std::path::Path;

/// Every code a decoder can see in one table (listed codes, aliases, retired
/// codes) and every pattern, as far as checked.
struct Seen<'p> {
    /// Code -> where first seen and as what ("code" or "alias").
    codes: BTreeMap<String, (Loc, &'static str)>,
    patterns: Vec<(&'p Pattern, ParamType, Loc)>,
}

impl Seen<'_> {
    /// Records `code`, reporting it if the table already has it.
    fn add(&mut self, v: &mut V, f: &Path, d: &RawTable, code: &Sp<String>, what: &'static str) {
        if let Some((first, first_what)) = self.codes.get(&code.value) {
            v.push(
                Diagnostic::error(
                    code.loc(f),
                    format!(
                        "{what} {:?} appears twice in table {}",
                        code.value, d.id.value
                    ),
                )
                .with_related(format!("first as {first_what}"), first.clone()),
            );
        } else {
            self.codes.insert(code.value.clone(), (code.loc(f), what));
        }
    }
}

/// Checks the entries of table `d` (file `f`); `parsed` is its flags format
/// and patterns, parsed.
pub(super) fn check(v: &mut V, f: &Path, d: &RawTable, parsed: &Parsed) {
    let mut seen = Seen {
        codes: BTreeMap::new(),
        patterns: Vec::new(),
    };
    if let (Some(fl), Some(Err(e))) = (&d.flags, &parsed.flags) {
        v.err(fl.format.loc(f), format!("malformed flags format: {e}"));
    }
    for (e, pattern) in d.entries.iter().zip(&parsed.patterns) {
        let own = match (&e.code, &e.pattern, pattern) {
            (Some(_), Some(p), _) => {
                v.err(
                    p.loc(f),
                    "an entry has either `code` or `pattern`, not both",
                );
                continue;
            }
            (None, None, _) => {
                v.err(e.loc(f), "entry has neither `code` nor `pattern`");
                continue;
            }
            (Some(c), None, _) => {
                check_code(v, f, d, e, c);
                seen.add(v, f, d, c, "code");
                c
            }
            (None, Some(p), pat) => {
                check_pattern(v, f, d, e, p, pat.as_ref(), &mut seen);
                p
            }
        };
        check_aliases(v, f, d, e, own, &mut seen);
        check_texts(v, f, e, own);
    }
    check_codes_outside_patterns(v, &seen);
}

/// A listed code: no `param`, not blank or padded, canonical in an int
/// table, one character in a flag-set table.
fn check_code(v: &mut V, f: &Path, d: &RawTable, e: &RawEntry, c: &Sp<String>) {
    if let Some(p) = &e.param {
        v.err(p.loc(f), "`param` belongs to pattern entries only");
    }
    if c.value.is_empty() {
        v.err(c.loc(f), "code is empty");
    } else if c.value.trim() != c.value || c.value.chars().any(char::is_control) {
        v.err(
            c.loc(f),
            format!(
                "code {:?} has leading or trailing white space or control characters",
                c.value
            ),
        );
    } else if d.code_type.value == CodeType::Int && !is_canonical_int(&c.value) {
        v.err(
            c.loc(f),
            format!(
                "code {:?} is not a canonical integer, but table {} has code_type int",
                c.value, d.id.value
            ),
        );
    }
    if d.flags.is_some() && c.value.chars().count() != 1 {
        v.err(
            c.loc(f),
            format!(
                "code {:?} of a flag-set table must be a single character",
                c.value
            ),
        );
    }
}

/// A pattern entry: the pattern parses, has a `param`, overlaps no earlier
/// pattern, and is not in a flag-set table.
fn check_pattern<'p>(
    v: &mut V,
    f: &Path,
    d: &RawTable,
    e: &RawEntry,
    p: &Sp<String>,
    parsed: Option<&'p Result<Pattern, String>>,
    seen: &mut Seen<'p>,
) {
    match parsed {
        // (`None` never happens: the index parses every pattern.)
        None => {}
        Some(Ok(pat)) => {
            let param = e
                .param
                .as_ref()
                .map(|x| x.value)
                .unwrap_or(ParamType::String);
            if e.param.is_none() {
                v.err(
                    p.loc(f),
                    "a pattern entry needs `param: int` or `param: string`",
                );
            }
            if let Some((_, _, first)) = seen.patterns.iter().find(|(q, _, _)| q.overlaps(pat)) {
                v.push(
                    Diagnostic::error(
                        p.loc(f),
                        format!(
                            "pattern {:?} can match the same codes as another pattern",
                            p.value
                        ),
                    )
                    .with_related("the other pattern", first.clone()),
                );
            }
            seen.patterns.push((pat, param, p.loc(f)));
        }
        Some(Err(msg)) => v.err(p.loc(f), format!("malformed pattern: {msg}")),
    }
    if d.flags.is_some() {
        v.err(p.loc(f), "a flag-set table cannot have pattern entries");
    }
}

/// Aliases: none on a pattern entry; each canonical in an int table and
/// unique in the table (an alias equal to the entry's own code only records
/// that the old version used the same name); a `retired_in` each.
fn check_aliases(
    v: &mut V,
    f: &Path,
    d: &RawTable,
    e: &RawEntry,
    own: &Sp<String>,
    seen: &mut Seen,
) {
    if e.pattern.is_some()
        && let Some(a) = e.aliases.first()
    {
        v.err(a.loc(f), "a pattern entry cannot have aliases");
    }
    for a in &e.aliases {
        if a.code.value != own.value || e.code.is_none() {
            if d.code_type.value == CodeType::Int && !is_canonical_int(&a.code) {
                v.err(
                    a.code.loc(f),
                    format!(
                        "alias {:?} is not a canonical integer, but table {} has code_type int",
                        a.code.value, d.id.value
                    ),
                );
            }
            seen.add(v, f, d, &a.code, "alias");
        }
        check_text(v, f, "retired_in", &a.retired_in);
    }
}

/// `retired_in`, `ident`, `message`, `solution`, `vendor_message`.
fn check_texts(v: &mut V, f: &Path, e: &Sp<RawEntry>, own: &Sp<String>) {
    if let Some(r) = &e.retired_in {
        check_text(v, f, "retired_in", r);
    }
    if let Some(i) = &e.ident
        && !names::is_pascal_ident(&i.value)
    {
        v.err(i.loc(f), format!("ident {:?} must be PascalCase ASCII letters and digits, starting with a capital letter", i.value));
    }
    match &e.message {
        Some(m) => check_text(v, f, "message", m),
        None => v.err(e.loc(f), format!("entry {:?} has no `message`", own.value)),
    }
    if let Some(s) = &e.solution {
        check_text(v, f, "solution", s);
    }
    if let Some(vm) = &e.vendor_message {
        check_text(v, f, "vendor_message", vm);
    }
}

/// No listed code may fall into a pattern's family: decoding would be ambiguous.
fn check_codes_outside_patterns(v: &mut V, seen: &Seen) {
    for (code, (loc, _)) in &seen.codes {
        for (p, param, ploc) in &seen.patterns {
            if p.matches(code, *param).is_some() {
                v.push(
                    Diagnostic::error(
                        loc.clone(),
                        format!("code {code:?} also matches pattern {:?}", p.raw),
                    )
                    .with_related("the pattern", ploc.clone()),
                );
            }
        }
    }
}
