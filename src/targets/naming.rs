//! The naming and escaping rules shared by every target: how a vendor code
//! becomes words, the one [`Registry`] that hands out every identifier and
//! output path of a target, and the escaping contexts every target's
//! [`Oracle`] implements ([`Oracle::string_lit`], [`Oracle::doc`],
//! [`Oracle::line_comment`], [`Oracle::header`]). Case style, reserved words
//! and the details of each context are each target's own.

use crate::diag::{Diagnostic, Loc};
use heck::{ToLowerCamelCase, ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};
use std::borrow::Cow;
use std::collections::BTreeMap;
use unicode_normalization::UnicodeNormalization;

/// The naming-and-escaping authority of one target language.
pub trait Oracle {
    /// The language's name as shown in messages ("Kotlin").
    fn language(&self) -> &'static str;
    /// Words that cannot be used as identifiers as they are (from the language reference).
    fn reserved(&self) -> &'static [&'static str];
    /// Makes `name` usable where a reserved word would be an error.
    fn escape_reserved(&self, name: &str) -> String;
    /// The name of a table's type (from the table id).
    fn type_name(&self, table_id: &str) -> String {
        self.ident(&table_id.to_upper_camel_case())
    }
    /// The name of a value (case/variant/object) from an entry's words.
    fn value_name(&self, words: &str) -> String;
    /// The name of a deprecated alias constant for an old code.
    fn alias_name(&self, words: &str) -> String {
        self.ident(&words.to_lower_camel_case())
    }
    /// A string literal, quotes included, that yields `s` byte for byte at run time.
    fn string_lit(&self, s: &str) -> String;
    /// `s` made safe for one line of a doc comment (no comment terminators,
    /// no line breaks, nothing the doc tool would interpret).
    fn doc(&self, s: &str) -> String;
    /// `s` as the text of a line comment (`//` or `#`): on one line, control
    /// and invisible characters shown as escapes (see [`comment_text`]).
    fn line_comment(&self, s: &str) -> String {
        comment_text(s)
    }
    /// The do-not-edit header, without comment syntax: the catalog path goes
    /// through [`Oracle::line_comment`] like every other text.
    fn header(&self, catalog: &str) -> String {
        format!(
            "{} from {}/ -- do not edit; change the catalog and run `errgen build`.",
            super::MARKER,
            self.line_comment(catalog)
        )
    }
    /// `name`, escaped if it is reserved.
    fn ident(&self, name: &str) -> String {
        if self.reserved().contains(&name) {
            self.escape_reserved(name)
        } else {
            name.to_owned()
        }
    }
}

/// The words of a code, as lower_snake_case: `FailedOperation.ActionCloseEye`
/// -> `failed_operation_action_close_eye`, `1001` -> `code_1001`, `-999` ->
/// `code_minus_999`, `AUTH_NETWORK_ERROR_$ErrorCode` (prefix only) ->
/// `auth_network_error`. Characters that are not ASCII letters or digits
/// separate words; a code with none gets a name from its code points.
pub fn words(code: &str) -> String {
    let mut s = String::new();
    let starts_numeric = code.starts_with(|c: char| c.is_ascii_digit() || c == '-');
    if starts_numeric {
        s.push_str("code_");
    }
    let mut chars = code.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '-'
            && chars.peek().is_some_and(|d| d.is_ascii_digit())
            && (s.is_empty() || s == "code_" || s.ends_with('_'))
        {
            s.push_str("minus_");
        } else if c.is_ascii_alphanumeric() {
            s.push(c);
        } else {
            s.push('_');
        }
    }
    let w = s.to_snake_case();
    if w.chars().any(|c| c.is_ascii_alphabetic()) {
        w
    } else {
        let hex: Vec<String> = code.chars().map(|c| format!("{:x}", c as u32)).collect();
        format!("code_u{}", hex.join("_"))
    }
}

/// Words of an identifier override (`PascalCase`).
pub fn override_words(ident: &str) -> String {
    ident.to_snake_case()
}

