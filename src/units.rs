//! Every translatable text of the catalog as one unit: a stable id, the
//! source text, the text and state in each locale, and notes for whoever
//! translates or shows it. The resource targets (`android-res`, `apple-res`,
//! `flutter-arb`) build their views from these units, and `errgen l10n`
//! exports and imports them as XLIFF; nothing else reads the model for them.
//!
//! Unit ids are stable as long as the catalog item keeps its id:
//! `table/<table id>/<code>/message`, `table/<table id>/<code>/solution`,
//! `table/<table id>/<code>/template`, `prompt/<key>/text`, `kind/<id>/label`. A code may hold any character,
//! `/` included: the code is everything between the second and the last `/`.

use crate::diag::Loc;
use crate::model::{Actor, Entry, Kind, Model, Param, Prompt, Table, TextState, Texts};

/// Who reads a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reader {
    /// The person using the app.
    EndUser,
    /// The engineer integrating the SDK or API.
    Developer,
}

impl Reader {
    pub fn id(self) -> &'static str {
        match self {
            Reader::EndUser => "end user",
            Reader::Developer => "developer",
        }
    }
}

/// What a unit translates, as the l10n files address it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// A table entry's `message`, `solution` or `template` (`field`).
    Entry {
        table: String,
        code: String,
        field: &'static str,
    },
    /// A prompt's text (`prompts.yaml`).
    Prompt { key: String },
    /// A kind's label (`kinds.yaml`).
    Kind { id: String },
}

impl Place {
    /// The stable unit id (see the module documentation).
    pub fn id(&self) -> String {
        match self {
            Place::Entry { table, code, field } => format!("table/{table}/{code}/{field}"),
            Place::Prompt { key } => format!("prompt/{key}/text"),
            Place::Kind { id } => format!("kind/{id}/label"),
        }
    }

    /// Reads a unit id back; `None` if it is not one errgen writes.
    pub fn parse(id: &str) -> Option<Place> {
        let (head, rest) = id.split_once('/')?;
        match head {
            "prompt" => Some(Place::Prompt {
                key: rest.strip_suffix("/text")?.to_owned(),
            }),
            "kind" => Some(Place::Kind {
                id: rest.strip_suffix("/label")?.to_owned(),
            }),
            "table" => {
                let (table, rest) = rest.split_once('/')?;
                let (code, field) = rest.rsplit_once('/')?;
                let field = match field {
                    "message" => "message",
                    "solution" => "solution",
                    "template" => "template",
                    _ => return None,
                };
                (!table.is_empty() && !code.is_empty()).then(|| Place::Entry {
                    table: table.to_owned(),
                    code: code.to_owned(),
                    field,
                })
            }
            _ => None,
        }
    }

    /// The l10n file (without `.yaml`) that holds this unit's translations.
    pub fn file_stem(&self) -> &str {
        match self {
            Place::Entry { table, .. } => table,
            Place::Prompt { .. } => "prompts",
            Place::Kind { .. } => "kinds",
        }
    }

    /// The code or key of the l10n entry.
    pub fn item(&self) -> &str {
        match self {
            Place::Entry { code, .. } => code,
            Place::Prompt { key } => key,
            Place::Kind { id } => id,
        }
    }

    /// The field of the l10n entry (`message`, `solution`, `template` or `text`).
    pub fn field(&self) -> &'static str {
        match self {
            Place::Entry { field, .. } => field,
            _ => "text",
        }
    }
}

/// One translatable text.
#[derive(Debug, Clone)]
pub struct Unit {
    pub place: Place,
    /// The stable id ([`Place::id`]).
    pub id: String,
    /// Words for the resource name: `<table>_<code words>_<field>`,
    /// `prompt_<key>`, `kind_<id>` (lower snake case, ASCII).
    pub words: String,
    /// Texts by locale; the source locale's has no state.
    pub texts: Texts,
    pub reader: Reader,
    /// Where the text is shown.
    pub shown: String,
    /// The canonical kind (entries) and who must act.
    pub kind: Option<String>,
    pub actor: Option<Actor>,
    /// The vendor's own wording, when the catalog records it.
    pub vendor_wording: Option<String>,
    /// The catalog item as messages name it, and where it is.
    pub what: String,
    pub loc: Loc,
}

impl Unit {
    /// The notes a translator sees, one per line, in a fixed order.
    pub fn notes(&self) -> Vec<String> {
        let mut n = vec![
            format!("Shown: {}", self.shown),
            format!("Read by: {}", self.reader.id()),
        ];
        if let Some(k) = &self.kind {
            n.push(format!("Kind: {k}"));
        }
        if let Some(a) = self.actor {
            n.push(format!("Who must act: {} ({})", a.id(), a.doc()));
        }
        if let Some(v) = &self.vendor_wording {
            n.push(format!("Vendor's original wording: {v}"));
        }
        n
    }

    /// The notes as one line.
    pub fn description(&self) -> String {
        self.notes().join("; ")
    }

    /// The text and state in `locale`, if there is a text.
    pub fn get(&self, locale: &str) -> Option<(&str, Option<TextState>)> {
        self.texts.0.get(locale).map(|t| (t.text.as_str(), t.state))
    }
}

/// Every unit of the model: table entries (tables sorted by id, entries in
/// source order, message before solution), then prompts, then kinds.
pub fn units(m: &Model) -> Vec<Unit> {
    (collect(m, false).into_iter()).map(|(u, _)| u).collect()
}

