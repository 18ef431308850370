//! The Dart target: a pub package with no dependencies. Each table is a
//! Dart 3 class (sealed for a closed table) whose subtypes are a class per
//! listed code (under the sealed `<Type>Code`, whose constants are the
//! values: a value decoded from an old code is equal to its current value
//! and keeps the code received), one `final class` per code family
//! (pattern) holding its parameter, and a `final class` for unlisted codes
//! holding the raw code, so a `switch` over a closed table's type is
//! exhaustive and decoding never loses a code. Every line whose width
//! depends on the catalog is laid out here ([`layout`]) as `dart format`
//! lays it out. Its oracle follows dart.dev, "Keywords" (reserved words,
//! built-in identifiers, contextual keywords and the async-limited
//! `await`/`yield`). The locale type is `CatalogLocale`, so that it never
//! clashes with `dart:ui`'s `Locale`, which Flutter apps import everywhere.

use super::naming::{Fold, Oracle, Owner, Registry, StringRules, braced_unicode};
use super::naming::{camel, pascal, string_literal, words};
use super::view::{self, AliasView, EntryView, PackageView, PatternView, Reserved, TableView};
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
    // Members of every value (the values are static constants of
    // `<Type>Code`, which may not share a name with them), the names the
    // enum of earlier versions had, and the names of the classes derived
    // from value names (`<Type>Unknown`, `<Type>Code`, `<Type>Entry`).
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

/// A family's class, its lines laid out (see [`layout`]).
struct PatternClass<'a> {
    e: &'a EntryView,
    pat: &'a PatternView,
    class: String,
    header: String,
    ctor: String,
    prefix: String,
    suffix: String,
    match_head: String,
    match_return: String,
    entry_getter: String,
    eq: String,
    hash: String,
}

/// A listed code's class.
struct UnitClass<'a> {
    e: &'a EntryView,
    header: String,
    ctor: String,
}

/// The class of a table's listed codes (`<Type>Code`), laid out.
struct CodeGroup<'a> {
    header: String,
    first_class: String,
    first_name: String,
    /// Per listed code: its entry, its class and its constant's line.
    values: Vec<(&'a EntryView, String, String)>,
    entry_getter: String,
    eq: String,
    hash: String,
}

/// The lines of a table's class and of its entry list, laid out.
struct TableLines<'a> {
    header: String,
    from_code: String,
    from_int: Option<String>,
    from_json: String,
    table_id: String,
    table_getter: String,
    /// Each alias and its deprecated constant's line.
    aliases: Vec<(&'a AliasView, String)>,
    /// The flag set's prefix and suffix constants.
    flag_consts: Vec<String>,
    entries_head: String,
    /// Each entry's `<Type>Entry(...)`, with its trailing comma.
    entries: Vec<String>,
}

/// The class of unlisted codes, laid out.
struct UnknownClass {
    header: String,
    eq: String,
    hash: String,
}

/// A table as the Dart templates print it: every line whose width depends
/// on the catalog is laid out here as `dart format` lays it out (see
/// [`layout`]), so the package is formatter-clean.
struct DartTable<'a> {
    t: &'a TableView,
    /// `src/<file>.dart`
    file: String,
    /// The class of listed codes, e.g. `KeywordsCode`.
    enum_name: String,
    /// The const entry class, e.g. `KeywordsEntry`.
    entry_class: String,
    /// The class of unlisted codes, e.g. `KeywordsUnknown`.
    unknown_class: String,
    /// The private mixin with the members every value shares.
    mixin_name: String,
    /// The table class's lines and the entry list's.
    l: TableLines<'a>,
    group: Option<CodeGroup<'a>>,
    units: Vec<UnitClass<'a>>,
    patterns: Vec<PatternClass<'a>>,
    unknown: UnknownClass,
    by_code_head: String,
    /// `code: value,` lines of the listed codes, each code once.
    lookup: Vec<String>,
    by_alias_head: String,
    /// `old code: value,` lines, each once, none a listed code.
    alias_lookup: Vec<String>,
    has_aliases: bool,
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
    /// The export directives, laid out, sorted by path.
    exports: Vec<String>,
}

