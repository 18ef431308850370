// {{ p.header }}
// {{ t.title_doc }}
//
// Vendor: {{ t.vendor_doc }}. Transcribed from {{ t.source_doc }}.
{%- if let Some(note) = t.note_doc %}
//
// {{ note }}
{%- endif %}
import Foundation
{%- import "swift/column.swift" as column %}

/// {{ t.title_doc }}
///
/// Decode a raw code with `{{ t.type_name }}(code:)` (a `String`{% if t.int %} or an `Int`{% endif %}).
/// A code this table does not list decodes to `.{{ t.unknown_name }}`, which keeps it.
{%- if t.open %}
/// The vendor says codes exist beyond this table.
{%- endif %}
public enum {{ t.type_name }}: CatalogCode, LocalizedError, Hashable, Sendable {
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
    /// A family of codes: holds the {{ pat.param_doc }} parameter as sent.
    case {{ e.name }}(param: String)
{%- else %}
    case {{ e.name }}
{%- endif %}
{%- endfor %}
    /// A code this table does not list; keeps the raw code.
    case {{ t.unknown_name }}(String)

    /// The table's id in the catalog.
    public static let tableID: String = {{ t.id_lit }}
    /// Whether the vendor says codes exist beyond this table.
    public static let isOpen: Bool = {{ t.open }}

    /// Every listed code's value (families and `.{{ t.unknown_name }}` excepted), in catalog order.
    public static let allKnown: [{{ t.type_name }}] = [
{%- for e in units %}
        {{ t.type_name }}.{{ e.name }},
{%- endfor %}
    ]
{%- for r in aliases %}

    /// The old code {{ r.a.code_doc }}, retired in version {{ r.a.retired_in_doc }}.
    @available(*, deprecated, renamed: {{ r.renamed_lit }}, message: "an old code: use the value it now decodes to")
    public static let {{ r.a.name }}: {{ t.type_name }} = .{{ r.target }}
{%- endfor %}

    /// Decodes a code as the vendor sends it. Never fails: an unlisted code
    /// gives `.{{ t.unknown_name }}` with the code.
    public init(code: String) {
        let bytes = Array(code.utf8)
        if let found = Storage.lookup[bytes] {
            self = found
            return
        }
{%- for e in patterns %}
{%- if let Some(pat) = e.pattern %}
        if let param = errgenPatternParam(bytes, prefix: {{ pat.prefix_lit }}, suffix: {{ pat.suffix_lit }}, int: {{ pat.int }}) {
            self = .{{ e.name }}(param: param)
            return
        }
{%- endif %}
{%- endfor %}
        self = .{{ t.unknown_name }}(code)
    }
{%- if t.int %}

    /// Decodes an integer code.
    public init(code: Int) {
        self.init(code: String(code))
    }
{%- endif %}
{%- if let Some(f) = t.flags %}

    /// Decodes a set of flags written as {{ f.format_doc }} (or the bare
    /// characters): one value per character, sorted by code, without
    /// repeats. Unlisted characters give `.{{ t.unknown_name }}`.
    public static func decodeFlags(_ s: String) -> [{{ t.type_name }}] {
        errgenSortedUnique(errgenFlagChars(s, prefix: {{ f.prefix_lit }}, suffix: {{ f.suffix_lit }}).map { {{ t.type_name }}(code: String($0)) })
    }
{%- endif %}

    /// The position among the table's entries, which indexes the text arrays.
    var index: Int? {
        switch self {
{%- for e in t.entries %}
        case .{{ e.name }}: return {{ e.index }}
{%- endfor %}
        case .{{ t.unknown_name }}: return nil
        }
    }

    /// The table's id in the catalog.
    public var table: String {
        {{ t.type_name }}.tableID
    }

    /// The code as the vendor sends it.
    public var code: String {
        switch self {
{%- for e in patterns %}
{%- if let Some(pat) = e.pattern %}
        case .{{ e.name }}(let param): return {{ pat.prefix_lit }} + param + {{ pat.suffix_lit }}
{%- endif %}
{%- endfor %}
        case .{{ t.unknown_name }}(let code): return code
{%- if !units.is_empty() %}
        default: return index.map { Storage.codes[$0] } ?? ""
{%- endif %}
        }
    }

    /// Whether the code is listed in the catalog.
    public var isKnown: Bool {
        index != nil
    }

    /// The message for the end user in `locale`; for an unknown code, the
    /// generic prompt `Prompt.{{ p.unknown_prompt }}`.
    public func message(in locale: CatalogLocale) -> String {
        guard let i = index else {
            return Prompt.{{ p.unknown_prompt }}.text(in: locale)
        }
        return Storage.messages(locale)[i]
    }

    /// What the integrating developer can do, in `locale`, where the vendor says.
    public func solution(in locale: CatalogLocale) -> String? {
{%- if t.has_solutions %}
        index.flatMap { Storage.solutionRows[$0] }.map { Storage.solutions(locale)[$0] }
{%- else %}
        nil
{%- endif %}
    }

