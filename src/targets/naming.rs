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
