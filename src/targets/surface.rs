//! A package's public surface, read from a target's view: every type, case
//! and constant the package exposes under the target's own names, with the
//! catalog facts that decide what a change to it means for an app
//! ([`crate::api`]). Each target's `surface(&view)` calls [`surface`] (or
//! [`surface_with`], where its paths of entries differ) with
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
    /// The members every table or the package has, in the target's names.
    pub members: &'static [Member],
}

/// Which packages or tables have a [`Member`].
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum On {
    /// The package, once: the path is the member's.
    Package,
    /// Every table: `{T}` in the path is the table's type.
    Table,
    /// Tables of integer codes.
    IntTable,
    /// Flag-set tables.
    FlagTable,
    /// Tables that list codes (not only families).
    ListingTable,
}

/// A member, conformance or helper type a target's templates give (see
/// [`crate::api::Of::Member`]): `path` names it (`{T}.fromJson`,
/// `{T}: FromStr`), `sig` is its signature as apps use it.
pub struct Member {
    pub on: On,
    pub path: &'static str,
    pub sig: &'static str,
}

impl Member {
    pub const fn new(on: On, path: &'static str, sig: &'static str) -> Member {
        Member { on, path, sig }
    }
}

/// The items of the members of `n` that the package or table `t` has.
fn members(n: &Names, t: Option<&TableView>, put: &mut impl FnMut(String, Item)) {
    for m in n.members {
        let has = match (m.on, t) {
            (On::Package, None) => true,
            (On::Table, Some(_)) => true,
            (On::IntTable, Some(t)) => t.int,
            (On::FlagTable, Some(t)) => t.flags.is_some(),
            (On::ListingTable, Some(t)) => t.units().next().is_some(),
            _ => false,
        };
        if !has {
            continue;
        }
        let (parent, place) = match t {
            Some(t) => (t.type_name.as_str(), format!("{} member", t.what)),
            None => ("", "the package's member".to_owned()),
        };
        let path = m.path.replace("{T}", parent);
        let name = m.path.replace("{T}", "");
        let place = format!("{place} {}", name.trim_start_matches(['.', ':', ' ']));
        let item = Item::new(Of::Member, parent, &place, m.sig, "", String::new());
        put(path, item);
    }
}

/// Where a target's path of an entry differs from `<table type><sep><entry>`
/// (Dart's listed codes are constants of `<Table>Code`, its families classes
/// of their own): given the table's index in the view, the table and the
/// entry, the path, or `None` for the usual one.
pub type CasePath<'a> = &'a dyn Fn(usize, &TableView, &EntryView) -> Option<String>;

/// The surface of a package from its view.
pub fn surface(p: &PackageView, n: &Names) -> Surface {
    surface_with(p, n, &|_, _, _| None)
}

/// [`surface`], with the target's own paths of some entries.
pub fn surface_with(p: &PackageView, n: &Names, case_path: CasePath) -> Surface {
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
    members(n, None, &mut put);
    for (i, t) in p.tables.iter().enumerate() {
        table(t, n, &|e| case_path(i, t, e), &mut put);
        members(n, Some(t), &mut put);
    }
    s
}

