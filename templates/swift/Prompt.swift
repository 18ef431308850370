{#- Printed into CatalogCode.swift. -#}
{%- import "swift/column.swift" as column %}
// MARK: - Prompts

/// A prompt shown to the end user.
public enum Prompt: CaseIterable, Hashable, Sendable {
{%- for pr in p.prompts %}
    /// {{ pr.text_doc }}
    case {{ pr.name }}
{%- endfor %}

    /// The prompt's stable key in the catalog, e.g. `"light_too_dark"`.
    public var key: String {
        Storage.keys[index]
    }

    /// The prompt with this key, if any.
    public init?(key: String) {
        guard let found = Prompt.allCases.first(where: { $0.key.utf8.elementsEqual(key.utf8) }) else {
            return nil
        }
        self = found
    }

    /// The prompt's text in `locale`.
    public func text(in locale: CatalogLocale) -> String {
        Storage.texts(locale)[index]
    }

    /// The position in catalog order, which indexes the text arrays.
    var index: Int {
        switch self {
{%- for pr in p.prompts %}
        case .{{ pr.name }}: return {{ pr.index }}
{%- endfor %}
        }
    }
}

extension Prompt {
    /// Keys and texts, one array per locale, indexed by `Prompt.index`.
    private enum Storage {
        static let keys: [String] = [
{%- for pr in p.prompts %}
            {{ pr.key_lit }}{% if !(loop.first && loop.last) %},{% endif %}
{%- endfor %}
        ]

        static func texts(_ locale: CatalogLocale) -> [String] {
            switch locale {
{%- for c in columns %}
            case .{{ c.locale }}: return {{ c.name }}
{%- endfor %}
            }
        }
{%- for c in columns %}
{% call column::column(c) %}{% endcall %}
{%- endfor %}
    }
}
