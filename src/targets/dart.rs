//! The Dart target: a pub package with no dependencies. Each table is a
//! Dart 3 `sealed class` whose subtypes are an enhanced `enum` of the listed
//! codes, one `final class` per code family (pattern) holding its parameter,
//! and a `final class` for unlisted codes holding the raw code, so a `switch`
//! over a table's type is exhaustive and decoding never loses a code. Its
//! oracle follows dart.dev, "Keywords" (reserved words, built-in identifiers,
//! contextual keywords and the async-limited `await`/`yield`). The locale
//! type is `CatalogLocale`, so that it never clashes with `dart:ui`'s
//! `Locale`, which Flutter apps import everywhere.

use super::naming::{Fold, Oracle, Owner, Registry, StringRules, braced_unicode};
use super::naming::{camel, pascal, string_literal, words};
use super::view::{self, EntryView, PackageView, PatternView, Reserved, TableView};
use super::{GenResult, render};
use crate::diag::Diagnostic;
use crate::model::Model;
use askama::Template;

pub struct DartOracle;

/// Every word of the table on dart.dev, "Keywords" (Dart 3): reserved words,
/// built-in identifiers (superscript 2), contextual keywords (3) and the
/// words reserved in async/generator bodies (1). All are escaped, even those
/// the grammar would allow in some places, so no generated name depends on
/// context.
pub(crate) const KEYWORDS: &[&str] = &[
    "abstract",
    "as",
    "assert",
    "async",
    "await",
    "base",
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "covariant",
    "default",
    "deferred",
    "do",
    "dynamic",
    "else",
    "enum",
    "export",
    "extends",
    "extension",
    "external",
    "factory",
    "false",
    "final",
    "finally",
    "for",
    "Function",
    "get",
    "hide",
    "if",
    "implements",
    "import",
    "in",
    "interface",
    "is",
    "late",
    "library",
    "mixin",
    "new",
    "null",
    "of",
    "on",
    "operator",
    "part",
    "required",
    "rethrow",
    "return",
    "sealed",
    "set",
    "show",
    "static",
    "super",
    "switch",
    "sync",
    "this",
    "throw",
    "true",
    "try",
    "type",
    "typedef",
    "var",
    "void",
    "when",
    "while",
    "with",
    "yield",
];

impl Oracle for DartOracle {
    fn language(&self) -> &'static str {
        "Dart"
    }
    fn reserved(&self) -> &'static [&'static str] {
        KEYWORDS
    }
    fn escape_reserved(&self, name: &str) -> String {
        // Dart has no raw identifiers; a leading `_` would make the name
        // library-private, so the escape is a trailing `_` (`class_`).
        format!("{name}_")
    }
    fn value_name(&self, words: &str) -> String {
        self.ident(&camel(words))
    }
    /// Deprecated alias constants live next to the values (`legacyOldOne`):
    /// the prefix keeps an alias that equals its own entry's code from
    /// taking the value's name.
    fn alias_name(&self, words: &str) -> String {
        self.ident(&camel(&format!("legacy_{words}")))
    }
    fn string_lit(&self, s: &str) -> String {
        dart_string(s)
    }
    fn doc(&self, s: &str) -> String {
        dart_doc(s)
    }
}

/// A single-quoted Dart string literal giving `s` back exactly: `\`, `'`
/// and `$` (interpolation) are escaped, line breaks, tabs, other controls and
/// invisible characters are written as escapes.
pub fn dart_string(s: &str) -> String {
    string_literal(s, &STRINGS)
}

const STRINGS: StringRules = StringRules {
    quote: '\'',
    dollar: true,
    nul: None,
    unicode: braced_unicode,
};

/// One line of dartdoc text: Markdown-escaped like every target's docs, and
/// also `&` (entities) and `{@` (dartdoc directives such as `{@template}`).
pub fn dart_doc(s: &str) -> String {
    super::naming::markdown_doc(s)
        .replace('&', "\\&")
        .replace("{@", "{\\@")
}

