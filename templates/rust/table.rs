// {{ p.header }}
//! {{ t.title_doc }}
//!
//! Vendor: {{ t.vendor_doc }}. Transcribed from {{ t.source_doc }}.
{%- if let Some(note) = t.note_doc %}
//!
//! {{ note }}
{%- endif %}

use crate::{Actor, Kind, Locale, Platform, Prompt, UnknownCode};
use std::borrow::Cow;
use std::fmt;

/// {{ t.title_doc }}
///
/// Decode a raw code with [`{{ t.type_name }}::from_code`]{% if t.int %} or
/// [`{{ t.type_name }}::from_int`]{% endif %}. A code this table does not list
/// decodes to [`{{ t.type_name }}::{{ t.unknown_name }}`], which keeps it.
{%- if t.open %}
///
/// The vendor says codes exist beyond this table: the enum is
/// `#[non_exhaustive]`, and codes added to it come in minor versions.
#[non_exhaustive]
{%- else %}
///
/// The vendor's list is complete: the enum is exhaustive, so a `match` needs
/// no wildcard arm, and a code added to it is a breaking change.
{%- endif %}
#[allow(non_camel_case_types)] // a reserved word gets a trailing `_` (`Self_`)
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum {{ t.type_name }} {
{%- for e in t.entries %}
    /// {{ e.code_doc }}: {{ e.message_doc }}
{%- if let Some(r) = e.retired_in_doc %}
    ///
    /// Retired in version {{ r }}, with no successor.
{%- endif %}
{%- for a in e.aliases %}
    ///
    /// Also decoded from {{ a.code_doc }}, its code until version {{ a.retired_in_doc }}.
{%- endfor %}
{%- if let Some(pat) = e.pattern %}
    ///
    /// A family of codes: holds the {{ pat.param_doc }} parameter as sent
{%- if pat.int %}.
    {{ e.name }}(i64),
{%- else %} (a
    /// [`crate::Param`]: only decoding makes one).
    {{ e.name }}(crate::Param),
{%- endif %}
{%- else if !e.aliases.is_empty() %}
    ///
    /// Holds which code it was decoded from ([`crate::Received::CURRENT`] for the current one).
    {{ e.name }}(crate::Received),
{%- else %}
    {{ e.name }},
{%- endif %}
{%- endfor %}
    /// A code this table does not list; keeps the raw code. Only decoding
    /// makes one.
    {{ t.unknown_name }}(UnknownCode),
}

#[rustfmt::skip] // data: one entry per line, as generated
static CODES: [&str; {{ t.entries.len() }}] = [
{%- for e in t.entries %}
    {{ e.code_lit }},
{%- endfor %}
];
{% for d in x.texts %}
/// The table's distinct {{ d.name|lower }} texts, one after the other (see
/// [`{{ d.name }}_STARTS`]).
#[rustfmt::skip] // data: one text per line, as generated
static {{ d.name }}_TEXT: &str = concat!(
{%- for s in d.texts %}
    {{ s }},
{%- endfor %}
);

/// Where each text starts in [`{{ d.name }}_TEXT`] (text `k` ends where text
/// `k + 1` starts; text 0 is the empty text), then the end.
#[rustfmt::skip] // data, as generated
static {{ d.name }}_STARTS: [u32; {{ d.texts.len() }} + 2] = [
{%- for line in d.starts %}
    {% for s in line %}{{ s }},{% if !loop.last %} {% endif %}{% endfor %}
{%- endfor %}
];

/// Per entry, the text in each locale (0: none).
#[rustfmt::skip] // data: one entry per line, as generated
static {{ d.name }}_IDS: [u32; {{ p.locales.len() }} * {{ t.entries.len() }}] = [
{%- for entry in d.ids %}
    {% for s in entry %}{{ s }},{% if !loop.last %} {% endif %}{% endfor %}
{%- endfor %}
];
{% endfor %}
#[rustfmt::skip] // data: one entry per line, as generated
static BILLED: [Option<bool>; {{ t.entries.len() }}] = [
{%- for e in t.entries %}
    {% match e.billed %}{% when Some(true) %}Some(true){% when Some(false) %}Some(false){% when None %}None{% endmatch %},
{%- endfor %}
];

#[rustfmt::skip] // data: one entry per line, as generated
static PLATFORMS: [Option<Platform>; {{ t.entries.len() }}] = [
{%- for e in t.entries %}
    {% if let Some(pl) = e.platform %}Some(Platform::{{ pl }}){% else %}None{% endif %},
{%- endfor %}
];

#[rustfmt::skip] // data: one entry per line, as generated
static RETIRED_IN: [Option<&str>; {{ t.entries.len() }}] = [
{%- for e in t.entries %}
    {% if let Some(r) = e.retired_in_lit %}Some({{ r }}){% else %}None{% endif %},
{%- endfor %}
];

#[rustfmt::skip] // data: one entry per line, as generated
static KINDS: [Kind; {{ t.entries.len() }}] = [
{%- for e in t.entries %}
    Kind::{{ e.kind }},
{%- endfor %}
];

#[rustfmt::skip] // data: one entry per line, as generated
static ACTORS: [Actor; {{ t.entries.len() }}] = [
{%- for e in t.entries %}
    Actor::{{ e.actor }},
{%- endfor %}
];

#[rustfmt::skip] // data: one entry per line, as generated
static RETRYABLE: [bool; {{ t.entries.len() }}] = [
{%- for e in t.entries %}
    {{ e.retryable }},
{%- endfor %}
];

#[rustfmt::skip] // data: one entry per line, as generated
static PROMPTS: [Option<Prompt>; {{ t.entries.len() }}] = [
{%- for e in t.entries %}
    {% if let Some(pr) = e.prompt %}Some(Prompt::{{ pr }}){% else %}None{% endif %},
{%- endfor %}
];

#[rustfmt::skip] // data: one entry per line, as generated
static PARAMS: [&[&str]; {{ t.entries.len() }}] = [
{%- for p in x.params %}
    {{ p }},
{%- endfor %}
];

/// Every listed code and old code, sorted by its bytes:
/// [`{{ t.type_name }}::from_code`] searches it for the value at the same
/// place in [`DECODE_VALUES`].
#[rustfmt::skip] // data: one code per line, as generated
static DECODE_CODES: [&str; {{ x.decode.len() }}] = [
{%- for (code, _) in x.decode %}
    {{ code }},
{%- endfor %}
];

/// The value each code of [`DECODE_CODES`] decodes to.
#[rustfmt::skip] // data: one value per line, as generated
static DECODE_VALUES: [{{ t.type_name }}; {{ x.decode.len() }}] = [
{%- for (_, value) in x.decode %}
    {{ value }},
{%- endfor %}
];

impl {{ t.type_name }} {
    /// The table's id in the catalog.
    pub const TABLE: &'static str = {{ t.id_lit }};
    /// Whether the vendor says codes exist beyond this table.
    pub const OPEN: bool = {{ t.open }};
{%- for (e, a) in t.aliases() %}

    /// The old code {{ a.code_doc }}, retired in version {{ a.retired_in_doc }}.
    #[deprecated(note = "an old code: use the value it now decodes to")]
    #[rustfmt::skip]
    pub const {{ a.name }}: {{ t.type_name }} = {{ t.type_name }}::{{ e.name }}(crate::Received::old({{ a.code_lit }}));
{%- endfor %}

    /// Decodes a code as the vendor sends it. Never fails: an unlisted code
    /// gives `{{ t.unknown_name }}` with the code.
    pub fn from_code(code: &str) -> Self {
        if let Some(i) = crate::find(&DECODE_CODES, code) {
            return DECODE_VALUES[i].clone();
        }
{%- for e in t.patterns() %}
{%- if let Some(pat) = e.pattern %}
{%- if pat.int %}
        if let Some(param) = crate::int_param(code, {{ pat.prefix_lit }}, {{ pat.suffix_lit }}) {
            return Self::{{ e.name }}(param);
        }
{%- else %}
        if let Some(param) = crate::pattern_param(code, {{ pat.prefix_lit }}, {{ pat.suffix_lit }}) {
            return Self::{{ e.name }}(crate::Param::new(param));
        }
{%- endif %}
{%- endif %}
{%- endfor %}
        Self::{{ t.unknown_name }}(UnknownCode::new(code))
    }
{%- if t.int %}

    /// Decodes an integer code.
    pub fn from_int(code: i64) -> Self {
        Self::from_code(&code.to_string())
    }
{%- endif %}

    #[rustfmt::skip]
    fn index(&self) -> Option<usize> {
        match self {
{%- for e in t.entries %}
            Self::{{ e.name }}{% if e.pattern.is_some() || !e.aliases.is_empty() %}(_){% endif %} => Some({{ e.index }}),
{%- endfor %}
            Self::{{ t.unknown_name }}(_) => None,
        }
    }

    /// The code as the vendor sends it.
    #[rustfmt::skip]
    pub fn code(&self) -> Cow<'static, str> {
        match self {
{%- for e in t.patterns() %}
{%- if let Some(pat) = e.pattern %}
            Self::{{ e.name }}(param) => Cow::Owned(format!("{}{}{}", {{ pat.prefix_lit }}, param, {{ pat.suffix_lit }})),
{%- endif %}
{%- endfor %}
            Self::{{ t.unknown_name }}(code) => Cow::Owned(code.as_str().to_owned()),
            other => Cow::Borrowed(other.index().map_or("", |i| CODES[i])),
        }
    }

    /// The code this value was decoded from: an old code (alias) stays as
    /// received; otherwise the same as [`{{ t.type_name }}::code`].
{%- if t.aliases().count() > 0 %}
    #[rustfmt::skip]
    pub fn received_code(&self) -> Cow<'static, str> {
        match self {
{%- for e in t.units() %}
{%- if !e.aliases.is_empty() %}
            Self::{{ e.name }}(crate::Received(Some(old))) => Cow::Borrowed(old),
{%- endif %}
{%- endfor %}
            _ => self.code(),
        }
    }
{%- else %}
    pub fn received_code(&self) -> Cow<'static, str> {
        self.code()
    }
{%- endif %}

    /// Whether the code is listed in the catalog.
    pub fn is_known(&self) -> bool {
        self.index().is_some()
    }

    /// The message for the end user in `locale`: a code family's template
    /// filled with its parameter from the code, where the locale has one
    /// (`message_with(locale, &[])`); otherwise [`Self::plain_message`].
    pub fn message(&self, locale: Locale) -> Cow<'static, str> {
        self.message_with(locale, &[])
    }

    /// The message without parameters in `locale`; for an unknown code, the
    /// generic prompt [`Prompt::{{ p.unknown_prompt }}`].
    pub fn plain_message(&self, locale: Locale) -> &'static str {
        match self.index() {
            Some(i) => {
                crate::text_at(MESSAGE_TEXT, &MESSAGE_STARTS, &MESSAGE_IDS, i, locale).unwrap_or("")
            }
            None => Prompt::{{ p.unknown_prompt }}.text(locale),
        }
    }

    /// What the integrating developer can do, in `locale`, where the vendor says.
    pub fn solution(&self, locale: Locale) -> Option<&'static str> {
{%- if t.has_solutions %}
        self.index()
            .and_then(|i| crate::text_at(SOLUTION_TEXT, &SOLUTION_STARTS, &SOLUTION_IDS, i, locale))
{%- else %}
        let _ = locale;
        None
{%- endif %}
    }

    /// Whether the vendor bills the call that returned this code, where it says.
    pub fn billed(&self) -> Option<bool> {
        self.index().and_then(|i| BILLED[i])
    }

    /// The platform the code occurs on, where the vendor says.
    pub fn platform(&self) -> Option<Platform> {
        self.index().and_then(|i| PLATFORMS[i])
    }

    /// The canonical kind; `Kind::{{ p.unknown_kind }}` for an unlisted code.
    pub fn kind(&self) -> Kind {
        self.index().map_or(Kind::{{ p.unknown_kind }}, |i| KINDS[i])
    }

    /// Who must act; for an unlisted code, the developer (who has to look at it).
    pub fn actor(&self) -> Actor {
        self.index().map_or(Actor::{{ p.unknown_actor }}, |i| ACTORS[i])
    }

    /// Whether trying again (after the actor acted) can succeed; false for an unlisted code.
    pub fn retryable(&self) -> bool {
        self.index().map_or(false, |i| RETRYABLE[i])
    }

    /// The prompt to show the end user, where they can fix the problem.
    pub fn prompt(&self) -> Option<Prompt> {
        self.index().and_then(|i| PROMPTS[i])
    }

    /// The version that retired this code, for old codes with no successor.
    pub fn retired_in(&self) -> Option<&'static str> {
        self.index().and_then(|i| RETIRED_IN[i])
    }

    /// The names of the parameters the message mentions (a pattern's own
    /// parameter included).
    pub fn params(&self) -> &'static [&'static str] {
        self.index().map_or(&[], |i| PARAMS[i])
    }

    /// The message in `locale` with `{name}` placeholders, where the catalog
    /// has one for this code and locale.
    pub fn template(&self, locale: Locale) -> Option<&'static str> {
{%- if x.any %}
        self.index()
            .and_then(|i| crate::text_at(TEMPLATE_TEXT, &TEMPLATE_STARTS, &TEMPLATE_IDS, i, locale))
{%- else %}
        let _ = locale;
        None
{%- endif %}
    }

    /// The message in `locale` with its parameters filled in: a pattern's
    /// own parameter from the code, the others from `values` (name, value).
    /// Without a template, or with a value missing, the message (which has
    /// no placeholders).
    pub fn message_with(&self, locale: Locale, values: &[(&str, &str)]) -> Cow<'static, str> {
        let own = self.pattern_value();
        let filled = self
            .template(locale)
            .and_then(|t| crate::fill(t, own, values));
        filled.map_or(Cow::Borrowed(self.plain_message(locale)), Cow::Owned)
    }
{%- for f in x.typed %}

    /// The message of {{ f.code_doc }} in `locale`, filled with these values.
    #[rustfmt::skip]
    pub fn {{ f.method }}(locale: Locale{% for (id, ty) in f.args %}, {{ id }}: {{ ty }}{% endfor %}) -> Cow<'static, str> {
        {{ f.value }}.message_with(locale, &[{% for p in f.pairs %}{{ p }}{% if !loop.last %}, {% endif %}{% endfor %}])
    }
{%- endfor %}

