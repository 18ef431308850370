// {{ p.header }}
// Named CatalogLocale so that it never shadows Foundation.Locale, which
// `current` reads.
import Foundation

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
    /// (`"zh-Hans-CN"`, `"zh_TW"`, `"in-ID"`, `"th_TH.UTF-8"`), by its
    /// language subtag, case-insensitively; `nil` if unsupported.
    public init?(tag: String) {
        let lang = errgenLanguageSubtag(tag)
        guard let found = CatalogLocale.allCases.first(where: { errgenASCIILowercased($0.tag) == lang }) else {
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

/// `s` with ASCII letters lower-cased and nothing else changed.
func errgenASCIILowercased(_ s: String) -> String {
    String(decoding: s.utf8.map { (65...90).contains($0) ? $0 + 32 : $0 }, as: UTF8.self)
}

/// The language subtag of a locale string (after trimming white space, up
/// to the first `-`, `_`, `.` or `@`), ASCII-lower-cased, with legacy codes
/// mapped to current ones (`in` -> `id`, `iw` -> `he`, `ji` -> `yi`).
func errgenLanguageSubtag(_ tag: String) -> String {
    var scalars = Array(tag.unicodeScalars)
    while let last = scalars.last, last.properties.isWhitespace {
        scalars.removeLast()
    }
    var lang = String.UnicodeScalarView()
    for s in scalars.drop(while: { $0.properties.isWhitespace }) {
        if s == "-" || s == "_" || s == "." || s == "@" {
            break
        }
        lang.append(s)
    }
    switch errgenASCIILowercased(String(lang)) {
    case "in": return "id"
    case "iw": return "he"
    case "ji": return "yi"
    case let other: return other
    }
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