fn table(
    t: &TableView,
    n: &Names,
    case_path: &dyn Fn(&EntryView) -> Option<String>,
    put: &mut impl FnMut(String, Item),
) {
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
        let path = case_path(e).unwrap_or_else(|| format!("{}{}{}", t.type_name, n.sep, e.name));
        put(path, item.at(&e.loc));
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

/// The members the Rust templates give (templates/rust).
pub const RUST_MEMBERS: &[Member] = &[
    Member::new(
        On::Package,
        "AnyCode",
        "enum over the tables, Error + Send + Sync + 'static",
    ),
    Member::new(
        On::Package,
        "decode",
        "fn decode(&str, &str) -> Option<AnyCode>",
    ),
    Member::new(
        On::Package,
        "CatalogCode",
        "trait, with retired_in, params, template, message_with",
    ),
    Member::new(
        On::Package,
        "UnknownCode",
        "struct, only decoding makes one; as_str()",
    ),
    Member::new(
        On::Package,
        "Param",
        "struct, only decoding makes one; as_str()",
    ),
    Member::new(On::Package, "Received", "struct; CURRENT, old_code()"),
    Member::new(On::Table, "{T}::from_code", "fn from_code(&str) -> Self"),
    Member::new(
        On::Table,
        "{T}::received_code",
        "fn received_code(&self) -> Cow<'static, str>",
    ),
    Member::new(
        On::Table,
        "{T}::message_with",
        "fn message_with(&self, Locale, &[(&str, &str)]) -> Cow<'static, str>",
    ),
    Member::new(On::Table, "{T}: FromStr", "impl FromStr<Err = Infallible>"),
    Member::new(
        On::Table,
        "{T}: Error",
        "impl std::error::Error + Display + Send + Sync",
    ),
    Member::new(
        On::Table,
        "{T}: serde::Serialize",
        "impl, feature serde: the code received",
    ),
    Member::new(
        On::Table,
        "{T}: serde::Deserialize",
        "impl, feature serde: a string, or an integer for integer tables",
    ),
    Member::new(On::IntTable, "{T}::from_int", "fn from_int(i64) -> Self"),
    Member::new(
        On::FlagTable,
        "{T}::decode_flags",
        "fn decode_flags(&str) -> Vec<Self>",
    ),
];

/// The members the Kotlin templates give (templates/kotlin).
pub const KOTLIN_MEMBERS: &[Member] = &[
    Member::new(
        On::Package,
        "CatalogException",
        "class CatalogException(val code: CatalogCode) : RuntimeException",
    ),
    Member::new(
        On::Package,
        "toException",
        "fun CatalogCode.toException(): CatalogException",
    ),
    Member::new(
        On::Package,
        "decode",
        "fun decode(String, String): CatalogCode?",
    ),
    Member::new(On::Table, "{T}.fromCode", "fun fromCode(String): T"),
    Member::new(On::Table, "{T}.receivedCode", "val receivedCode: String"),
    Member::new(
        On::IntTable,
        "{T}.fromInt",
        "fun fromInt(Long): T, fun fromInt(Int): T",
    ),
    Member::new(
        On::FlagTable,
        "{T}.decodeFlags",
        "fun decodeFlags(String): List<T>",
    ),
];

/// The members the Swift templates give (templates/swift).
pub const SWIFT_MEMBERS: &[Member] = &[
    Member::new(
        On::Package,
        "decode",
        "func decode(table: String, code: String) -> (any CatalogCode)?",
    ),
    Member::new(
        On::Package,
        "ReceivedCode",
        "struct, only decoding makes one; code",
    ),
    Member::new(
        On::Package,
        "CatalogLocale.errorLocale",
        "static var errorLocale: CatalogLocale?",
    ),
    Member::new(On::Table, "{T}.init(code:)", "init(code: String)"),
    Member::new(On::Table, "{T}.received", "var received: String"),
    Member::new(
        On::Table,
        "{T}.message(in:params:)",
        "func message(in: CatalogLocale, params: [String: String]) -> String",
    ),
    Member::new(On::Table, "{T}: Codable", "Codable as the code received"),
    Member::new(
        On::Table,
        "{T}: CustomNSError",
        "errorDomain ErrgenCodes.<table id>, stable errorCode",
    ),
    Member::new(
        On::Table,
        "{T}: LocalizedError",
        "texts in CatalogLocale.errorLocale",
    ),
    Member::new(On::IntTable, "{T}.init(code: Int)", "init(code: Int)"),
    Member::new(
        On::FlagTable,
        "{T}.decodeFlags",
        "static func decodeFlags(_: String) -> [T]",
    ),
];

/// The members the Dart templates give (templates/dart).
pub const DART_MEMBERS: &[Member] = &[
    Member::new(
        On::Package,
        "decode",
        "CatalogCode? decode(String table, String code)",
    ),
    Member::new(
        On::Package,
        "CatalogCode",
        "interface implementing Exception, with received, toJson, messageWith",
    ),
    Member::new(On::Table, "{T}.fromCode", "factory fromCode(String code)"),
    Member::new(On::Table, "{T}.fromJson", "factory fromJson(Object? json)"),
    Member::new(On::Table, "{T}.toJson", "String toJson()"),
    Member::new(On::Table, "{T}.received", "String get received"),
    Member::new(
        On::Table,
        "{T}Code",
        "sealed class of the listed codes, one subclass per code, equal whatever code was received",
    ),
    Member::new(
        On::Table,
        "{T}Unknown",
        "final class, only decoding makes one",
    ),
    Member::new(On::IntTable, "{T}.fromInt", "factory fromInt(int code)"),
    Member::new(
        On::FlagTable,
        "{T}.decodeFlags",
        "static List<T> decodeFlags(String s)",
    ),
];

/// The members the TypeScript templates give (templates/typescript).
pub const TYPESCRIPT_MEMBERS: &[Member] = &[
    Member::new(
        On::Package,
        "decode",
        "function decode(table: string, code: string): CatalogCode | undefined",
    ),
    Member::new(
        On::Package,
        "loadLocale",
        "async function loadLocale(locale: CatalogLocale): Promise<void>",
    ),
    Member::new(On::Package, "tableIds", "const tableIds: readonly string[]"),
    Member::new(
        On::Package,
        "CatalogCode",
        "interface, with received, isKnown, message, messageWith, params, template, solution",
    ),
    Member::new(
        On::Package,
        "CatalogError",
        "class CatalogError extends Error, readonly value: CatalogCode",
    ),
    Member::new(
        On::Package,
        "Value",
        "type of every value: CatalogCode, equals(other), toError(locale)",
    ),
    Member::new(
        On::Package,
        "Fillable",
        "type of a value whose template needs values: fill(locale, values)",
    ),
    Member::new(On::Table, "{T}.tableId", "the table's id"),
    Member::new(On::Table, "{T}.open", "boolean"),
    Member::new(On::Table, "{T}.fromCode", "fromCode(code: string): T"),
    Member::new(
        On::Table,
        "{T}.fromInt",
        "fromInt(code: number | bigint): T",
    ),
    Member::new(
        On::Table,
        "{T}.load",
        "load(locale: CatalogLocale): Promise<void>",
    ),
    Member::new(
        On::Table,
        "{T}.isLoaded",
        "isLoaded(locale: CatalogLocale): boolean",
    ),
    Member::new(
        On::FlagTable,
        "{T}.decodeFlags",
        "decodeFlags(s: string): T[]",
    ),
];