/// Names the generated code itself declares or uses, per scope.
const RESERVED: Reserved = Reserved {
    // Top-level types of the package, and the public names of dart:core,
    // dart:async and dart:io and Flutter's most common names (widgets,
    // material, painting, services, dart:ui): an app imports these without a
    // prefix next to this package, so no exported name may take one.
    // Set in `view`: OWN_TYPES, SDK_NAMES and FLUTTER_NAMES.
    types: &[],
    // Members of every table's enum (its own and `Enum`'s), and the names of
    // the classes derived from value names (`<Type>Unknown`, `<Type>Code`,
    // `<Type>Entry`).
    values: &[
        "unknown",
        "received",
        "messageWith",
        "params",
        "template",
        "toJson",
        "fromJson",
        "current",
        "code",
        "entry",
        "table",
        "isKnown",
        "message",
        "solution",
        "billed",
        "platform",
        "retiredIn",
        "kind",
        "actor",
        "retryable",
        "prompt",
        "index",
        "name",
        "values",
        "hashCode",
        "runtimeType",
        "toString",
        "noSuchMethod",
    ],
    // Members of the Prompt and Kind enums (both are enhanced enums).
    prompts: ENUM_MEMBERS_PROMPT_KIND,
    kinds: ENUM_MEMBERS_PROMPT_KIND,
    locales: LOCALE_MEMBERS,
    fold: Fold::Exact,
    value_classes: &[],
};

/// The package's own top-level types, which no table type may take.
const OWN_TYPES: &[&str] = &[
    "CatalogLocale",
    "CatalogPlatform",
    "Prompt",
    "Kind",
    "Actor",
    "CatalogCode",
];

/// The public names of dart:core, dart:async and dart:io that an app sees
/// next to this package when it imports them without a prefix (as every
/// Dart program does with dart:core): no exported name may take one.
/// tests/lang_dart.rs names each of them in a program that imports all
/// three libraries and the package, so one that clashed would not compile.
pub const SDK_NAMES: &[&str] = &[
    "ArgumentError",
    "AssertionError",
    "AsyncError",
    "BigInt",
    "Comparable",
    "Comparator",
    "Completer",
    "CompressionOptions",
    "ConcurrentModificationError",
    "ContentType",
    "Cookie",
    "DateTime",
    "DeferredLoadException",
    "Deprecated",
    "Directory",
    "Duration",
    "Enum",
    "Error",
    "EventSink",
    "Exception",
    "Expando",
    "File",
    "FileLock",
    "FileMode",
    "FileStat",
    "FileSystemEntity",
    "FileSystemEntityType",
    "FileSystemEvent",
    "FileSystemException",
    "Finalizer",
    "FormatException",
    "Function",
    "Future",
    "FutureOr",
    "GZipCodec",
    "HandshakeException",
    "HttpClient",
    "HttpConnectionInfo",
    "HttpClientRequest",
    "HttpClientResponse",
    "HttpException",
    "HttpHeaders",
    "HttpRequest",
    "HttpResponse",
    "HttpServer",
    "HttpStatus",
    "IOException",
    "IOOverrides",
    "IOSink",
    "IndexError",
    "InternetAddress",
    "InternetAddressType",
    "Invocation",
    "Iterable",
    "Iterator",
    "Link",
    "List",
    "Map",
    "MapEntry",
    "Match",
    "MultiStreamController",
    "NetworkInterface",
    "Never",
    "NoSuchMethodError",
    "Null",
    "OSError",
    "Object",
    "OutOfMemoryError",
    "ParallelWaitError",
    "PathNotFoundException",
    "Pattern",
    "Pipe",
    "Platform",
    "Process",
    "ProcessException",
    "ProcessInfo",
    "ProcessResult",
    "ProcessSignal",
    "ProcessStartMode",
    "RandomAccessFile",
    "RangeError",
    "RawDatagramSocket",
    "RawSocket",
    "Record",
    "RegExp",
    "RegExpMatch",
    "RuneIterator",
    "Runes",
    "SecureSocket",
    "SecurityContext",
    "ServerSocket",
    "Set",
    "Sink",
    "Socket",
    "SocketException",
    "StackOverflowError",
    "StackTrace",
    "StateError",
    "Stdin",
    "StdinException",
    "Stdout",
    "StdoutException",
    "Stopwatch",
    "Stream",
    "StreamConsumer",
    "StreamController",
    "StreamIterator",
    "StreamSink",
    "StreamSubscription",
    "StreamTransformer",
    "StreamTransformerBase",
    "StreamView",
    "String",
    "StringBuffer",
    "StringSink",
    "Symbol",
    "SynchronousStreamController",
    "SystemEncoding",
    "TimeoutException",
    "Timer",
    "TlsException",
    "Type",
    "TypeError",
    "UnimplementedError",
    "UnsupportedError",
    "Uri",
    "UriData",
    "WeakReference",
    "WebSocket",
    "WebSocketException",
    "ZLibCodec",
    "Zone",
    "ZoneDelegate",
    "ZoneSpecification",
    "bool",
    "double",
    "dynamic",
    "int",
    "num",
    "pragma",
];

