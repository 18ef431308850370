//! Index: what validate, lint and resolve all look up in a loaded catalog,
//! built once by [`crate::check`] and shared by the three.
//!
//! - source texts: (target, code or key) -> the table entries, prompts and
//!   kinds that define it, in load order;
//! - translations: (locale, target, code or key) -> the l10n entries that
//!   translate it, in file order (the first is the one that counts);
//! - tables by id, and every pattern and flags format parsed once (with its
//!   error, which validate reports).
//!
//! A "target" is what an l10n file translates: a table id, `prompts` or
//! `kinds` ([`target_name`]). Nothing here judges content; it only makes
//! lookups cheap and the same everywhere.

use crate::load::{
    L10nFile, L10nTarget, RawCatalog, RawEntry, RawKind, RawL10nEntry, RawPrompt, RawTable,
    TextState,
};
use crate::model::Pattern;
use crate::yaml::Sp;
use std::collections::BTreeMap;
use std::path::Path;

/// The code or pattern that identifies an entry.
pub fn entry_code(e: &RawEntry) -> Option<&Sp<String>> {
    e.code.as_ref().or(e.pattern.as_ref())
}

/// The name of what an l10n file translates: its table id, `prompts` or `kinds`.
pub fn target_name(t: &L10nTarget) -> &str {
    match t {
        L10nTarget::Prompts => "prompts",
        L10nTarget::Kinds => "kinds",
        L10nTarget::Table(id) => id,
    }
}

/// Which text of an entry: the message (a prompt's text, a kind's label) or the solution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    Message,
    Solution,
    /// A table entry's message with `{name}` placeholders (not in [`Field::ALL`]:
    /// no locale is required to have one).
    Template,
}

impl Field {
    pub const ALL: [Field; 2] = [Field::Message, Field::Solution];
    pub fn name(self) -> &'static str {
        match self {
            Field::Message => "message",
            Field::Solution => "solution",
            Field::Template => "template",
        }
    }
}

/// What defines a source-locale text.
#[derive(Debug, Clone, Copy)]
pub enum Owner<'a> {
    /// An entry of the table at this position in [`RawCatalog::tables`].
    Entry(usize, &'a RawEntry),
    Prompt(&'a RawPrompt),
    Kind(&'a RawKind),
}

/// A table entry, prompt or kind, with the file it was read from.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    pub owner: Owner<'a>,
    pub file: &'a Path,
}

impl<'a> Source<'a> {
    /// The source-locale text of `field`, if written.
    pub fn text(&self, field: Field) -> Option<&'a Sp<String>> {
        match (self.owner, field) {
            (Owner::Entry(_, e), Field::Message) => e.message.as_ref(),
            (Owner::Entry(_, e), Field::Solution) => e.solution.as_ref(),
            (Owner::Prompt(p), Field::Message) => p.text.as_ref(),
            (Owner::Kind(k), Field::Message) => k.label.as_ref(),
            (Owner::Entry(_, e), Field::Template) => e.template.as_ref(),
            (Owner::Prompt(_) | Owner::Kind(_), Field::Solution | Field::Template) => None,
        }
    }
}

/// One entry of an l10n file.
#[derive(Debug, Clone, Copy)]
pub struct Translation<'a> {
    pub file: &'a L10nFile,
    pub entry: &'a Sp<RawL10nEntry>,
}

impl<'a> Translation<'a> {
    /// Whether it is an entry of a table translation (not prompts or kinds).
    pub fn is_table(&self) -> bool {
        matches!(self.file.target, L10nTarget::Table(_))
    }
    /// The code (table translations) or key (prompt and kind translations)
    /// it translates.
    pub fn id(&self) -> Option<&'a Sp<String>> {
        if self.is_table() {
            self.entry.code.as_ref()
        } else {
            self.entry.key.as_ref()
        }
    }
    /// The translated `field`: `message` and `solution` in a table
    /// translation, `text` (as the message) in a prompt or kind translation.
    pub fn text(&self, field: Field) -> Option<&'a Sp<String>> {
        match field {
            Field::Message if self.is_table() => self.entry.message.as_ref(),
            Field::Message => self.entry.text.as_ref(),
            Field::Solution if self.is_table() => self.entry.solution.as_ref(),
            Field::Template if self.is_table() => self.entry.template.as_ref(),
            Field::Solution | Field::Template => None,
        }
    }
    /// The entry's own state, else its file's.
    pub fn state(&self) -> TextState {
        self.entry
            .state
            .as_ref()
            .map(|s| s.value)
            .unwrap_or(self.file.file.data.state.value)
    }
}