#[derive(Template)]
#[template(path = "dart/catalog_code.dart", escape = "none")]
struct CatalogCodeDart<'a> {
    p: &'a PackageView,
    tables: &'a [DartTable<'a>],
    imports: Vec<String>,
    /// The arms of `decode`'s switch, laid out.
    decode_arms: Vec<String>,
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

/// Per locale: (suffix, tag, per entry the template literal or `null`).
fn locale_templates(
    p: &PackageView,
    tpl: &[(Vec<String>, Vec<Option<String>>)],
) -> Vec<(String, String, Vec<String>)> {
    p.locales
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let lits = tpl
                .iter()
                .map(|(_, x)| x[i].clone().unwrap_or_else(|| "null".into()))
                .collect();
            (locale_suffix(&l.tag), l.tag.clone(), lits)
        })
        .collect()
}

fn dart_table<'a>(
    p: &'a PackageView,
    t: &'a TableView,
    n: &'a DartNames,
    tpl: &'a [(Vec<String>, Vec<Option<String>>)],
) -> DartTable<'a> {
    let templates = locale_templates(p, tpl);
    let params = tpl.iter().map(|(n, _)| n.join(", ")).collect();
    let has_templates = tpl.iter().any(|(_, x)| x.iter().any(Option::is_some));
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
    let (lookup, alias_lookup) = lookups(t, n);
    DartTable {
        t,
        file: n.file.clone(),
        enum_name: n.enum_name.clone(),
        entry_class: n.entry_class.clone(),
        unknown_class: n.unknown_class.clone(),
        mixin_name: n.mixin_name.clone(),
        l: table_lines(t, n, !alias_lookup.is_empty()),
        group: code_group(t, n),
        units: t
            .units()
            .zip(&n.units)
            .map(|(e, class)| UnitClass {
                e,
                header: layout::header(
                    0,
                    &format!("final class {class}"),
                    &[format!("extends {}", n.enum_name)],
                ),
                // Only a code with old codes is ever made with the code received.
                ctor: if e.aliases.is_empty() {
                    format!("const {class}._();")
                } else {
                    layout::params(2, &format!("const {class}._"), "[super._received]", ";")
                },
            })
            .collect(),
        patterns: t
            .patterns()
            .zip(&n.patterns)
            .filter_map(|(e, class)| pattern_class(t, n, e, class))
            .collect(),
        unknown: UnknownClass {
            header: members_header(t, n, &n.unknown_class),
            eq: eq(&n.unknown_class, "code"),
            hash: hash(&n.unknown_class, "code"),
        },
        by_code_head: map_head("_byCode", &n.enum_name),
        by_alias_head: map_head("_byAlias", &n.enum_name),
        has_aliases: !alias_lookup.is_empty(),
        lookup,
        alias_lookup,
        texts,
        has_units: t.units().next().is_some(),
        templates,
        params,
        has_templates,
    }
}

/// The lines of table `t`'s class and entry list, laid out; its `fromCode`
/// looks old codes up where `has_alias_lookup`.
fn table_lines<'a>(t: &'a TableView, n: &DartNames, has_alias_lookup: bool) -> TableLines<'a> {
    let ty = &t.type_name;
    let mut chain = vec![];
    if t.units().next().is_some() {
        chain.push("_byCode[code]".to_owned());
    }
    if has_alias_lookup {
        chain.push("_byAlias[code]".to_owned());
    }
    chain.extend(n.patterns.iter().map(|c| format!("{c}._match(code)")));
    chain.push(format!("{}._(code)", n.unknown_class));
    let kind = if t.open {
        "abstract final class"
    } else {
        "sealed class"
    };
    TableLines {
        header: layout::header(
            0,
            &format!("{kind} {ty}"),
            &["implements CatalogCode".into()],
        ),
        from_code: layout::arrow(
            2,
            &format!("factory {ty}.fromCode(String code)"),
            &chain,
            "??",
        ),
        from_int: t.int.then(|| {
            let body = format!("{ty}.fromCode(code.toString())");
            layout::arrow(2, &format!("factory {ty}.fromInt(int code)"), &[body], "")
        }),
        from_json: layout::arrow(
            2,
            &format!("factory {ty}.fromJson(Object? json)"),
            &[format!("{ty}.fromCode(codeOfJson(json, tableId))")],
            "",
        ),
        table_id: layout::assign(2, "static const String tableId", &t.id_lit),
        table_getter: layout::arrow(2, "String get table", &[format!("{ty}.tableId")], ""),
        aliases: t
            .aliases()
            .zip(&n.alias_classes)
            .map(|((_, a), class)| {
                let value = format!("{class}._({})", a.code_lit);
                (
                    a,
                    layout::assign(2, &format!("static const {ty} {}", a.name), &value),
                )
            })
            .collect(),
        flag_consts: t
            .flags
            .iter()
            .flat_map(|f| {
                [
                    layout::assign(2, "static const String _flagPrefix", &f.prefix_lit),
                    layout::assign(2, "static const String _flagSuffix", &f.suffix_lit),
                ]
            })
            .collect(),
        entries_head: layout::assign_to(
            0,
            &format!("const List<{}> _entries", n.entry_class),
            &format!("<{}>", n.entry_class),
            "[",
        ),
        entries: t
            .entries
            .iter()
            .map(|e| entry_call(&n.entry_class, e))
            .collect(),
    }
}