/// Flutter's most common names (dart:ui, painting, widgets, material,
/// services), which a Flutter app imports without a prefix next to this
/// package: no exported name may take one. tests/lang_dart.rs declares a
/// stand-in for each and names it next to the package.
pub const FLUTTER_NAMES: &[&str] = &[
    "Action",
    "Actions",
    "Alignment",
    "AppBar",
    "Axis",
    "Border",
    "BorderRadius",
    "BoxDecoration",
    "BuildContext",
    "Canvas",
    "Card",
    "Center",
    "Checkbox",
    "Chip",
    "Clip",
    "Color",
    "Colors",
    "Column",
    "Container",
    "Curve",
    "Curves",
    "Decoration",
    "Dialog",
    "Divider",
    "Drawer",
    "EdgeInsets",
    "Element",
    "Expanded",
    "Flex",
    "Flexible",
    "FlutterError",
    "FocusNode",
    "Font",
    "FontWeight",
    "Form",
    "Gradient",
    "Icon",
    "Icons",
    "Image",
    "Intent",
    "Key",
    "Listenable",
    "Locale",
    "Material",
    "MaterialApp",
    "Matrix4",
    "Navigator",
    "Offset",
    "Opacity",
    "Padding",
    "Paint",
    "Path",
    "Picture",
    "Placeholder",
    "Positioned",
    "Radius",
    "Rect",
    "Route",
    "Row",
    "Scaffold",
    "Shadow",
    "Shortcuts",
    "Size",
    "SizedBox",
    "Stack",
    "State",
    "StatefulWidget",
    "StatelessWidget",
    "Switch",
    "Text",
    "TextStyle",
    "Theme",
    "ThemeData",
    "Tooltip",
    "ValueKey",
    "ValueNotifier",
    "Widget",
    "Window",
];

const ENUM_MEMBERS_PROMPT_KIND: &[&str] = &[
    "key",
    "text",
    "fromKey",
    "id",
    "label",
    "fromId",
    "all",
    "index",
    "name",
    "values",
    "hashCode",
    "runtimeType",
    "toString",
    "noSuchMethod",
];

/// Members of the CatalogLocale enum, which no locale's name may take.
const LOCALE_MEMBERS: &[&str] = &[
    "tag",
    "all",
    "fallback",
    "fromTag",
    "negotiate",
    "negotiatePreferred",
    "index",
    "name",
    "values",
    "hashCode",
    "runtimeType",
    "toString",
    "noSuchMethod",
];

/// One locale's texts of a table (or of the prompts or kinds), as literals.
struct LocaleTexts<'a> {
    /// The list's name suffix (`Zh` in `_messagesZh`).
    suffix: String,
    tag: String,
    texts: Vec<&'a str>,
    /// Solutions (`None` prints `null`); empty when the table has none.
    solutions: Vec<Option<&'a str>>,
}

struct PatternClass<'a> {
    e: &'a EntryView,
    pat: &'a PatternView,
    class: String,
}

