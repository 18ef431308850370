{#- Printed into CatalogCode.swift. -#}
// MARK: - Locales
//
// Named CatalogLocale so that it never shadows Foundation.Locale, which
// `current` reads.

/// A locale the catalog has texts for.
public enum CatalogLocale: CaseIterable, Hashable, Sendable {
{%- for l in p.locales %}
    /// `{{ l.tag }}`
    case {{ l.name }}
{%- endfor %}

    /// The locale a missing text falls back to.
    public static let fallback: CatalogLocale = .{{ p.fallback_name }}

    /// The language tag, e.g. `"zh"`.
    public var tag: String {
        switch self {
{%- for l in p.locales %}
        case .{{ l.name }}: return {{ l.tag_lit }}
{%- endfor %}
        }
    }

    /// The supported locale a BCP 47 tag or platform locale string names
    /// (`"zh-Hans-CN"`, `"zh_TW"`, `"zh_TW_#Hant"`, `"in-ID"`, `"th_TH.UTF-8"`);
    /// `nil` if its language is not supported. The language is compared
    /// case-insensitively (`in`, `iw`, `ji` read as `id`, `he`, `yi`); among
    /// the locales of that language, the first whose script equals the
    /// tag's wins (a tag without a script has its language's usual one in
    /// its region: Chinese is `Hant` in TW, HK and MO, `Hans` elsewhere),
    /// else the first of that language. This is errgen's rule (src/locale.rs).
    public init?(tag: String) {
        let want = ErrgenTag(tag)
        if want.language.isEmpty {
            return nil
        }
        let sameLanguage = CatalogLocale.allCases.filter { ErrgenTag($0.tag).language == want.language }
        guard let found = sameLanguage.first(where: { ErrgenTag($0.tag).likelyScript == want.likelyScript }) ?? sameLanguage.first else {
            return nil
        }
        self = found
    }

    /// Like `init(tag:)`, but an unsupported tag gives `fallback`.
    public static func negotiate(_ tag: String) -> CatalogLocale {
        CatalogLocale(tag: tag) ?? fallback
    }

    /// The first supported locale among the user's preferred tags, else `fallback`.
    public static func negotiate<Tags: Sequence>(preferred tags: Tags) -> CatalogLocale where Tags.Element == String {
        for tag in tags {
            if let found = CatalogLocale(tag: tag) {
                return found
            }
        }
        return fallback
    }

    /// The locale of `errorDescription`, `failureReason` and
    /// `recoverySuggestion` (and so of `localizedDescription`) for every
    /// table's values: set it to the app's language. `nil`, the default,
    /// follows `CatalogLocale.current`. Safe to set from any thread.
    public static var errorLocale: CatalogLocale? {
        get { errgenErrorLocale.value }
        set { errgenErrorLocale.value = newValue }
    }

    /// The locale of `Foundation.Locale.current`, negotiated.
    public static var current: CatalogLocale {
        negotiate(Foundation.Locale.current.identifier)
    }
}

/// A locale tag taken apart: the input cut at the first `.` or `@`, split
/// at `-` and `_`; the first subtag is the language, a later one of four
/// letters the script (after an optional `#`), one of two letters or three
/// digits the region.
struct ErrgenTag {
    /// ASCII lower case, legacy codes mapped (`in` -> `id`).
    var language: String
    /// Title case (`Hant`), as written.
    var script: String?
    /// Upper case (`TW`, `419`).
    var region: String?

    init(_ tag: String) {
        var scalars = Array(tag.unicodeScalars)
        while let last = scalars.last, last.properties.isWhitespace {
            scalars.removeLast()
        }
        var trimmed = String.UnicodeScalarView()
        trimmed.append(contentsOf: scalars.drop(while: { $0.properties.isWhitespace }))
        let head = Array(String(trimmed).utf8).prefix { $0 != UInt8(ascii: ".") && $0 != UInt8(ascii: "@") }
        let parts = head.split(omittingEmptySubsequences: false) { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }
        switch errgenASCIICased(parts.first ?? [], upper: false) {
        case "in": language = "id"
        case "iw": language = "he"
        case "ji": language = "yi"
        case let other: language = other
        }
        script = nil
        region = nil
        for whole in parts.dropFirst() {
            let part = whole.first == UInt8(ascii: "#") ? whole.dropFirst() : whole
            let alpha = part.allSatisfy { (65...90).contains($0) || (97...122).contains($0) }
            if part.count == 4 && alpha && script == nil {
                script = errgenASCIICased(part.prefix(1), upper: true) + errgenASCIICased(part.dropFirst(), upper: false)
            } else if ((part.count == 2 && alpha) || (part.count == 3 && part.allSatisfy { (48...57).contains($0) })) && region == nil {
                region = errgenASCIICased(part, upper: true)
            }
        }
    }

    /// The script as written, else the one the language usually has in the
    /// region (Chinese: `Hant` in TW, HK and MO, `Hans` elsewhere).
    var likelyScript: String? {
        if let script {
            return script
        }
        if language == "zh" {
            return region == "TW" || region == "HK" || region == "MO" ? "Hant" : "Hans"
        }
        return nil
    }
}

/// `bytes` as a string with ASCII letters lower-cased (or upper-cased) and nothing else changed.
func errgenASCIICased<Bytes: Collection>(_ bytes: Bytes, upper: Bool) -> String where Bytes.Element == UInt8 {
    let from: ClosedRange<UInt8> = upper ? 97...122 : 65...90
    return String(decoding: bytes.map { from.contains($0) ? (upper ? $0 - 32 : $0 + 32) : $0 }, as: UTF8.self)
}

/// Holds `CatalogLocale.errorLocale` behind a lock.
final class ErrgenLocaleBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: CatalogLocale?

    var value: CatalogLocale? {
        get {
            lock.lock()
            defer { lock.unlock() }
            return stored
        }
        set {
            lock.lock()
            defer { lock.unlock() }
            stored = newValue
        }
    }
}

let errgenErrorLocale = ErrgenLocaleBox()