pub fn pascal(words: &str) -> String {
    words.to_upper_camel_case()
}
pub fn camel(words: &str) -> String {
    words.to_lower_camel_case()
}
pub fn shouty(words: &str) -> String {
    words.to_shouty_snake_case()
}

/// How a [`Registry`] compares a name with the others of its scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fold {
    /// Equal only when identical (identifiers of a case-sensitive language).
    Exact,
    /// Also equal to another `Files` name after NFC normalization and case
    /// folding, as case-insensitive file systems (macOS, Windows) see them:
    /// file paths, and identifiers that become file names (JVM classes).
    Files,
}

/// Who asked for a name.
#[derive(Debug, Clone)]
pub enum Owner {
    /// The generated code itself (`what` says which part).
    Generated(String),
    /// A catalog item, e.g. `table "acme_api"`, and where it is.
    Catalog(String, Loc),
}

impl Owner {
    pub fn catalog(what: impl Into<String>, loc: &Loc) -> Self {
        Owner::Catalog(what.into(), loc.clone())
    }
}

/// How to rename the catalog item `w` (`one`: one of two items).
fn fix(w: &str, one: bool) -> &'static str {
    match w.split(' ').next() {
        Some("table") if one => "give one table another id",
        Some("table") => "give the table another id",
        Some("kind") => "give the kind another id",
        Some("prompt") => "give the prompt another key",
        Some("locale") => "leave the locale out with --locales",
        Some("parameter") => "rename the parameter (in `params:` and in every locale's template)",
        _ if one => "give one an `ident:` override",
        _ => "give it an `ident:` override",
    }
}

struct Claim {
    name: String,
    owner: Owner,
}

/// The names claimed in one scope: every name exactly, and the names
/// claimed with [`Fold::Files`] also folded.
#[derive(Default)]
struct NameScope {
    exact: BTreeMap<String, Claim>,
    folded: BTreeMap<String, Claim>,
}

/// Hands out every identifier and every output path of one target and
/// reports each clash as an error at the catalog item that asks for the name
/// (with the other item as a related place). Scopes are named as messages
/// show them ("the package", "type AcmeApi"); paths share the scope
/// [`Registry::FILES`], compared as file systems do ([`Fold::Files`]).
pub struct Registry {
    language: &'static str,
    scopes: BTreeMap<String, NameScope>,
    /// Paths a catalog item may not take although the generator does not
    /// write them (`src/main.rs` would make a Cargo package a binary).
    reserved_paths: &'static [&'static str],
    diagnostics: Vec<Diagnostic>,
}

/// Windows refuses these as file names, with any extension (`aux.rs`).
const DEVICE_NAMES: &[&str] = &[
    "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8",
    "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
];

/// The longest file name component errgen writes, in bytes (file systems
/// allow 255; archives, sync tools and long base paths need headroom).
pub const MAX_FILE_NAME: usize = 100;

/// `name` as a case-insensitive file system compares it: NFC, then case folded.
pub fn fold(name: &str) -> String {
    name.nfc().flat_map(char::to_lowercase).collect()
}

impl Registry {
    pub const FILES: &'static str = "the output folder";