/// A table's flags format and entry patterns, parsed once.
#[derive(Debug, Default)]
pub struct Parsed {
    pub flags: Option<Result<Pattern, String>>,
    /// One per entry, in order: `None` where the entry has no `pattern`.
    pub patterns: Vec<Option<Result<Pattern, String>>>,
}

type ByName<'a, T> = BTreeMap<&'a str, T>;

/// The shared lookups of one loaded catalog.
#[derive(Debug, Default)]
pub struct Index<'a> {
    /// Target -> code or key -> sources. (Maps nest so that lookups can
    /// borrow their keys for less long than the catalog.)
    sources: ByName<'a, ByName<'a, Vec<Source<'a>>>>,
    /// Locale -> target -> code or key -> translations.
    translations: ByName<'a, ByName<'a, ByName<'a, Vec<Translation<'a>>>>>,
    /// Table id -> position of the last table file with that id.
    tables: BTreeMap<&'a str, usize>,
    /// One per table, in the order of [`RawCatalog::tables`].
    parsed: Vec<Parsed>,
}

impl<'a> Index<'a> {
    pub fn new(cat: &'a RawCatalog) -> Self {
        let mut ix = Index::default();
        for (ti, t) in cat.tables.iter().enumerate() {
            ix.add_table(ti, &t.path, &t.data);
        }
        if let Some(p) = &cat.prompts {
            for pr in &p.data.prompts {
                ix.add_source("prompts", &pr.key, Owner::Prompt(pr), &p.path);
            }
        }
        if let Some(k) = &cat.kinds {
            for kd in &k.data.kinds {
                ix.add_source("kinds", &kd.id, Owner::Kind(kd), &k.path);
            }
        }
        for file in &cat.l10n {
            let target = target_name(&file.target);
            for entry in &file.file.data.entries {
                let t = Translation { file, entry };
                if let Some(id) = t.id() {
                    (ix.translations.entry(&file.folder_locale).or_default())
                        .entry(target)
                        .or_default()
                        .entry(id)
                        .or_default()
                        .push(t);
                }
            }
        }
        ix
    }

    fn add_source(&mut self, target: &'a str, id: &'a str, owner: Owner<'a>, file: &'a Path) {
        let s = Source { owner, file };
        (self.sources.entry(target).or_default())
            .entry(id)
            .or_default()
            .push(s);
    }

    fn add_table(&mut self, ti: usize, path: &'a Path, d: &'a RawTable) {
        self.tables.insert(&d.id.value, ti);
        for e in &d.entries {
            if let Some(code) = entry_code(e) {
                self.add_source(&d.id.value, code, Owner::Entry(ti, e), path);
            }
        }
        self.parsed.push(Parsed {
            flags: d.flags.as_ref().map(|f| Pattern::parse(&f.format)),
            patterns: (d.entries.iter())
                .map(|e| e.pattern.as_ref().map(|p| Pattern::parse(p)))
                .collect(),
        });
    }

    /// Position in [`RawCatalog::tables`] of the table `id` (the last one, if
    /// two files declare it).
    pub fn table(&self, id: &str) -> Option<usize> {
        self.tables.get(id).copied()
    }

    /// The parsed flags format and patterns of the table at position `ti`.
    pub fn parsed(&self, ti: usize) -> Option<&Parsed> {
        self.parsed.get(ti)
    }