/// The units of the entries' templates (`table/<id>/<code>/template`: the
/// message with `{name}` placeholders, for apps that fill in the values),
/// each with the entry's parameters (a pattern's own first). The resource
/// targets carry them.
pub fn template_units(m: &Model) -> Vec<(Unit, Vec<Param>)> {
    let mut out = Vec::new();
    for t in &m.tables {
        for e in &t.entries {
            out.extend(template_unit(t, e));
        }
    }
    out
}

/// Every unit a translator sees, with the parameters of each template
/// (empty for the other units): [`units`] with each entry's template after
/// its message and solution, so one table's units stay together.
pub fn l10n_units(m: &Model) -> Vec<(Unit, Vec<Param>)> {
    collect(m, true)
}

/// The units of [`l10n_units`], the templates' only if `templates` (not
/// built only to be dropped: the resource targets build [`units`] and
/// [`template_units`] apart).
fn collect(m: &Model, templates: bool) -> Vec<(Unit, Vec<Param>)> {
    let mut out = Vec::new();
    for t in &m.tables {
        for e in &t.entries {
            let fields = [
                ("message", Some(&e.message)),
                ("solution", e.solution.as_ref()),
            ];
            for (field, texts) in fields {
                let Some(texts) = texts else { continue };
                out.push((entry_unit(t, e, field, texts), vec![]));
            }
            if templates {
                out.extend(template_unit(t, e));
            }
        }
    }
    out.extend(m.prompts.iter().map(|p| (prompt_unit(p), vec![])));
    out.extend(m.kinds.iter().map(|k| (kind_unit(k), vec![])));
    for (u, _) in &mut out {
        u.id = u.place.id();
    }
    out
}

/// The unit of an entry's template, with its parameters, if it has one.
fn template_unit(t: &Table, e: &Entry) -> Option<(Unit, Vec<Param>)> {
    let tpl = e.template.as_ref()?;
    let mut u = entry_unit(t, e, "template", tpl);
    u.reader = Reader::EndUser;
    let names: Vec<&str> = e.params.iter().map(|p| p.name.as_str()).collect();
    u.shown = format!(
        "to the end user when {} returns code {}, with the values of {} filled in where the app has them ({})",
        t.vendor_name,
        e.code,
        names.join(", "),
        t.title
    );
    u.vendor_wording = e.vendor_message.clone();
    u.id = u.place.id();
    Some((u, e.params.clone()))
}

/// The unit of an entry's message or solution (`field`); its id is set by
/// `units`.
fn entry_unit(t: &Table, e: &Entry, field: &'static str, texts: &Texts) -> Unit {
    let (reader, shown) = if field == "message" {
        (
            Reader::EndUser,
            format!(
                "to the end user when {} returns code {}",
                t.vendor_name, e.code
            ),
        )
    } else {
        (
            Reader::Developer,
            format!(
                "to the developer (logs, support tools) as the fix for code {} of {}",
                e.code, t.vendor_name
            ),
        )
    };
    Unit {
        place: Place::Entry {
            table: t.id.clone(),
            code: e.code.clone(),
            field,
        },
        id: String::new(),
        words: format!("{}_{}_{field}", t.id, entry_words(e)),
        texts: texts.clone(),
        reader,
        shown: format!("{shown} ({})", t.title),
        kind: Some(e.kind.clone()),
        actor: Some(e.actor),
        vendor_wording: (field == "message")
            .then(|| e.vendor_message.clone())
            .flatten(),
        what: format!("code {:?} of table {:?}", e.code, t.id),
        loc: e.loc.clone(),
    }
}

/// The unit of a prompt's text.
fn prompt_unit(p: &Prompt) -> Unit {
    Unit {
        place: Place::Prompt { key: p.key.clone() },
        id: String::new(),
        words: format!("prompt_{}", p.key),
        texts: p.text.clone(),
        reader: Reader::EndUser,
        shown: "to the end user during face capture, as an instruction (a short sentence)".into(),
        kind: None,
        actor: None,
        vendor_wording: p.vendor_text.clone(),
        what: format!("prompt {:?}", p.key),
        loc: p.loc.clone(),
    }
}

/// The unit of a kind's label.
fn kind_unit(k: &Kind) -> Unit {
    let what = k.description.clone().unwrap_or_default();
    Unit {
        place: Place::Kind { id: k.id.clone() },
        id: String::new(),
        words: format!("kind_{}", k.id),
        texts: k.label.clone(),
        reader: Reader::Developer,
        shown: format!("as the label of the kind of problem {:?}: {what}", k.id),
        kind: None,
        actor: None,
        vendor_wording: None,
        what: format!("kind {:?}", k.id),
        loc: k.loc.clone(),
    }
}

fn entry_words(e: &crate::model::Entry) -> String {
    match &e.ident {
        Some(i) => crate::targets::naming::override_words(i),
        None => crate::targets::naming::words(&e.code),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_read_back() {
        for p in [
            Place::Entry {
                table: "acme".into(),
                code: "a/b/message".into(),
                field: "solution",
            },
            Place::Prompt {
                key: "blink".into(),
            },
            Place::Kind {
                id: "too_dark".into(),
            },
            Place::Entry {
                table: "acme".into(),
                code: "E1".into(),
                field: "template",
            },
        ] {
            assert_eq!(Place::parse(&p.id()), Some(p.clone()));
        }
        assert_eq!(Place::parse("table/acme/x/title"), None);
        assert_eq!(Place::parse("prompt/x"), None);
        assert_eq!(Place::parse("other/x/text"), None);
    }
}