    pub fn new(language: &'static str, reserved_paths: &'static [&'static str]) -> Self {
        Registry {
            language,
            scopes: BTreeMap::new(),
            reserved_paths,
            diagnostics: vec![],
        }
    }

    /// Names `names` in `scope` as the generated code's own (`what`).
    pub fn reserve(&mut self, scope: &str, fold: Fold, names: &[&str], what: &str) {
        for n in names {
            self.claim(
                scope,
                fold,
                n,
                Owner::Generated(what.to_owned()),
                "identifier",
            );
        }
    }

    /// Claims the identifier `name` in `scope` for `owner`.
    pub fn ident(&mut self, scope: &str, fold: Fold, name: &str, owner: Owner) {
        self.claim(scope, fold, name, owner, "identifier");
    }

    /// Claims the output path `path` (relative to the target's folder, `/`
    /// separated): refused if a file system or the package's tools would
    /// not take it, or if another claim is the same file.
    pub fn file(&mut self, path: &str, owner: Owner) {
        if let Owner::Catalog(what, loc) = &owner {
            if let Some(why) = self.path_problem(path) {
                let msg = format!(
                    "{what} would be written to `{path}` in the {} package, {why}; {}",
                    self.language,
                    fix(what, false)
                );
                self.diagnostics.push(Diagnostic::error(loc.clone(), msg));
                return;
            }
        }
        self.claim(Self::FILES, Fold::Files, path, owner, "file");
    }

    /// Claims the package's own files (paths as for [`Registry::file`]).
    pub fn own_files<S: AsRef<str>>(&mut self, paths: &[S]) {
        for p in paths {
            self.file(
                p.as_ref(),
                Owner::Generated("the package's own file".into()),
            );
        }
    }

    fn path_problem(&self, path: &str) -> Option<String> {
        if self.reserved_paths.iter().any(|r| fold(r) == fold(path)) {
            return Some("a file the package's build tool gives its own meaning".into());
        }
        for part in path.split('/') {
            let stem = part.split('.').next().unwrap_or(part).trim_end();
            if DEVICE_NAMES.iter().any(|d| d.eq_ignore_ascii_case(stem)) {
                return Some(format!(
                    "but Windows reserves the file name `{part}` (with any extension) for a device"
                ));
            }
            if part.len() > MAX_FILE_NAME {
                return Some(format!(
                    "whose name `{part}` is longer than {MAX_FILE_NAME} bytes"
                ));
            }
            if part
                .chars()
                .any(|c| c.is_control() || "<>:\"\\|?*".contains(c))
            {
                return Some(format!(
                    "whose name `{part}` has a character Windows refuses"
                ));
            }
        }
        None
    }

    fn claim(&mut self, scope: &str, how: Fold, name: &str, owner: Owner, noun: &str) {
        let s = self.scopes.entry(scope.to_owned()).or_default();
        let key = fold(name.trim_matches('`'));
        let prev = match how {
            Fold::Exact => s.exact.get(name),
            Fold::Files => s.exact.get(name).or_else(|| s.folded.get(&key)),
        };
        let Some(prev) = prev else {
            let claim = || Claim {
                name: name.to_owned(),
                owner: owner.clone(),
            };
            if how == Fold::Files {
                s.folded.insert(key, claim());
            }
            s.exact.insert(name.to_owned(), claim());
            return;
        };
        let (lang, same) = (self.language, prev.name == name);
        let d = match (&prev.owner, &owner) {
            (Owner::Generated(_), Owner::Generated(_)) => return,
            (Owner::Generated(g), Owner::Catalog(what, loc))
            | (Owner::Catalog(what, loc), Owner::Generated(g)) => {
                let which = if same && g == "the generated code" {
                    "which the generated code itself uses".to_owned()
                } else if same {
                    format!("which is already the name of {g}")
                } else {
                    format!(
                        "which is the same file as `{}` ({g}) on case-insensitive file systems",
                        prev.name
                    )
                };
                let fix = fix(what, false);
                Diagnostic::error(
                    loc.clone(),
                    format!("{what} becomes the {lang} {noun} `{name}` in {scope}, {which}; {fix}"),
                )
            }
            (Owner::Catalog(other, other_loc), Owner::Catalog(what, loc)) => {
                let fix = fix(what, true);
                let msg = if same {
                    format!(
                        "{what} and {other} both become the {lang} {noun} `{name}` in {scope}; {fix}"
                    )
                } else {
                    format!(
                        "{what} becomes the {lang} {noun} `{name}` in {scope}, and {other} becomes `{}`: names equal but for case or Unicode normalization are one file on case-insensitive file systems (macOS, Windows); {fix}",
                        prev.name
                    )
                };
                Diagnostic::error(loc.clone(), msg).with_related(other.clone(), other_loc.clone())
            }
        };
        self.diagnostics.push(d);
    }

    /// Every clash found, or nothing.
    pub fn finish(self) -> Result<(), Vec<Diagnostic>> {
        if self.diagnostics.is_empty() {
            Ok(())
        } else {
            Err(self.diagnostics)
        }
    }
}

/// Claims the identifiers a target makes of one entry's template
/// parameters (`names`: each parameter's name and its identifier) in their
/// own `scope`, after the names that scope cannot give them (`reserved`,
/// owned by `why`): a parameter that becomes one of those, or two that
/// become one identifier, is an error at the entry (`what`, `loc`) naming
/// the parameter and the target.
pub fn claim_params<'a>(
    reg: &mut Registry,
    scope: &str,
    reserved: &[&str],
    why: &str,
    names: impl IntoIterator<Item = (&'a str, String)>,
    what: &str,
    loc: &Loc,
) {
    reg.reserve(scope, Fold::Exact, reserved, why);
    for (name, ident) in names {
        let owner = Owner::catalog(format!("parameter {name:?} of {what}"), loc);
        reg.ident(scope, Fold::Exact, &ident, owner);
    }
}

/// [`claim_params`] for every entry of `m` with a template: the scope is
/// `<scope> of <table>/<code>`, each parameter's identifier `ident(name)`.
pub fn claim_model_params(
    reg: &mut Registry,
    m: &crate::model::Model,
    scope: &str,
    reserved: &[&str],
    why: &str,
    ident: fn(&str) -> String,
) {
    for t in &m.tables {
        for e in t.entries.iter().filter(|e| e.template.is_some()) {
            claim_params(
                reg,
                &format!("{scope} of {}/{}", t.id, e.code),
                reserved,
                why,
                e.params.iter().map(|p| (p.name.as_str(), ident(&p.name))),
                &format!("code {:?} of table {:?}", e.code, t.id),
                &e.loc,
            );
        }
    }
}

/// Characters that would make source hard to review (bidi controls, line
/// separators, zero-width no-break space): string literals write them as
/// escapes and doc text drops them, in every target.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{2028}' | '\u{2029}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}'
    )
}