{%- if t.has_patterns() %}
    #[rustfmt::skip]
    fn pattern_value(&self) -> Option<(&'static str, String)> {
        match self {
{%- for e in t.patterns() %}
{%- if let Some(name) = x.pattern_param[e.index] %}
            Self::{{ e.name }}(param) => Some(({{ name }}, param.to_string())),
{%- endif %}
{%- endfor %}
            _ => None,
        }
    }
{%- else %}
    fn pattern_value(&self) -> Option<(&'static str, String)> {
        None
    }
{%- endif %}
{%- if let Some(f) = t.flags %}

    /// Decodes a set of flags written exactly as {{ f.format_doc }}: one
    /// value per character, sorted by code, without repeats. Unlisted
    /// characters give `{{ t.unknown_name }}`; a string in any other form is
    /// one unknown code.
    pub fn decode_flags(s: &str) -> Vec<Self> {
        let chars = match crate::flag_chars(s, {{ f.prefix_lit }}, {{ f.suffix_lit }}) {
            Some(chars) => chars,
            None => return vec![Self::{{ t.unknown_name }}(UnknownCode::new(s))],
        };
        let mut out: Vec<Self> = chars
            .chars()
            .map(|c| Self::from_code(c.encode_utf8(&mut [0; 4])))
            .collect();
        out.sort_by(|a, b| a.code().cmp(&b.code()));
        out.dedup();
        out
    }
{%- endif %}
}