/// `const Map<String, <value>> <name> = <String, <value>>{`, laid out.
fn map_head(name: &str, value: &str) -> String {
    let ty = format!("Map<String, {value}>");
    layout::assign_to(
        0,
        &format!("const {ty} {name}"),
        &format!("<String, {value}>"),
        "{",
    )
}

/// `final class <class> with <mixin> implements <Type> {`, laid out.
fn members_header(t: &TableView, n: &DartNames, class: &str) -> String {
    layout::header(
        0,
        &format!("final class {class}"),
        &[
            format!("with {}", n.mixin_name),
            format!("implements {}", t.type_name),
        ],
    )
}

/// `bool operator ==(Object other) => other is <class> && other.<field> == <field>;`
fn eq(class: &str, field: &str) -> String {
    let ops = [
        format!("other is {class}"),
        format!("other.{field} == {field}"),
    ];
    layout::arrow(2, "bool operator ==(Object other)", &ops, "&&")
}

/// `int get hashCode => Object.hash(<class>, <field>);`
fn hash(class: &str, field: &str) -> String {
    let body = format!("Object.hash({class}, {field})");
    layout::arrow(2, "int get hashCode", &[body], "")
}

/// The `_byCode` and `_byAlias` lines: each listed code once to its value,
/// and each old code (none a listed code, each once) to its current value
/// as received with that code.
fn lookups(t: &TableView, n: &DartNames) -> (Vec<String>, Vec<String>) {
    let mut seen: Vec<&str> = Vec::new();
    let mut lookup = Vec::new();
    for e in t.units() {
        seen.push(&e.code_lit);
        let value = format!("{}.{}", n.enum_name, e.name);
        lookup.push(layout::pair(2, &format!("{}:", e.code_lit), &value, ",", 4));
    }
    let mut aliases = Vec::new();
    for ((_, a), class) in t.aliases().zip(&n.alias_classes) {
        // An alias may repeat its own entry's code; a const map may not.
        if seen.contains(&a.code_lit.as_str()) {
            continue;
        }
        seen.push(&a.code_lit);
        let value = format!("{class}._({})", a.code_lit);
        aliases.push(layout::pair(2, &format!("{}:", a.code_lit), &value, ",", 4));
    }
    (lookup, aliases)
}

/// `<Type>Entry(index, code, kind: ..., ...),` for entry `e`, laid out.
fn entry_call(class: &str, e: &EntryView) -> String {
    let mut args = vec![
        e.index.to_string(),
        e.code_lit.clone(),
        format!("kind: Kind.{}", e.kind),
        format!("actor: Actor.{}", e.actor),
        format!("retryable: {}", e.retryable),
    ];
    if let Some(pr) = &e.prompt {
        args.push(format!("prompt: Prompt.{pr}"));
    }
    if let Some(b) = e.billed {
        args.push(format!("billed: {b}"));
    }
    if let Some(pl) = &e.platform {
        args.push(format!("platform: CatalogPlatform.{pl}"));
    }
    if let Some(r) = &e.retired_in_lit {
        args.push(format!("retiredIn: {r}"));
    }
    layout::call(2, class, &args, ",")
}