/// The text of a line comment: a comment in every target language ends at
/// a line break, so line breaks, other control characters and invisible
/// ones are written as visible escapes (`\n`, `\u{7}`); nothing else changes.
pub fn comment_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() || is_invisible(c) => {
                out.push_str(&format!("\\u{{{:x}}}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.trim().to_owned()
}

/// How one language writes a string literal; [`string_literal`] applies it.
pub struct StringRules {
    pub quote: char,
    /// Whether `$` starts interpolation and must be escaped.
    pub dollar: bool,
    /// The short escape of NUL, if the language has one.
    pub nul: Option<&'static str>,
    /// The escape of any other control or invisible character.
    pub unicode: fn(u32) -> String,
}

/// `\u{7f}`: the escape of Rust, Swift and Dart.
pub fn braced_unicode(c: u32) -> String {
    format!("\\u{{{c:x}}}")
}

/// A string literal, quotes included, that gives `s` back byte for byte:
/// the quote, `\` and (where it interpolates) `$` escaped, line breaks and
/// tabs as `\n` `\r` `\t`, other control and invisible characters as
/// `rules.unicode` writes them.
pub fn string_literal(s: &str, rules: &StringRules) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push(rules.quote);
    if plain_in_literal(s, rules) {
        out.push_str(s);
    } else {
        escape_literal(&mut out, s, rules);
    }
    out.push(rules.quote);
    out
}

/// Whether no character of `s` needs an escape in a literal of `rules`,
/// from its bytes alone: no `\`, quote, interpolating `$` or C0 control,
/// and no character that starts with the lead byte of a C1 control
/// (`C2`: U+0080-U+009F) or an invisible one (`E2`: U+2000-U+2FFF, `EF`:
/// U+F000-U+FFFF). Most texts pass, and are copied whole.
fn plain_in_literal(s: &str, rules: &StringRules) -> bool {
    if !rules.quote.is_ascii() {
        return false;
    }
    let quote = rules.quote as u8;
    s.bytes().all(|b| match b {
        b'\\' | 0..=0x1f | 0x7f | 0xc2 | 0xe2 | 0xef => false,
        b'$' => !rules.dollar,
        b => b != quote,
    })
}

/// The body of [`string_literal`]: `s` with every character that needs it escaped.
fn escape_literal(out: &mut String, s: &str, rules: &StringRules) {
    escape_into(out, s, |_, c| match c {
        '\\' => Some("\\\\".into()),
        '$' if rules.dollar => Some("\\$".into()),
        '\n' => Some("\\n".into()),
        '\r' => Some("\\r".into()),
        '\t' => Some("\\t".into()),
        '\0' if rules.nul.is_some() => rules.nul.map(Cow::from),
        c if c == rules.quote => Some(format!("\\{c}").into()),
        c if c.is_control() || is_invisible(c) => Some((rules.unicode)(c as u32).into()),
        _ => None,
    });
}

/// Appends `s` to `out` with each character `esc` gives an escape for
/// (from its byte offset and itself) replaced by that escape; the runs
/// between are copied whole (string literals, Android and `.strings` texts).
pub fn escape_into<'e>(
    out: &mut String,
    s: &str,
    mut esc: impl FnMut(usize, char) -> Option<Cow<'e, str>>,
) {
    let mut run = 0;
    for (i, c) in s.char_indices() {
        if let Some(e) = esc(i, c) {
            out.push_str(&s[run..i]);
            out.push_str(&e);
            run = i + c.len_utf8();
        }
    }
    out.push_str(&s[run..]);
}