impl fmt::Display for {{ t.type_name }} {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code(), self.message(Locale::FALLBACK))
    }
}

impl std::error::Error for {{ t.type_name }} {}

impl std::str::FromStr for {{ t.type_name }} {
    type Err = std::convert::Infallible;

    /// [`{{ t.type_name }}::from_code`]: never fails.
    fn from_str(code: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_code(code))
    }
}

/// Serializes as the code received (a string).
#[cfg(feature = "serde")]
impl serde::Serialize for {{ t.type_name }} {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.received_code())
    }
}

/// Decodes a string (or an integer) with [`{{ t.type_name }}::from_code`].
#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for {{ t.type_name }} {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::serde_code::deserialize(deserializer).map(|code| Self::from_code(&code))
    }
}

impl crate::CatalogCode for {{ t.type_name }} {
    fn table(&self) -> &'static str {
        Self::TABLE
    }
    fn code(&self) -> Cow<'static, str> {
        {{ t.type_name }}::code(self)
    }
    fn is_known(&self) -> bool {
        {{ t.type_name }}::is_known(self)
    }
    fn message(&self, locale: Locale) -> Cow<'static, str> {
        {{ t.type_name }}::message(self, locale)
    }
    fn solution(&self, locale: Locale) -> Option<&'static str> {
        {{ t.type_name }}::solution(self, locale)
    }
    fn billed(&self) -> Option<bool> {
        {{ t.type_name }}::billed(self)
    }
    fn platform(&self) -> Option<Platform> {
        {{ t.type_name }}::platform(self)
    }
    fn kind(&self) -> Kind {
        {{ t.type_name }}::kind(self)
    }
    fn actor(&self) -> Actor {
        {{ t.type_name }}::actor(self)
    }
    fn retryable(&self) -> bool {
        {{ t.type_name }}::retryable(self)
    }
    fn prompt(&self) -> Option<Prompt> {
        {{ t.type_name }}::prompt(self)
    }
    fn received_code(&self) -> Cow<'static, str> {
        {{ t.type_name }}::received_code(self)
    }
    fn retired_in(&self) -> Option<&'static str> {
        {{ t.type_name }}::retired_in(self)
    }
    fn params(&self) -> &'static [&'static str] {
        {{ t.type_name }}::params(self)
    }
    fn template(&self, locale: Locale) -> Option<&'static str> {
        {{ t.type_name }}::template(self, locale)
    }
    fn message_with(&self, locale: Locale, values: &[(&str, &str)]) -> Cow<'static, str> {
        {{ t.type_name }}::message_with(self, locale, values)
    }
}