    /// Whether the vendor bills the call that returned this code, where it says.
    public var billed: Bool? {
        index.flatMap { Storage.billed[$0] }
    }

    /// The platform the code occurs on, where the vendor says.
    public var platform: Platform? {
        index.flatMap { Storage.platforms[$0] }
    }

    /// The version that retired this code, for old codes with no successor.
    public var retiredIn: String? {
        index.flatMap { Storage.retiredIn[$0] }
    }

    /// The canonical kind; `Kind.{{ p.unknown_kind }}` for an unlisted code.
    public var kind: Kind {
        index.map { Storage.kinds[$0] } ?? Kind.{{ p.unknown_kind }}
    }

    /// Who must act; for an unlisted code, the developer (who has to look at it).
    public var actor: CatalogActor {
        index.map { Storage.actors[$0] } ?? CatalogActor.{{ p.unknown_actor }}
    }

    /// Whether trying again (after the actor acted) can succeed; false for an unlisted code.
    public var retryable: Bool {
        index.map { Storage.retryable[$0] } ?? false
    }

    /// The prompt to show the end user, where they can fix the problem.
    public var prompt: Prompt? {
        index.flatMap { Storage.prompts[$0] }
    }

    /// The message in `CatalogLocale.current`.
    public var errorDescription: String? {
        message(in: .current)
    }

    /// `code: message` in the fallback locale.
    public var description: String {
        code + ": " + message(in: .fallback)
    }
}

extension {{ t.type_name }} {
    /// The table's data: one array per field and per locale, indexed by
    /// `{{ t.type_name }}.index`.
    private enum Storage {
{%- call column::column(codes) %}{% endcall %}

        /// Listed codes and old codes, by their UTF-8 bytes.
        static let lookup: [[UInt8]: {{ t.type_name }}] = {
            var found: [[UInt8]: {{ t.type_name }}] = [:]
            for value in {{ t.type_name }}.allKnown {
                if let i = value.index {
                    found[Array(codes[i].utf8)] = value
                }
            }
            for (i, old) in aliasCodes.enumerated() where found[Array(old.utf8)] == nil {
                found[Array(old.utf8)] = aliasValues[i]
            }
            return found
        }()

        static let aliasCodes: [String] = [
{%- for r in aliases %}
            {{ r.a.code_lit }},
{%- endfor %}
        ]

        static let aliasValues: [{{ t.type_name }}] = [
{%- for r in aliases %}
            {{ t.type_name }}.{{ r.target }},
{%- endfor %}
        ]

        static let billed: [Bool?] = [
{%- for e in t.entries %}
            {% match e.billed %}{% when Some(true) %}true{% when Some(false) %}false{% when None %}nil{% endmatch %},
{%- endfor %}
        ]

        static let platforms: [Platform?] = [
{%- for e in t.entries %}
            {% if let Some(pl) = e.platform %}Platform.{{ pl }}{% else %}nil{% endif %},
{%- endfor %}
        ]

        static let retiredIn: [String?] = [
{%- for e in t.entries %}
            {% if let Some(r) = e.retired_in_lit %}{{ r }}{% else %}nil{% endif %},
{%- endfor %}
        ]

        static let kinds: [Kind] = [
{%- for e in t.entries %}
            Kind.{{ e.kind }},
{%- endfor %}
        ]

        static let actors: [CatalogActor] = [
{%- for e in t.entries %}
            CatalogActor.{{ e.actor }},
{%- endfor %}
        ]

        static let retryable: [Bool] = [
{%- for e in t.entries %}
            {{ e.retryable }},
{%- endfor %}
        ]

        static let prompts: [Prompt?] = [
{%- for e in t.entries %}
            {% if let Some(pr) = e.prompt %}Prompt.{{ pr }}{% else %}nil{% endif %},
{%- endfor %}
        ]

        static func messages(_ locale: CatalogLocale) -> [String] {
            switch locale {
{%- for c in messages %}
            case .{{ c.locale }}: return {{ c.name }}
{%- endfor %}
            }
        }
{%- for c in messages %}
{% call column::column(c) %}{% endcall %}
{%- endfor %}
{%- if t.has_solutions %}

        static func solutions(_ locale: CatalogLocale) -> [String] {
            switch locale {
{%- for c in solutions %}
            case .{{ c.locale }}: return {{ c.name }}
{%- endfor %}
            }
        }

        static let solutionRows: [Int?] = [
{%- for r in solution_rows %}
            {% if let Some(r) = r %}{{ r }}{% else %}nil{% endif %},
{%- endfor %}
        ]
{%- for c in solutions %}
{% call column::column(c) %}{% endcall %}
{%- endfor %}
{%- endif %}
    }
}