/// The class of the listed codes of `t`, if it lists any.
fn code_group<'a>(t: &'a TableView, n: &DartNames) -> Option<CodeGroup<'a>> {
    let first = t.units().next()?;
    let g = &n.enum_name;
    let values = t
        .units()
        .zip(&n.units)
        .map(|(e, class)| {
            let line = layout::assign(
                2,
                &format!("static const {g} {}", e.name),
                &format!("{class}._()"),
            );
            (e, class.clone(), line)
        })
        .collect();
    Some(CodeGroup {
        header: layout::header(
            0,
            &format!("sealed class {g}"),
            &[
                format!("with {}", n.mixin_name),
                format!("implements {}", t.type_name),
            ],
        ),
        first_class: n.units[0].clone(),
        first_name: first.name.clone(),
        values,
        entry_getter: layout::arrow(
            2,
            &format!("{} get entry", n.entry_class),
            &["_entries[_index]".into()],
            "",
        ),
        eq: eq(g, "_index"),
        hash: hash(g, "_index"),
    })
}

/// A family's class, laid out.
fn pattern_class<'a>(
    t: &TableView,
    n: &DartNames,
    e: &'a EntryView,
    class: &str,
) -> Option<PatternClass<'a>> {
    let pat = e.pattern.as_ref()?;
    // An integer family's value is any 64-bit integer, so apps may make one;
    // a string family's parameter comes only from decoding.
    let (ctor, value) = if pat.int {
        (
            format!("const {class}"),
            format!("{class}(int.parse(param))"),
        )
    } else {
        (format!("const {class}._"), format!("{class}._(param)"))
    };
    Some(PatternClass {
        e,
        pat,
        class: class.to_owned(),
        header: members_header(t, n, class),
        ctor: layout::params(2, &ctor, "this.param", ";"),
        prefix: layout::assign(2, "static const String prefix", &pat.prefix_lit),
        suffix: layout::assign(2, "static const String suffix", &pat.suffix_lit),
        match_head: format!("static {class}? _match(String code) {{"),
        match_return: format!("return {value};"),
        entry_getter: layout::arrow(
            2,
            &format!("{} get entry", n.entry_class),
            &[format!("_entries[{}]", e.index)],
            "",
        ),
        eq: eq(class, "param"),
        hash: hash(class, "param"),
    })
}

/// The classes and file one table declares beyond its type.
pub struct DartNames {
    /// `<id>`, the file `lib/src/<id>.dart`.
    file: String,
    /// The class of listed codes, e.g. `KeywordsCode`.
    enum_name: String,
    entry_class: String,
    unknown_class: String,
    mixin_name: String,
    /// One class per listed code, in entry order.
    units: Vec<String>,
    /// Per alias (in [`TableView::aliases`] order), its entry's class.
    alias_classes: Vec<String>,
    /// One class per pattern entry, in entry order.
    patterns: Vec<String>,
}

