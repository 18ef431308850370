{#- Printed into CatalogCode.swift. -#}
{%- import "swift/column.swift" as column %}
// MARK: - Kinds and actors

/// A canonical kind of problem, shared by every vendor's tables: switch on
/// it to treat the same situation from different vendors alike.
public enum Kind: CaseIterable, Hashable, Identifiable, Sendable {
{%- for k in p.kinds %}
    /// {{ k.label_doc }}{% if let Some(d) = k.description_doc %}: {{ d }}{% endif %}
    case {{ k.name }}
{%- endfor %}

    /// The kind's stable id in the catalog, e.g. `"too_dark"`.
    public var id: String {
        Storage.ids[index]
    }

    /// The kind with this id, if any.
    public init?(id: String) {
        guard let found = Kind.allCases.first(where: { $0.id.utf8.elementsEqual(id.utf8) }) else {
            return nil
        }
        self = found
    }

    /// A short label for people, in `locale`.
    public func label(in locale: CatalogLocale) -> String {
        Storage.labels(locale)[index]
    }

    /// The position in catalog order, which indexes the label arrays.
    var index: Int {
        switch self {
{%- for k in p.kinds %}
        case .{{ k.name }}: return {{ k.index }}
{%- endfor %}
        }
    }
}

extension Kind {
    /// Ids and labels, one array per locale, indexed by `Kind.index`.
    private enum Storage {
        static let ids: [String] = [
{%- for k in p.kinds %}
            {{ k.id_lit }}{% if !(loop.first && loop.last) %},{% endif %}
{%- endfor %}
        ]

        static func labels(_ locale: CatalogLocale) -> [String] {
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

/// Who must act for an error to go away. (Named CatalogActor so that it
/// never shadows the concurrency protocol `Actor`.)
public enum CatalogActor: CaseIterable, Hashable, Identifiable, Sendable {
{%- for a in p.actors %}
    /// {{ a.doc }}
    case {{ a.name }}
{%- endfor %}

    /// The actor's id in the catalog, e.g. `"user"`.
    public var id: String {
        switch self {
{%- for a in p.actors %}
        case .{{ a.name }}: return {{ a.id_lit }}
{%- endfor %}
        }
    }

    /// The actor with this id, if any.
    public init?(id: String) {
        guard let found = CatalogActor.allCases.first(where: { $0.id.utf8.elementsEqual(id.utf8) }) else {
            return nil
        }
        self = found
    }
}