/// A table as the Dart templates print it.
struct DartTable<'a> {
    t: &'a TableView,
    /// `src/<file>.dart`
    file: String,
    /// The enum of listed codes, e.g. `KeywordsCode`.
    enum_name: String,
    /// The const entry class, e.g. `KeywordsEntry`.
    entry_class: String,
    /// The class of unlisted codes, e.g. `KeywordsUnknown`.
    unknown_class: String,
    /// The private mixin with the members every value shares.
    mixin_name: String,
    patterns: Vec<PatternClass<'a>>,
    /// Raw code literal -> enum value name, each listed code once.
    lookup: Vec<(&'a str, &'a str)>,
    /// Old code (alias) literal -> enum value name, each once, none a listed
    /// code.
    alias_lookup: Vec<(&'a str, &'a str)>,
    has_aliases: bool,
    /// The class of values decoded from old codes, e.g. `KeywordsLegacy`.
    legacy_class: String,
    texts: Vec<LocaleTexts<'a>>,
    has_units: bool,
    /// Per locale: (suffix, tag, per entry the template literal or `null`).
    templates: Vec<(String, String, Vec<String>)>,
    /// Per entry: the parameter names as a list literal body.
    params: Vec<String>,
    has_templates: bool,
}

#[derive(Template)]
#[template(path = "dart/pubspec.yaml", escape = "none")]
struct PubspecYaml<'a> {
    p: &'a PackageView,
}

#[derive(Template)]
#[template(path = "dart/errgen_codes.dart", escape = "none")]
struct LibDart<'a> {
    p: &'a PackageView,
    catalog_doc: String,
    /// (path, show list or empty) sorted by path.
    exports: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "dart/catalog_code.dart", escape = "none")]
struct CatalogCodeDart<'a> {
    p: &'a PackageView,
    tables: &'a [DartTable<'a>],
    imports: Vec<String>,
}

#[derive(Template)]
#[template(path = "dart/locale.dart", escape = "none")]
struct LocaleDart<'a> {
    p: &'a PackageView,
}

#[derive(Template)]
#[template(path = "dart/prompt.dart", escape = "none")]
struct PromptDart<'a> {
    p: &'a PackageView,
    texts: Vec<LocaleTexts<'a>>,
}

#[derive(Template)]
#[template(path = "dart/kind.dart", escape = "none")]
struct KindDart<'a> {
    p: &'a PackageView,
    texts: Vec<LocaleTexts<'a>>,
}

/// example/main.dart: a runnable program over the first table with a
/// listed code.
#[derive(Template)]
#[template(path = "dart/example_main.dart", escape = "none")]
struct ExampleDart<'a> {
    p: &'a PackageView,
    d: &'a DartTable<'a>,
    t: &'a TableView,
    e: &'a EntryView,
}

#[derive(Template)]
#[template(path = "dart/table.dart", escape = "none")]
struct TableDart<'a> {
    p: &'a PackageView,
    d: &'a DartTable<'a>,
}

/// `Zh` for `zh`: a locale's part of a private list name.
fn locale_suffix(tag: &str) -> String {
    pascal(&words(tag))
}

fn per_locale<'a>(
    p: &'a PackageView,
    texts: impl Fn(usize) -> Vec<&'a str>,
    solutions: impl Fn(usize) -> Vec<Option<&'a str>>,
) -> Vec<LocaleTexts<'a>> {
    p.locales
        .iter()
        .map(|l| LocaleTexts {
            suffix: locale_suffix(&l.tag),
            tag: l.tag.clone(),
            texts: texts(l.index),
            solutions: solutions(l.index),
        })
        .collect()
}