    /// The entry of table `id` whose code or pattern is `code` (the first, if
    /// it is listed twice).
    pub fn table_entry(&self, id: &str, code: &str) -> Option<&'a RawEntry> {
        let ti = self.table(id)?;
        self.sources(id, code).iter().find_map(|s| match s.owner {
            Owner::Entry(t, e) if t == ti => Some(e),
            _ => None,
        })
    }

    /// Everything that defines (target, code or key), in load order.
    pub fn sources(&self, target: &str, id: &str) -> &[Source<'a>] {
        (self.sources.get(target).and_then(|m| m.get(id))).map_or(&[], Vec::as_slice)
    }

    /// The source text of `field` for (target, code or key): the last one
    /// written, where a code or key is defined twice.
    pub fn source_text(
        &self,
        target: &str,
        id: &str,
        field: Field,
    ) -> Option<(&'a Sp<String>, &'a Path)> {
        (self.sources(target, id).iter().rev()).find_map(|s| Some((s.text(field)?, s.file)))
    }

    /// Every (target, code or key) with a source text, in order, with the
    /// text of each field (as [`Index::source_text`] picks it).
    pub fn source_texts(&self) -> impl Iterator<Item = (&'a Sp<String>, &'a Path)> + '_ {
        let ids = (self.sources.iter()).flat_map(|(t, m)| m.keys().map(move |id| (*t, *id)));
        ids.flat_map(move |(target, id)| {
            (Field::ALL.into_iter()).filter_map(move |f| self.source_text(target, id, f))
        })
    }

    /// The translation of (target, code or key) into `locale`: the first
    /// entry of its l10n file that names it.
    pub fn translation(&self, locale: &str, target: &str, id: &str) -> Option<Translation<'a>> {
        (self.translations.get(locale))
            .and_then(|m| m.get(target))
            .and_then(|m| m.get(id))
            .and_then(|v| v.first().copied())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::File;
    use std::path::PathBuf;

    fn file<T: serde::de::DeserializeOwned>(path: &str, yaml: &str) -> File<T> {
        let path = PathBuf::from(path);
        let data = crate::yaml::parse(&path, yaml).expect("test YAML parses");
        File { path, data }
    }

    fn table(path: &str, id: &str, entries: &str) -> File<RawTable> {
        let head = format!(
            "id: {id}\nvendor: acme\ntitle: T\nsource: {{file: s, lines: '1'}}\n\
             code_type: string\nopen: false\n"
        );
        file(path, &format!("{head}{entries}"))
    }

    fn l10n(locale: &str, target: L10nTarget, entries: &str) -> L10nFile {
        let name = target_name(&target).to_owned();
        L10nFile {
            folder_locale: locale.into(),
            target,
            file: file(
                &format!("l10n/{locale}/{name}.yaml"),
                &format!("locale: {locale}\nstate: draft\nentries:\n{entries}"),
            ),
        }
    }

    /// Table `t` (entries A twice, B, and a pattern), prompts `p`, kinds `k`,
    /// and de translations of each; a second file also declaring table `t`.
    fn catalog() -> RawCatalog {
        let mut cat = RawCatalog::default();
        cat.tables = vec![
            table(
                "tables/t.yaml",
                "t",
                "entries:\n\
                     - {code: A, message: first A, solution: fix A}\n\
                     - {code: A, message: second A}\n\
                     - {code: B, message: b}\n\
                     - {pattern: E_$N, message: e}\n\
                     - {pattern: $N, message: bad}\n",
            ),
            table(
                "tables/u.yaml",
                "t",
                "flags: {format: '[$Flags'}\nentries:\n- {code: B, message: b in u}\n",
            ),
        ];
        cat.prompts = Some(file(
            "prompts.yaml",
            "source: {file: s, lines: '1'}\nprompts:\n- {key: p, text: P}\n- {key: q}\n",
        ));
        cat.kinds = Some(file("kinds.yaml", "kinds:\n- {id: k, label: K}\n"));
        cat.l10n = vec![
            l10n(
                "de",
                L10nTarget::Table("t".into()),
                "- {code: A, message: erstes A, state: reviewed}\n\
                     - {code: A, message: zweites A}\n\
                     - {key: B, message: B als key}\n",
            ),
            l10n(
                "de",
                L10nTarget::Prompts,
                "- {key: p, text: P auf Deutsch}\n- {code: q, text: Q als code}\n",
            ),
            l10n("de", L10nTarget::Kinds, "- {key: k, text: K auf Deutsch}\n"),
        ];
        cat
    }

    #[test]
    fn translations_present_missing_and_duplicated() {
        let cat = catalog();
        let ix = Index::new(&cat);
        // Present, with the entry's own state over the file's.
        let a = ix.translation("de", "t", "A").expect("A is translated");
        assert_eq!(a.text(Field::Message).unwrap().value, "erstes A");
        assert_eq!(a.state(), TextState::Reviewed);
        assert!(a.is_table());
        // Duplicated: the first translation counts, state from the file.
        assert_eq!(a.entry.line, 4);
        // Missing: other locale, other code, other target.
        assert!(ix.translation("fr", "t", "A").is_none());
        assert!(ix.translation("de", "t", "C").is_none());
        assert!(ix.translation("de", "u", "A").is_none());
        // A table translation is found by `code`, never by `key`.
        assert!(ix.translation("de", "t", "B").is_none());
        // Prompt and kind translations by `key`, never by `code`; their text
        // is the message, and they have no solution.
        let p = ix.translation("de", "prompts", "p").unwrap();
        assert_eq!(p.text(Field::Message).unwrap().value, "P auf Deutsch");
        assert!(p.text(Field::Solution).is_none() && !p.is_table());
        assert_eq!(p.state(), TextState::Draft);
        assert!(ix.translation("de", "prompts", "q").is_none());
        let k = ix.translation("de", "kinds", "k").unwrap();
        assert_eq!(k.text(Field::Message).unwrap().value, "K auf Deutsch");
    }

    #[test]
    fn source_texts_last_definition_wins_per_field() {
        let cat = catalog();
        let ix = Index::new(&cat);
        let text = |t, id, f| ix.source_text(t, id, f).map(|(s, _)| s.value.as_str());
        assert_eq!(text("t", "A", Field::Message), Some("second A"));
        // The second A has no solution: the first one's is still the source.
        assert_eq!(text("t", "A", Field::Solution), Some("fix A"));
        // Both files declaring table t define its sources, in load order.
        assert_eq!(text("t", "B", Field::Message), Some("b in u"));
        assert_eq!(ix.sources("t", "B").len(), 2);
        assert_eq!(text("t", "E_$N", Field::Message), Some("e"));
        assert_eq!(text("prompts", "p", Field::Message), Some("P"));
        assert_eq!(text("prompts", "q", Field::Message), None);
        assert_eq!(ix.sources("prompts", "q").len(), 1);
        assert_eq!(text("kinds", "k", Field::Message), Some("K"));
        assert_eq!(text("kinds", "k", Field::Solution), None);
        assert_eq!(text("t", "Z", Field::Message), None);
        let all: Vec<&str> = ix.source_texts().map(|(s, _)| s.value.as_str()).collect();
        assert_eq!(
            all,
            ["K", "P", "bad", "second A", "fix A", "b in u", "e"],
            "sorted by target, then code or key, then field; one text each"
        );
    }

    #[test]
    fn tables_by_id_and_entries_by_code() {
        let cat = catalog();
        let ix = Index::new(&cat);
        // Two files declare table t: the last one is the table.
        assert_eq!(ix.table("t"), Some(1));
        assert_eq!(ix.table("u"), None);
        let b = ix.table_entry("t", "B").expect("B is in the last file");
        assert_eq!(b.message.as_ref().unwrap().value, "b in u");
        // A is only in the first file of table t.
        assert!(ix.table_entry("t", "A").is_none());
        assert!(ix.table_entry("prompts", "p").is_none());
    }

    #[test]
    fn patterns_and_flags_are_parsed_once_with_their_errors() {
        let cat = catalog();
        let ix = Index::new(&cat);
        let t = ix.parsed(0).unwrap();
        assert!(t.flags.is_none());
        assert_eq!(t.patterns.len(), 5);
        assert!(t.patterns[..3].iter().all(Option::is_none));
        assert_eq!(
            t.patterns[3].as_ref().unwrap().as_ref().unwrap().prefix,
            "E_"
        );
        let err = t.patterns[4].as_ref().unwrap().as_ref().unwrap_err();
        assert!(err.contains("no literal text"), "{err}");
        let u = ix.parsed(1).unwrap();
        assert_eq!(u.flags.as_ref().unwrap().as_ref().unwrap().prefix, "[");
        assert!(ix.parsed(2).is_none());
    }

    #[test]
    fn l10n_targets_are_named_like_their_files() {
        assert_eq!(target_name(&L10nTarget::Prompts), "prompts");
        assert_eq!(target_name(&L10nTarget::Kinds), "kinds");
        assert_eq!(target_name(&L10nTarget::Table("acme".into())), "acme");
    }
}