/// One line of Markdown doc text (rustdoc, KDoc, Swift markup and dartdoc
/// all read Markdown): line breaks become spaces, Markdown punctuation is
/// backslash-escaped so the text shows as written, and neither `*/` nor `/*`
/// can occur, so the text is safe inside a block comment too: every `*` is
/// written `\*`, and a `/` after one is written `\/` (Markdown for `/`).
pub fn markdown_doc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' | '\r' | '\t' | '\u{2028}' | '\u{2029}' => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '/' if out.ends_with('*') => out.push_str("\\/"),
            c if c.is_control() || is_invisible(c) => {}
            c => out.push(c),
        }
    }
    out.trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doc_text_never_holds_a_comment_delimiter() {
        for s in ["*/", "/*", "a */ b /* c", "**//**", "*\\/", "x*/*/y"] {
            let d = markdown_doc(s);
            assert!(!d.contains("*/") && !d.contains("/*"), "{s:?} -> {d:?}");
        }
        assert_eq!(markdown_doc("a */ b\nc"), r"a \*\/ b c");
        assert_eq!(markdown_doc("[x] <y> `z` \u{202e}"), r"\[x\] \<y\> \`z\`");
    }

    fn loc(line: u64) -> Loc {
        Loc::new("tables/t.yaml", line, 5)
    }

    fn errors(reg: Registry) -> Vec<Diagnostic> {
        reg.finish().err().unwrap_or_default()
    }

    #[test]
    fn paths_clash_after_nfc_and_case_folding_naming_both_places() {
        let mut reg = Registry::new("Swift", &[]);
        reg.file(
            "S/\u{c9}t\u{e9}.swift",
            Owner::catalog("table \"a\"", &loc(1)),
        );
        reg.file(
            "s/e\u{301}T\u{c9}.swift",
            Owner::catalog("table \"b\"", &loc(2)),
        );
        reg.file("S/Other.swift", Owner::catalog("table \"c\"", &loc(3)));
        let d = errors(reg);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].loc, loc(2));
        assert_eq!(d[0].related, vec![("table \"a\"".to_owned(), loc(1))]);
        assert!(
            d[0].message.contains("case-insensitive"),
            "{}",
            d[0].message
        );
    }

    #[test]
    fn identifiers_compare_exactly_unless_they_are_files() {
        let mut reg = Registry::new("Rust", &[]);
        reg.ident(
            "s",
            Fold::Exact,
            "AB",
            Owner::catalog("entry \"a\"", &loc(1)),
        );
        reg.ident(
            "s",
            Fold::Exact,
            "Ab",
            Owner::catalog("entry \"b\"", &loc(2)),
        );
        assert!(reg.finish().is_ok());
        let mut reg = Registry::new("Kotlin", &[]);
        reg.reserve("s", Fold::Files, &["Unknown"], "the generated code");
        reg.ident(
            "s",
            Fold::Files,
            "UNKNOWN",
            Owner::catalog("entry \"a\"", &loc(1)),
        );
        // A constant (compared exactly) next to a class that differs in case.
        reg.ident(
            "s",
            Fold::Files,
            "Ab",
            Owner::catalog("entry \"b\"", &loc(2)),
        );
        reg.ident(
            "s",
            Fold::Exact,
            "AB",
            Owner::catalog("alias \"c\"", &loc(3)),
        );
        let d = errors(reg);
        assert_eq!(d.len(), 1, "{d:?}");
        assert!(d[0].message.contains("`Unknown`"), "{}", d[0].message);
    }

    #[test]
    fn reserved_device_and_long_file_names_are_refused() {
        let mut reg = Registry::new("Rust", &["src/main.rs"]);
        let long = format!("src/{}.rs", "a".repeat(MAX_FILE_NAME));
        for (i, p) in [
            "src/MAIN.rs",
            "src/con.rs",
            "lib/Lpt9.tar.gz",
            &long,
            "src/a:b.rs",
        ]
        .iter()
        .enumerate()
        {
            reg.file(
                p,
                Owner::catalog(format!("table \"{i}\""), &loc(i as u64 + 1)),
            );
        }
        reg.own_files(&["src/main.rs"]);
        let d = errors(reg);
        assert_eq!(d.len(), 5, "{d:#?}");
        assert!(
            d[1].message.contains("Windows reserves"),
            "{}",
            d[1].message
        );
        assert!(
            d[3].message.contains("longer than 100 bytes"),
            "{}",
            d[3].message
        );
    }

    #[test]
    fn string_literals_escape_only_what_they_must() {
        let rules = StringRules {
            quote: '"',
            dollar: true,
            nul: Some("\\0"),
            unicode: braced_unicode,
        };
        let lit = |s: &str| string_literal(s, &rules);
        assert_eq!(lit(""), r#""""#);
        assert_eq!(lit("plain é 中"), r#""plain é 中""#);
        assert_eq!(
            lit("a\"b\\c$d\n\r\t\0\u{7}\u{85}\u{202e}é'"),
            r#""a\"b\\c\$d\n\r\t\0\u{7}\u{85}\u{202e}é'""#
        );
        let single = StringRules {
            quote: '\'',
            dollar: false,
            nul: None,
            ..rules
        };
        assert_eq!(string_literal("it's $\0", &single), r"'it\'s $\u{0}'");
        // The byte check passes no character the general path escapes.
        let chars = (0..0x3000u32)
            .chain(0xf000..0x10100)
            .filter_map(char::from_u32);
        for c in chars {
            for r in [&rules, &single] {
                let s = format!("a{c}b");
                let mut general = String::new();
                escape_literal(&mut general, &s, r);
                if plain_in_literal(&s, r) {
                    assert_eq!(general, s, "{c:?}");
                }
            }
        }
        assert!(plain_in_literal("plain é 中 ไทย", &rules));
    }

    #[test]
    fn comment_text_keeps_one_line_and_shows_controls() {
        assert_eq!(
            comment_text("a\nb\r\tc\u{7}\u{202e}d"),
            r"a\nb\r\tc\u{7}\u{202e}d"
        );
    }

    #[test]
    fn words_of_codes() {
        assert_eq!(
            words("FailedOperation.ActionCloseEye"),
            "failed_operation_action_close_eye"
        );
        assert_eq!(words("1001"), "code_1001");
        assert_eq!(words("-999"), "code_minus_999");
        assert_eq!(words("s_genuine"), "s_genuine");
        assert_eq!(words("错误"), "code_u9519_8bef");
    }
}

/// Whether `s` is an ASCII identifier: letters, digits and `_`, not
/// starting with a digit (what package-level names must be in most
/// languages; each target adds its own rules).
pub fn is_ascii_ident(s: &str) -> bool {
    s.chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Whether `s` is lower snake case ASCII starting with a letter (`acme`,
/// `acme_kyc2`): a prefix of resource names and files.
pub fn is_snake_prefix(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}