fn dart_table<'a>(
    p: &'a PackageView,
    t: &'a TableView,
    n: &'a DartNames,
    tpl: &'a [(Vec<String>, Vec<Option<String>>)],
) -> DartTable<'a> {
    let templates = p
        .locales
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let lits = tpl
                .iter()
                .map(|(_, x)| x[i].clone().unwrap_or_else(|| "null".into()))
                .collect();
            (locale_suffix(&l.tag), l.tag.clone(), lits)
        })
        .collect();
    let params = tpl.iter().map(|(n, _)| n.join(", ")).collect();
    let has_templates = tpl.iter().any(|(_, x)| x.iter().any(Option::is_some));
    let patterns = t
        .patterns()
        .zip(&n.patterns)
        .filter_map(|(e, class)| {
            Some(PatternClass {
                e,
                pat: e.pattern.as_ref()?,
                class: class.clone(),
            })
        })
        .collect();
    let mut lookup: Vec<(&str, &str)> = Vec::new();
    for e in t.units() {
        lookup.push((&e.code_lit, &e.name));
    }
    let mut alias_lookup: Vec<(&str, &str)> = Vec::new();
    for (e, a) in t.aliases() {
        // An alias may repeat its own entry's code; a const map may not.
        let seen = |l: &[(&str, &str)]| l.iter().any(|(c, _)| *c == a.code_lit);
        if !seen(&lookup) && !seen(&alias_lookup) {
            alias_lookup.push((&a.code_lit, &e.name));
        }
    }
    let texts = per_locale(
        p,
        |l| t.entries.iter().map(|e| e.messages[l].as_str()).collect(),
        |l| {
            if t.has_solutions {
                t.entries
                    .iter()
                    .map(|e| e.solutions.as_ref().map(|s| s[l].as_str()))
                    .collect()
            } else {
                vec![]
            }
        },
    );
    DartTable {
        t,
        file: n.file.clone(),
        enum_name: n.enum_name.clone(),
        entry_class: n.entry_class.clone(),
        unknown_class: n.unknown_class.clone(),
        mixin_name: n.mixin_name.clone(),
        patterns,
        lookup,
        has_aliases: !alias_lookup.is_empty(),
        alias_lookup,
        legacy_class: n.legacy_class.clone(),
        texts,
        has_units: t.units().next().is_some(),
        templates,
        params,
        has_templates,
    }
}

/// The classes and file one table declares beyond its type.
pub struct DartNames {
    /// `<id>`, the file `lib/src/<id>.dart`.
    file: String,
    /// The enum of listed codes, e.g. `KeywordsCode`.
    enum_name: String,
    entry_class: String,
    unknown_class: String,
    legacy_class: String,
    mixin_name: String,
    /// One class per pattern entry, in entry order.
    patterns: Vec<String>,
}

/// Names the classes of table `t`, claiming each in the package's scope
/// (they share it with every table type and the package's own types).
fn dart_names(t: &TableView, reg: &mut Registry) -> DartNames {
    let ty = &t.type_name;
    let n = DartNames {
        file: t.id.clone(),
        enum_name: format!("{ty}Code"),
        entry_class: format!("{ty}Entry"),
        unknown_class: format!("{ty}Unknown"),
        legacy_class: format!("{ty}Legacy"),
        mixin_name: format!("_{ty}Members"),
        patterns: t
            .patterns()
            .map(|e| format!("{ty}{}", pascal(&e.words)))
            .collect(),
    };
    for (class, role) in [
        (&n.enum_name, "enum of listed codes"),
        (&n.entry_class, "entry class"),
        (&n.unknown_class, "class of unknown codes"),
        (&n.legacy_class, "class of old codes"),
    ] {
        let owner = Owner::catalog(format!("{} (its {role})", t.what), &t.loc);
        reg.ident(view::TYPES_SCOPE, Fold::Exact, class, owner);
    }
    for (e, class) in t.patterns().zip(&n.patterns) {
        let owner = Owner::catalog(format!("pattern {:?} of {}", e.code, t.what), &e.loc);
        reg.ident(view::TYPES_SCOPE, Fold::Exact, class, owner);
    }
    n
}

/// The Dart target's view: the shared view and each table's own names.
pub struct DartView {
    p: PackageView,
    /// The library file (`lib/errgen_codes.dart`).
    lib: String,
    names: Vec<DartNames>,
    /// Per table, per entry: the parameter names (literals) and, per
    /// locale, the template literal (`None`: the locale shows its message).
    templates: Vec<Vec<(Vec<String>, Vec<Option<String>>)>>,
}

/// Builds the Dart view: the one place this target reads the model.
/// The pub package when errgen.toml names none.
pub const DEFAULT_PACKAGE: &str = "errgen_codes";

/// A pub package name errgen.toml may give: lower-case ASCII letters,
/// digits and `_`, a Dart identifier (not starting with a digit), and no
/// Dart keyword (pub's rules).
pub fn check_package_name(name: &str) -> Result<(), String> {
    let ok = super::naming::is_ascii_ident(name) && !name.chars().any(|c| c.is_ascii_uppercase());
    if !ok {
        return Err("a pub package name is lowercase_with_underscores: `a`-`z`, `0`-`9` and `_`, not starting with a digit".into());
    }
    if KEYWORDS.contains(&name) {
        return Err("a Dart keyword cannot name a package".into());
    }
    Ok(())
}