/// Names the classes of table `t`, claiming each in the package's scope
/// (they share it with every table type and the package's own types).
fn dart_names(t: &TableView, reg: &mut Registry) -> DartNames {
    let ty = &t.type_name;
    let class = |e: &EntryView| format!("{ty}{}", pascal(&e.words));
    let n = DartNames {
        file: t.id.clone(),
        enum_name: format!("{ty}Code"),
        entry_class: format!("{ty}Entry"),
        unknown_class: format!("{ty}Unknown"),
        mixin_name: format!("_{ty}Members"),
        units: t.units().map(class).collect(),
        alias_classes: t.aliases().map(|(e, _)| class(e)).collect(),
        patterns: t.patterns().map(class).collect(),
    };
    for (class, role) in [
        (&n.enum_name, "class of listed codes"),
        (&n.entry_class, "entry class"),
        (&n.unknown_class, "class of unknown codes"),
    ] {
        let owner = Owner::catalog(format!("{} (its {role})", t.what), &t.loc);
        reg.ident(view::TYPES_SCOPE, Fold::Exact, class, owner);
    }
    for (e, class) in t.units().zip(&n.units) {
        let owner = Owner::catalog(
            format!("entry {:?} of {} (its class)", e.code, t.what),
            &e.loc,
        );
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

/// The export directives of the library file, laid out, by path.
fn exports(tables: &[DartTable]) -> Vec<String> {
    let mut exports: Vec<(String, &str)> = vec![
        (
            "src/catalog_code.dart".into(),
            "CatalogCode, CatalogPlatform, decode, tableIds",
        ),
        ("src/kind.dart".into(), "Actor, Kind"),
        ("src/locale.dart".into(), "CatalogLocale"),
        ("src/prompt.dart".into(), "Prompt"),
        ("src/version.dart".into(), "catalogVersion"),
    ];
    exports.extend(tables.iter().map(|d| (format!("src/{}.dart", d.file), "")));
    exports.sort();
    exports
        .into_iter()
        .map(|(path, show)| {
            let head = format!("export '{path}'");
            if show.is_empty() {
                format!("{head};")
            } else {
                layout::clauses(0, &head, &[format!("show {show}")], ";")
            }
        })
        .collect()
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
    let decode_arms = tables
        .iter()
        .map(|d| {
            let value = format!("{}.fromCode(code)", d.t.type_name);
            layout::pair(6, &format!("{} =>", d.t.id_lit), &value, ",", 2)
        })
        .collect();
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
                decode_arms,
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
        members: super::surface::DART_MEMBERS,
    };
    // A listed code is a constant of `<Table>Code`, a family a class of its
    // own; old codes (aliases) stay constants of the table's type.
    let case_path = |i: usize, t: &TableView, e: &EntryView| {
        let n = &v.names[i];
        match t.patterns().position(|p| std::ptr::eq(p, e)) {
            Some(k) => Some(n.patterns[k].clone()),
            None => Some(format!("{}.{}", n.enum_name, e.name)),
        }
    };
    super::surface::surface_with(&v.p, &names, &case_path)
}

/// See [`view::relabel`].
pub fn relabel(v: &mut DartView, m: &Model) {
    view::relabel(&DartOracle, &mut v.p, m);
}

pub fn generate(m: &Model) -> GenResult {
    files(&view(m)?)
}

/// Lines whose width depends on the catalog, laid out as `dart format`
/// lays them out for the package's language version (3.0, from its SDK
/// constraint: the formatter's short style) at its page width, so that the
/// generated package is formatter-clean whatever the names and codes are.
/// Each function returns the text from the first line's indentation on
/// (`indent` is where that line starts); continuation lines carry their own.
/// tests/lang_dart.rs runs `dart format --set-exit-if-changed` on packages
/// of the real catalog and of the fixtures.
mod layout {
    /// dart format's default page width.
    const WIDTH: usize = 80;

    /// Width as dart format counts it: UTF-16 code units.
    fn width(s: &str) -> usize {
        s.encode_utf16().count()
    }

    fn fits(indent: usize, line: &str) -> bool {
        indent + width(line) <= WIDTH
    }

    fn pad(n: usize) -> String {
        " ".repeat(n)
    }

    /// `first clause... end` (`end` is ` {` for a class header, `;` for an
    /// export): on one line where it fits, else every clause on a line of
    /// its own, 4 deeper.
    pub fn clauses(indent: usize, first: &str, clauses: &[String], end: &str) -> String {
        let one = format!("{first} {}{end}", clauses.join(" "));
        if fits(indent, &one) {
            return one;
        }
        let sep = format!("\n{}", pad(indent + 4));
        format!("{first}{sep}{}{end}", clauses.join(&sep))
    }

    /// A class header: `first clause... {`.
    pub fn header(indent: usize, first: &str, clauses: &[String]) -> String {
        self::clauses(indent, first, clauses, " {")
    }

    /// `head => a op b ...;`: on one line where it fits; else the body on
    /// the next line, 4 deeper; else each operand on a line of its own,
    /// the operator ending the line before.
    pub fn arrow(indent: usize, head: &str, operands: &[String], op: &str) -> String {
        let chain = operands.join(&format!(" {op} "));
        let one = format!("{head} => {chain};");
        if fits(indent, &one) {
            return one;
        }
        let inner = indent + 4;
        if operands.len() == 1 || fits(inner, &format!("{chain};")) {
            return format!("{head} =>\n{}{chain};", pad(inner));
        }
        let sep = format!(" {op}\n{}", pad(inner));
        format!("{head} =>\n{}{};", pad(inner), operands.join(&sep))
    }

    /// `lhs = rhs;`, or the value on the next line, 4 deeper (and the
    /// declared name too, where `lhs =` alone is too wide).
    pub fn assign(indent: usize, lhs: &str, rhs: &str) -> String {
        assign_to(indent, lhs, rhs, ";")
    }

    /// `lhs = rhs end`, laid out as [`assign`] does (`end` is `;`, or the
    /// opening bracket of a literal after `rhs`, its type arguments).
    pub fn assign_to(indent: usize, lhs: &str, rhs: &str, end: &str) -> String {
        let one = format!("{lhs} = {rhs}{end}");
        if fits(indent, &one) {
            return one;
        }
        let inner = pad(indent + 4);
        match lhs.rsplit_once(' ') {
            Some((decl, name)) if !fits(indent, &format!("{lhs} =")) => {
                format!("{decl}\n{inner}{name} =\n{inner}{rhs}{end}")
            }
            _ => format!("{lhs} =\n{inner}{rhs}{end}"),
        }
    }

    /// `key value tail` (a map entry, `key` ending in `:`; a switch arm,
    /// `key` ending in `=>`), or the value on the next line, `deeper` more.
    pub fn pair(indent: usize, key: &str, value: &str, tail: &str, deeper: usize) -> String {
        let one = format!("{key} {value}{tail}");
        if fits(indent, &one) {
            return one;
        }
        format!("{key}\n{}{value}{tail}", pad(indent + deeper))
    }

    /// `callee(args)tail`: on one line where it fits, else one argument per
    /// line with a trailing comma (which the formatter keeps that way).
    pub fn call(indent: usize, callee: &str, args: &[String], tail: &str) -> String {
        let one = format!("{callee}({}){tail}", args.join(", "));
        if fits(indent, &one) {
            return one;
        }
        let inner = pad(indent + 2);
        let mut out = format!("{callee}(\n");
        for a in args {
            out.push_str(&format!("{inner}{a},\n"));
        }
        out.push_str(&format!("{}){tail}", pad(indent)));
        out
    }

    /// A declaration with one parameter, `name(param)tail`, or the
    /// parameter on the next line, 4 deeper.
    pub fn params(indent: usize, name: &str, param: &str, tail: &str) -> String {
        let one = format!("{name}({param}){tail}");
        if fits(indent, &one) {
            return one;
        }
        format!("{name}(\n{}{param}){tail}", pad(indent + 4))
    }
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
        // A table whose type is another table's class of listed codes.
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
            e.contains("table \"keywords\" (its class of listed codes) and table \"keywords_code\" both become the Dart identifier `KeywordsCode`"),
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
    fn lines_are_laid_out_at_the_formatter_width() {
        let long = "A".repeat(60);
        // Fits: one line.
        assert_eq!(
            layout::assign(2, "static const X a", "Y._()"),
            "static const X a = Y._();"
        );
        // The value on the next line, 4 deeper; the name too where `lhs =` is too wide.
        assert_eq!(
            layout::assign(2, &format!("static const {long} a"), "Y._()"),
            format!("static const {long} a =\n      Y._();")
        );
        assert_eq!(
            layout::assign(2, &format!("static const {long} {long}"), "Y"),
            format!("static const {long}\n      {long} =\n      Y;")
        );
        // A chain after `=>`: on the next line, else one operand a line.
        let ops = [format!("other is {long}"), "other.code == code".to_owned()];
        assert_eq!(
            layout::arrow(2, "bool operator ==(Object other)", &ops, "&&"),
            format!(
                "bool operator ==(Object other) =>\n      other is {long} &&\n      other.code == code;"
            )
        );
        // Arguments one per line with a trailing comma; widths in UTF-16 units.
        let args = ["0".to_owned(), format!("'{}'", "字".repeat(70))];
        assert_eq!(
            layout::call(2, "E", &args, ","),
            format!("E(\n    0,\n    '{}',\n  ),", "字".repeat(70))
        );
        assert_eq!(layout::call(2, "E", &args[..1], ","), "E(0),");
        assert_eq!(
            layout::header(0, &format!("final class {long}"), &["extends B".into()]),
            format!("final class {long}\n    extends B {{")
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
