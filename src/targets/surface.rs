//! A package's public surface, read from a target's view: every type, case
//! and constant the package exposes under the target's own names, with the
//! catalog facts that decide what a change to it means for an app
//! ([`crate::api`]). Each target's `surface(&view)` calls [`surface`] with
//! its [`Names`].

use super::view::{EntryView, PackageView, TableView};
use crate::api::{Item, Of, Surface, fingerprint};

/// How one target spells what is not in the view: its path separator and
/// the names of the types every package has.
pub struct Names {
    /// Between a type and its member: `::` or `.`.
    pub sep: &'static str,
    /// The 64-bit integer and string types of pattern parameters.
    pub int: &'static str,
    pub string: &'static str,
    pub locale: &'static str,
    pub prompt: &'static str,
    pub kind: &'static str,
    pub actor: &'static str,
}

/// The surface of a package from its view.
pub fn surface(p: &PackageView, n: &Names) -> Surface {
    let mut s = Surface::new();
    let member = |t: &str, m: &str| format!("{t}{}{m}", n.sep);
    let mut put = |path: String, item: Item| {
        s.insert(path, item);
    };
    // Kinds, prompts and locales grow: apps keep a default branch.
    put(n.kind.into(), Item::ty(Of::OpenType, "the Kind type", ""));
    for k in &p.kinds {
        let item = Item::new(Of::Case, n.kind, &k.what, "", "", fingerprint(&k.plain));
        put(member(n.kind, &k.name), item.at(&k.loc));
    }
    put(
        n.prompt.into(),
        Item::ty(Of::OpenType, "the Prompt type", ""),
    );
    for pr in &p.prompts {
        let item = Item::new(Of::Case, n.prompt, &pr.what, "", "", fingerprint(&pr.plain));
        put(member(n.prompt, &pr.name), item.at(&pr.loc));
    }
    put(
        n.locale.into(),
        Item::ty(Of::OpenType, "the locale type", ""),
    );
    for l in &p.locales {
        let what = format!("locale {:?}", l.tag);
        put(
            member(n.locale, &l.name),
            Item::new(Of::Case, n.locale, &what, "", "", String::new()),
        );
    }
    put(
        n.actor.into(),
        Item::ty(Of::ClosedType, "the Actor type", ""),
    );
    for a in &p.actors {
        let what = format!("actor {}", a.name);
        put(
            member(n.actor, &a.name),
            Item::new(Of::Case, n.actor, &what, "", "", String::new()),
        );
    }
    for t in &p.tables {
        table(t, n, &mut put);
    }
    s
}

fn table(t: &TableView, n: &Names, put: &mut impl FnMut(String, Item)) {
    let of = if t.open { Of::OpenType } else { Of::ClosedType };
    let codes = match (t.int, &t.flags) {
        (_, Some(f)) => format!("flag sets {}", f.format_doc),
        (true, None) => "int codes".to_owned(),
        (false, None) => "string codes".to_owned(),
    };
    let docs = [&t.title_doc, &t.vendor_doc, &t.source_doc];
    let mut texts: Vec<&str> = docs.iter().map(|s| s.as_str()).collect();
    texts.extend(t.note_doc.as_deref());
    let ty = Item::new(of, "", &t.what, &codes, "", fingerprint(&texts));
    put(t.type_name.clone(), ty.at(&t.loc));
    for e in &t.entries {
        let what = format!("{} {}", t.what, e.what);
        let item = Item::new(
            Of::Case,
            &t.type_name,
            &what,
            &sig(e, n),
            &meta(e),
            entry_texts(e),
        );
        put(
            format!("{}{}{}", t.type_name, n.sep, e.name),
            item.at(&e.loc),
        );
        for a in &e.aliases {
            let what = format!("{} alias {:?}", t.what, a.code);
            let sig = format!("code {:?} -> {}", a.code, e.name);
            let meta = format!("retired_in {}", a.retired_in_doc);
            let item = Item::new(Of::Const, &t.type_name, &what, &sig, &meta, String::new());
            put(
                format!("{}{}{}", t.type_name, n.sep, a.name),
                item.at(&e.loc),
            );
        }
    }
}

/// What decoding depends on: the code, or the family and its parameter's type.
fn sig(e: &EntryView, n: &Names) -> String {
    match &e.pattern {
        Some(p) => {
            let ty = if p.int { n.int } else { n.string };
            format!("pattern {:?} ({}: {ty})", e.code, p.param_doc)
        }
        None => format!("code {:?}", e.code),
    }
}

/// Behaviour apps may branch on: every metadata field but the texts.
fn meta(e: &EntryView) -> String {
    let doc_only = ["vendor_message", "note"];
    let fields = e.fields.iter().filter(|f| !doc_only.contains(&f.name));
    let parts: Vec<String> = fields.map(|f| format!("{} {}", f.name, f.lit)).collect();
    parts.join(", ")
}

fn entry_texts(e: &EntryView) -> String {
    let mut all: Vec<&str> = e.plain_messages.iter().map(String::as_str).collect();
    for s in e.plain_solutions.iter().flatten() {
        all.push(s);
    }
    for name in ["vendor_message", "note"] {
        all.push(e.field(name).map(|f| f.doc.as_str()).unwrap_or(""));
    }
    fingerprint(&all)
}