/// The package's name (errgen.toml's, else the default); its library file.
fn package_names(p: &mut PackageView) -> String {
    p.pkg = view::PkgNames::named(&p.names.dart_package, DEFAULT_PACKAGE, str::to_owned);
    format!("lib/{}.dart", p.pkg.name)
}

pub fn view(m: &Model) -> Result<DartView, Vec<Diagnostic>> {
    let mut reg = Registry::new("Dart", &[]);
    let types: Vec<&str> = [OWN_TYPES, SDK_NAMES, FLUTTER_NAMES].concat();
    let reserved = Reserved {
        types: &types,
        ..RESERVED
    };
    let mut p = view::build(&DartOracle, m, &reserved, &mut reg);
    let lib = package_names(&mut p);
    reg.own_files(&["pubspec.yaml", &lib, "example/main.dart"]);
    let own = ["catalog_code", "locale", "prompt", "kind", "version"];
    reg.own_files(&own.map(|f| format!("lib/src/{f}.dart")));
    reg.own_files(&super::package::OWN);
    let names = p.tables.iter().map(|t| dart_names(t, &mut reg)).collect();
    view::table_files(&p, &mut reg, |t| format!("lib/src/{}.dart", t.id));
    reg.finish()?;
    let templates = p
        .tables
        .iter()
        .map(|t| {
            let mt = m.tables.iter().find(|x| x.id == t.id);
            t.entries
                .iter()
                .map(|e| {
                    let me = mt.and_then(|mt| mt.entries.get(e.index));
                    let names = me
                        .map(|me| me.params.iter().map(|x| dart_string(&x.name)).collect())
                        .unwrap_or_default();
                    let texts = p
                        .locales
                        .iter()
                        .map(|l| {
                            let tpl = me.and_then(|me| me.template.as_ref());
                            tpl.and_then(|x| x.get(&l.tag)).map(dart_string)
                        })
                        .collect();
                    (names, texts)
                })
                .collect()
        })
        .collect();
    Ok(DartView {
        p,
        lib,
        names,
        templates,
    })
}

/// The exports of the library file: (path, show list or empty), by path.
fn exports(tables: &[DartTable]) -> Vec<(String, String)> {
    let mut exports: Vec<(String, String)> = vec![
        (
            "src/catalog_code.dart".into(),
            "CatalogCode, CatalogPlatform, decode, tableIds".into(),
        ),
        ("src/kind.dart".into(), "Actor, Kind".into()),
        ("src/locale.dart".into(), "CatalogLocale".into()),
        ("src/prompt.dart".into(), "Prompt".into()),
        ("src/version.dart".into(), "catalogVersion".into()),
    ];
    exports.extend(
        tables
            .iter()
            .map(|d| (format!("src/{}.dart", d.file), String::new())),
    );
    exports.sort();
    exports
}

/// Prints the view.
pub fn files(v: &DartView) -> GenResult {
    let p = &v.p;
    let tables: Vec<DartTable> = p
        .tables
        .iter()
        .zip(&v.names)
        .zip(&v.templates)
        .map(|((t, n), tpl)| dart_table(p, t, n, tpl))
        .collect();
    let mut imports: Vec<String> = tables.iter().map(|d| format!("{}.dart", d.file)).collect();
    imports.extend(["kind.dart", "locale.dart", "prompt.dart"].map(String::from));
    imports.sort();
    let texts = per_locale(
        p,
        |l| p.prompts.iter().map(|pr| pr.texts[l].as_str()).collect(),
        |_| vec![],
    );
    let kind_texts = per_locale(
        p,
        |l| p.kinds.iter().map(|k| k.labels[l].as_str()).collect(),
        |_| vec![],
    );
    let (catalog_doc, exports) = (p.catalog_doc.clone(), exports(&tables));
    let mut files = vec![
        render(&PubspecYaml { p }, "pubspec.yaml")?,
        render(
            &LibDart {
                p,
                catalog_doc,
                exports,
            },
            &v.lib,
        )?,
        render(
            &CatalogCodeDart {
                p,
                tables: &tables,
                imports,
            },
            "lib/src/catalog_code.dart",
        )?,
        render(&LocaleDart { p }, "lib/src/locale.dart")?,
        render(&PromptDart { p, texts }, "lib/src/prompt.dart")?,
        render(
            &KindDart {
                p,
                texts: kind_texts,
            },
            "lib/src/kind.dart",
        )?,
    ];
    files.extend(super::package::files(p, "dart")?);
    let version = super::package::DartVersion { p };
    files.push(render(&version, "lib/src/version.dart")?);
    if let Some((d, e)) = tables.iter().find_map(|d| Some((d, d.t.units().next()?))) {
        let example = ExampleDart { p, d, t: d.t, e };
        files.push(render(&example, "example/main.dart")?);
    }
    for d in &tables {
        files.push(render(
            &TableDart { p, d },
            &format!("lib/src/{}.dart", d.file),
        )?);
    }
    Ok(files)
}

