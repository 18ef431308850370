//! The naming rules shared by every target: how a vendor code becomes words,
//! and how identifier collisions are found. Case style, reserved words and
//! escaping are each target's own ([`Oracle`]).

use crate::diag::{Diagnostic, Loc};
use heck::{ToLowerCamelCase, ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};
use std::collections::BTreeMap;

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

/// Finds names used twice in one scope. `taken` are the generator's own
/// names in that scope (`Unknown`, ...), which no entry may take.
pub struct Scope<'a> {
    what: String,
    language: &'static str,
    taken: &'a [&'a str],
    seen: BTreeMap<String, (String, Loc)>,
    pub diagnostics: Vec<Diagnostic>,
}

impl<'a> Scope<'a> {
    pub fn new(what: impl Into<String>, language: &'static str, taken: &'a [&'a str]) -> Self {
        Scope {
            what: what.into(),
            language,
            taken,
            seen: BTreeMap::new(),
            diagnostics: vec![],
        }
    }

    /// Registers `name` for the catalog item `item` at `loc`.
    pub fn claim(&mut self, name: &str, item: &str, loc: &Loc) {
        let key = name.to_owned();
        if self
            .taken
            .iter()
            .any(|t| t.eq_ignore_ascii_case(name) && *t == name)
        {
            self.diagnostics.push(Diagnostic::error(
                loc.clone(),
                format!(
                    "{item} becomes the {} identifier `{name}` in {}, which the generated code itself uses; give it an `ident:` override",
                    self.language, self.what
                ),
            ));
        } else if let Some((other, other_loc)) = self.seen.get(&key) {
            self.diagnostics.push(
                Diagnostic::error(
                    loc.clone(),
                    format!(
                        "{item} and {other} both become the {} identifier `{name}` in {}; give one an `ident:` override",
                        self.language, self.what
                    ),
                )
                .with_related(other.clone(), other_loc.clone()),
            );
        } else {
            self.seen.insert(key, (item.to_owned(), loc.clone()));
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