/// The package's public surface, in this target's names (see [`crate::api`]).
pub fn surface(v: &DartView) -> crate::api::Surface {
    let names = super::surface::Names {
        sep: ".",
        int: "int",
        string: "String",
        locale: "CatalogLocale",
        prompt: "Prompt",
        kind: "Kind",
        actor: "Actor",
    };
    super::surface::surface(&v.p, &names)
}

pub fn generate(m: &Model) -> GenResult {
    files(&view(m)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_come_back_exactly() {
        assert_eq!(dart_string("a'b\"c"), r#"'a\'b"c'"#);
        assert_eq!(dart_string("$x ${y}"), r"'\$x \${y}'");
        assert_eq!(dart_string("\\n\n\r\t"), r"'\\n\n\r\t'");
        assert_eq!(dart_string("\u{7}\u{202e}"), r"'\u{7}\u{202e}'");
    }

    #[test]
    fn reserved_words_get_a_trailing_underscore() {
        let o = DartOracle;
        assert_eq!(o.value_name("class"), "class_");
        assert_eq!(o.value_name("operator"), "operator_");
        assert_eq!(o.value_name("self"), "self");
        assert_eq!(o.alias_name("old_one"), "legacyOldOne");
        assert_eq!(o.type_name("function"), "Function_");
    }

    fn hostile() -> Model {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile");
        crate::check(&root)
            .model
            .expect("the hostile fixture is valid")
    }

    fn errors(m: &Model) -> String {
        match generate(m) {
            Ok(_) => String::new(),
            Err(d) => d
                .iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }

    #[test]
    fn the_hostile_fixture_generates() {
        assert_eq!(errors(&hostile()), "");
    }

    #[test]
    fn names_the_generated_code_uses_are_refused() {
        // An enum member's name (Enum.name) as a value.
        let mut m = hostile();
        let t = m.tables.iter_mut().find(|t| t.id == "keywords").unwrap();
        t.entries.iter_mut().find(|e| e.code == "fun").unwrap().code = "name".into();
        let e = errors(&m);
        assert!(
            e.contains("entry \"name\" becomes the Dart identifier `name`"),
            "{e}"
        );
        // A table whose type is another table's enum of listed codes.
        let mut m = hostile();
        let mut twin = m
            .tables
            .iter()
            .find(|t| t.id == "keywords")
            .unwrap()
            .clone();
        twin.id = "keywords_code".into();
        m.tables.push(twin);
        let e = errors(&m);
        assert!(
            e.contains("table \"keywords\" (its enum of listed codes) and table \"keywords_code\" both become the Dart identifier `KeywordsCode`"),
            "{e}"
        );
        // A locale named like a member of the CatalogLocale enum.
        let mut m = hostile();
        m.locales.push("all".into());
        let e = errors(&m);
        assert!(
            e.contains("locale \"all\" becomes the Dart identifier `all`"),
            "{e}"
        );
    }

    #[test]
    fn docs_cannot_run_directives_or_entities() {
        assert_eq!(
            dart_doc("a */ {@template x} &amp;"),
            r"a \*\/ {\@template x} \&amp;"
        );
    }
}
