{#- One table, printed into a Codes<n>.swift file with others (see Tables.swift). -#}
{%- import "swift/column.swift" as column %}
// MARK: - {{ t.title_doc }}
//
// Vendor: {{ t.vendor_doc }}. Transcribed from {{ t.source_doc }}.
{%- if let Some(note) = t.note_doc %}
//
// {{ note }}
{%- endif %}

/// {{ t.title_doc }}
///
/// Decode a raw code with `{{ t.type_name }}(code:)` (a `String`{% if t.int %} or an `Int`{% endif %}).
/// A code this table does not list decodes to an unknown value that keeps
/// it (`isKnown` is false); apps cannot make one themselves. A value decoded
/// from an old code equals the current value and still reports the code
/// received (`received`).
{%- if t.open %}
///
/// The vendor says codes exist beyond this table, so this is a struct with
/// one static member per code, not an enum: match it with `case .name:` and
/// keep a `default:` branch (codes added to it come in minor versions).
public struct {{ t.type_name }}: CatalogCode, LocalizedError, Hashable, Sendable {
    /// The entry's position (nil for an unknown code).
    let index: Int?
    /// A family's parameter as sent.
    let param: String?
    /// The code received, where it differs from `code` (an old code, an unknown code).
    let receivedCode: String?

    init(index: Int?, param: String? = nil, received: String? = nil) {
        self.index = index
        self.param = param
        self.receivedCode = received
    }
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
    /// A family of codes: the value with this {{ pat.param_doc }} parameter.
    public static func {{ e.name }}(param: {% if pat.int %}Int64{% else %}String{% endif %}) -> {{ t.type_name }} {
        {{ t.type_name }}(index: {{ e.index }}, param: {% if pat.int %}String(param){% else %}param{% endif %})
    }

    /// The {{ pat.param_doc }} parameter, when this is a value of the family `{{ bare_names[e.index] }}(param:)`.
    public var {{ bare_names[e.index] }}Param: {% if pat.int %}Int64{% else %}String{% endif %}? {
        index == {{ e.index }} ? param{% if pat.int %}.flatMap { Int64($0) }{% endif %} : nil
    }
{%- else %}
    public static let {{ e.name }} = {{ t.type_name }}(index: {{ e.index }})
{%- endif %}
{%- endfor %}

    /// The value of entry `i` (not a family), decoded from `received`.
    static func entry(_ i: Int, received: String?) -> {{ t.type_name }} {
        {{ t.type_name }}(index: i, received: received)
    }

    /// The code received, for values that came from decoding.
    public var received: String {
        receivedCode ?? code
    }
{%- else %}
///
/// The vendor's list is complete, so this is an enum: a `switch` over it
/// needs no `default:` (a code added to it is a breaking change).
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
    case {{ e.name }}(param: {% if pat.int %}Int64{% else %}String{% endif %})
{%- else if !e.aliases.is_empty() %}
    ///
    /// Decoded from an old code, it holds the code received (match it with
    /// `case .{{ bare_names[e.index] }}:`; write the value as `.{{ bare_names[e.index] }}`).
    case {{ e.name }}(received: ReceivedCode?)
{%- else %}
    case {{ e.name }}
{%- endif %}
{%- endfor %}
    /// A code this table does not list; keeps the raw code. Only decoding makes one.
    case {{ t.unknown_name }}(ReceivedCode)
{%- for e in t.entries %}
{%- if e.pattern.is_none() && !e.aliases.is_empty() %}

    /// {{ e.code_doc }}: {{ e.message_doc }}
    public static var {{ e.name }}: {{ t.type_name }} {
        .{{ e.name }}(received: nil)
    }
{%- endif %}
{%- endfor %}

    /// This value decoded from its old code `received`.
    func decoded(from received: String) -> {{ t.type_name }} {
{%- if alias_units.is_empty() %}
        self
{%- else %}
        switch self {
{%- for e in alias_units %}
        case .{{ e.name }}: return .{{ e.name }}(received: ReceivedCode(received))
{%- endfor %}
        default: return self
        }
{%- endif %}
    }

    /// The code received, for values that came from decoding.
    public var received: String {
        switch self {
{%- for e in units %}
{%- if !e.aliases.is_empty() %}
        case .{{ e.name }}(let r): return r?.code ?? code
{%- endif %}
{%- endfor %}
        case .{{ t.unknown_name }}(let r): return r.code
        default: return code
        }
    }
{%- endif %}

    /// Values are equal when their codes are (byte for byte): a value
    /// decoded from an old code equals the current value.
    public static func == (lhs: {{ t.type_name }}, rhs: {{ t.type_name }}) -> Bool {
        lhs.isKnown == rhs.isKnown && lhs.code.utf8.elementsEqual(rhs.code.utf8)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(isKnown)
        for byte in code.utf8 {
            hasher.combine(byte)
        }
    }

    /// The table's id in the catalog.
    public static let tableID: String = {{ t.id_lit }}
    /// Whether the vendor says codes exist beyond this table.
    public static let isOpen: Bool = {{ t.open }}

    /// Every listed code's value (families and unknown values excepted), in catalog order.
    public static let allKnown: [{{ t.type_name }}] = [{% if !units.is_empty() %}
{%- for e in units %}
        {{ t.type_name }}.{{ e.name }}{% if !(loop.first && loop.last) %},{% endif %}
{%- endfor %}
    {% endif %}]
{%- for r in aliases %}

    /// The old code {{ r.a.code_doc }}, retired in version {{ r.a.retired_in_doc }}.
    @available(*, deprecated, renamed: {{ r.renamed_lit }}, message: "an old code: use the value it now decodes to")
    public static let {{ r.a.name }}: {{ t.type_name }} = .{{ r.target }}
{%- endfor %}

    /// Decodes a code as the vendor sends it. Never fails: an unlisted code
    /// gives an unknown value that keeps the code.
    public init(code: String) {
        let bytes = Array(code.utf8)
{%- if t.open %}
        if let found = Storage.lookup[bytes] {
            self = {{ t.type_name }}.entry(found, received: bytes == Array(Storage.codes[found].utf8) ? nil : code)
            return
        }
{%- else %}
        if let found = Storage.lookup[bytes] {
            let value = {{ t.type_name }}.allKnown[found]
            self = bytes == Array(value.code.utf8) ? value : value.decoded(from: code)
            return
        }
{%- endif %}
{%- for e in patterns %}
{%- if let Some(pat) = e.pattern %}
{%- if pat.int %}
        if let param = errgenPatternParam(bytes, prefix: {{ pat.prefix_lit }}, suffix: {{ pat.suffix_lit }}, int: true), let n = Int64(param) {
            self = .{{ e.name }}(param: n)
            return
        }
{%- else %}
        if let param = errgenPatternParam(bytes, prefix: {{ pat.prefix_lit }}, suffix: {{ pat.suffix_lit }}, int: false) {
            self = .{{ e.name }}(param: param)
            return
        }
{%- endif %}
{%- endif %}
{%- endfor %}
{%- if t.open %}
        self.init(index: nil, received: code)
{%- else %}
        self = .{{ t.unknown_name }}(ReceivedCode(code))
{%- endif %}
    }
{%- if t.int %}

    /// Decodes an integer code.
    public init(code: Int) {
        self.init(code: String(code))
    }
{%- endif %}
{%- if let Some(f) = t.flags %}

    /// Decodes a set of flags written exactly as {{ f.format_doc }}: one
    /// value per character, sorted by code, without repeats; an unlisted
    /// character gives an unknown value. A string in any other form (white
    /// space around it, the bare characters) gives one unknown value with
    /// the whole string.
    public static func decodeFlags(_ s: String) -> [{{ t.type_name }}] {
        guard let chars = errgenFlagChars(s, prefix: {{ f.prefix_lit }}, suffix: {{ f.suffix_lit }}) else {
            return [{{ t.type_name }}(code: "\u{1}" + s)].map { _ in {{ t.type_name }}.unknownValue(s) }
        }
        return errgenSortedUnique(chars.map { {{ t.type_name }}(code: String($0)) })
    }
{%- endif %}

    /// An unknown value keeping `code` (which may be a listed code).
    static func unknownValue(_ code: String) -> {{ t.type_name }} {
{%- if t.open %}
        {{ t.type_name }}(index: nil, received: code)
{%- else %}
        .{{ t.unknown_name }}(ReceivedCode(code))
{%- endif %}
    }

{%- if !t.open %}
    /// The position among the table's entries, which indexes the text arrays.
    var index: Int? {
        switch self {
{%- for e in t.entries %}
        case .{{ e.name }}: return {{ e.index }}
{%- endfor %}
        case .{{ t.unknown_name }}: return nil
        }
    }
{%- endif %}

    /// The table's id in the catalog.
    public var table: String {
        {{ t.type_name }}.tableID
    }

    /// The code as the vendor sends it (for an old code, the current code).
    public var code: String {
{%- if t.open %}
        guard let i = index else {
            return receivedCode ?? ""
        }
        switch i {
{%- for e in patterns %}
{%- if let Some(pat) = e.pattern %}
        case {{ e.index }}: return {{ pat.prefix_lit }} + (param ?? "") + {{ pat.suffix_lit }}
{%- endif %}
{%- endfor %}
        default: return Storage.codes[i]
        }
{%- else %}
        switch self {
{%- for e in patterns %}
{%- if let Some(pat) = e.pattern %}
        case .{{ e.name }}(let param): return {{ pat.prefix_lit }} + String(param) + {{ pat.suffix_lit }}
{%- endif %}
{%- endfor %}
        case .{{ t.unknown_name }}(let received): return received.code
{%- if !units.is_empty() %}
        default: return index.map { Storage.codes[$0] } ?? ""
{%- endif %}
        }
{%- endif %}
    }

    /// Whether the code is listed in the catalog.
    public var isKnown: Bool {
        index != nil
    }

    /// The message for the end user in `locale`; for an unknown code, the
    /// generic prompt `Prompt.{{ p.unknown_prompt }}`. A family member's
    /// parameter is filled into the template where the locale has one.
    public func message(in locale: CatalogLocale) -> String {
        guard let i = index else {
            return Prompt.{{ p.unknown_prompt }}.text(in: locale)
        }
{%- if x.templates.is_some() %}
        if let name = Storage.patternParams[i], let value = paramText,
            let filled = errgenFill(Storage.templates(locale)[i], names: Storage.paramNames[i] ?? [], values: [name: value])
        {
            return filled
        }
{%- endif %}
        return Storage.messages(locale)[i]
    }

    /// The message as the catalog writes it, with no parameter filled in
    /// (for a family member too); for an unknown code, the generic prompt.
    public func plainMessage(in locale: CatalogLocale) -> String {
        guard let i = index else {
            return Prompt.{{ p.unknown_prompt }}.text(in: locale)
        }
        return Storage.messages(locale)[i]
    }

    /// The message with parameter values (by their names in the catalog)
    /// filled into the entry's template in `locale`. Without a template in
    /// that locale, or without a value for a parameter it names, the
    /// message (`message(in:)`), which has no placeholders.
    public func message(in locale: CatalogLocale, params values: [String: String]) -> String {
{%- if x.templates.is_some() %}
        guard let i = index else {
            return message(in: locale)
        }
        var all = values
        if let name = Storage.patternParams[i], let value = paramText {
            all[name] = value
        }
        return errgenFill(Storage.templates(locale)[i], names: Storage.paramNames[i] ?? [], values: all) ?? message(in: locale)
{%- else %}
        message(in: locale)
{%- endif %}
    }
{%- for sig in x.signatures %}

    /// The message with these parameters filled in, where the value's
    /// template names them (see `message(in:params:)`).
    public func message(in locale: CatalogLocale{% for a in sig.params %}, {{ a.label }}: {{ a.ty }}{% endfor %}) -> String {
        message(in: locale, params: [{% for a in sig.params %}{% if !loop.first %}, {% endif %}{{ a.name_lit }}: {% if a.ty == "Int64" %}String({{ a.label }}){% else %}{{ a.label }}{% endif %}{% endfor %}])
    }
{%- endfor %}

    /// The names (as in the catalog) of the parameters the template of this
    /// value's entry can take, a family's own parameter first.
    public var parameterNames: [String] {
{%- if x.templates.is_some() %}
        index.flatMap { Storage.paramNames[$0] } ?? []
{%- else %}
        []
{%- endif %}
    }

    /// A family member's parameter as text (nil for other values).
    var paramText: String? {
{%- if t.open %}
        param
{%- else %}
        switch self {
{%- for e in patterns %}
        case .{{ e.name }}(let param): return String(param)
{%- endfor %}
        default: return nil
        }
{%- endif %}
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

    /// The message in `CatalogLocale.errorLocale` (set by the app; by
    /// default the negotiated `Foundation.Locale.current`).
    public var errorDescription: String? {
        message(in: CatalogLocale.errorLocale ?? .current)
    }

    /// The kind's label in `CatalogLocale.errorLocale`; nil for an unlisted code.
    public var failureReason: String? {
        isKnown ? kind.label(in: CatalogLocale.errorLocale ?? .current) : nil
    }

    /// The prompt for the end user in `CatalogLocale.errorLocale`, where
    /// the catalog gives one.
    public var recoverySuggestion: String? {
        prompt?.text(in: CatalogLocale.errorLocale ?? .current)
    }

    /// `code: message` in the fallback locale.
    public var description: String {
        code + ": " + message(in: .fallback)
    }
}

extension {{ t.type_name }}: CustomNSError {
    /// `"{{ p.pkg.name }}.{{ t.id }}"`: the package's name and the table's id.
    public static var errorDomain: String {
        "{{ p.pkg.name }}." + tableID
    }

{%- if t.int %}
    /// The vendor's integer code (the current code for an old one); for a
    /// received code that is not an integer, `errgenStableCode` of it.
    public var errorCode: Int {
        Int(code) ?? errgenStableCode(code)
    }
{%- else %}
    /// A stable number for the code: FNV-1a (32 bits) of its UTF-8 bytes
    /// with the top bit cleared (see `errgenStableCode`); it depends on the
    /// code alone, never on its position in the catalog.
    public var errorCode: Int {
        errgenStableCode(code)
    }
{%- endif %}

    /// The texts in `CatalogLocale.errorLocale`, under Foundation's keys.
    public var errorUserInfo: [String: Any] {
        errgenUserInfo(self)
    }
}

extension {{ t.type_name }}: Codable {
    /// Decodes the raw code (a string{% if t.int %} or an integer{% endif %}), as `init(code:)` does.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
{%- if t.int %}
        if let number = try? container.decode(Int64.self) {
            self.init(code: String(number))
            return
        }
{%- endif %}
        self.init(code: try container.decode(String.self))
    }

    /// Encodes the code received{% if t.int %} (as an integer when it is one){% endif %}.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
{%- if t.int %}
        if let number = Int64(received), String(number) == received {
            try container.encode(number)
            return
        }
{%- endif %}
        try container.encode(received)
    }
}

extension {{ t.type_name }} {
    /// The table's data: one array per field and per locale, indexed by
    /// `{{ t.type_name }}.index`.
    private enum Storage {
{%- call column::column(codes) %}{% endcall %}

{%- if t.open %}
        /// Listed codes and old codes, by their UTF-8 bytes: the entry's position.
        static let lookup: [[UInt8]: Int] = {
            var found: [[UInt8]: Int] = [:]
            for value in {{ t.type_name }}.allKnown {
                if let i = value.index {
                    found[Array(codes[i].utf8)] = i
                }
            }
            for (i, old) in aliasCodes.enumerated() where found[Array(old.utf8)] == nil {
                found[Array(old.utf8)] = aliasValues[i].index
            }
            return found
        }()
{%- else %}
        /// Listed codes and old codes, by their UTF-8 bytes: the value's
        /// position in `allKnown`.
        static let lookup: [[UInt8]: Int] = {
            var found: [[UInt8]: Int] = [:]
            var position: [Int: Int] = [:]
            for (n, value) in {{ t.type_name }}.allKnown.enumerated() {
                if let i = value.index {
                    found[Array(codes[i].utf8)] = n
                    position[i] = n
                }
            }
            for (i, old) in aliasCodes.enumerated() where found[Array(old.utf8)] == nil {
                found[Array(old.utf8)] = aliasValues[i].index.flatMap { position[$0] }
            }
            return found
        }()
{%- endif %}

        static let aliasCodes: [String] = [{% if !aliases.is_empty() %}
{%- for r in aliases %}
            {{ r.a.code_lit }}{% if !(loop.first && loop.last) %},{% endif %}
{%- endfor %}
        {% endif %}]

        static let aliasValues: [{{ t.type_name }}] = [{% if !aliases.is_empty() %}
{%- for r in aliases %}
            {{ t.type_name }}.{{ r.target }}{% if !(loop.first && loop.last) %},{% endif %}
{%- endfor %}
        {% endif %}]

        /// The columns below: one number per entry (`-` for none), a
        /// position in the values' `allCases` for cases.
        static let billed: [Bool?] = errgenNumbers({{ cols.billed }}).map { $0.map { $0 != 0 } }

        static let platforms: [Platform?] = errgenCases(Platform.self, {{ cols.platforms }})

        /// By entry, where an entry has one.
        static let retiredIn: [Int: String] = [{% if cols.retired.is_empty() %}:]{% else %}
{%- for (i, r) in cols.retired %}
            {{ i }}: {{ r }}{% if !(loop.first && loop.last) %},{% endif %}
{%- endfor %}
        ]{% endif %}

        static let kinds: [Kind] = errgenCases(Kind.self, {{ cols.kinds }}).compactMap { $0 }

        static let actors: [CatalogActor] = errgenCases(CatalogActor.self, {{ cols.actors }}).compactMap { $0 }

        static let retryable: [Bool] = errgenNumbers({{ cols.retryable }}).map { $0 == 1 }

        static let prompts: [Prompt?] = errgenCases(Prompt.self, {{ cols.prompts }})
{%- if x.templates.is_some() %}

        /// By entry, the names of its parameters, where it has any.
        static let paramNames: [Int: [String]] = [{% if cols.param_names.is_empty() %}:]{% else %}
{%- for (i, names) in cols.param_names %}
            {{ i }}: [{% for n in names %}{% if !loop.first %}, {% endif %}{{ n }}{% endfor %}]{% if !(loop.first && loop.last) %},{% endif %}
{%- endfor %}
        ]{% endif %}

        /// By entry, its pattern's parameter name, where it is a family.
        static let patternParams: [Int: String] = [{% if cols.pattern_params.is_empty() %}:]{% else %}
{%- for (i, n) in cols.pattern_params %}
            {{ i }}: {{ n }}{% if !(loop.first && loop.last) %},{% endif %}
{%- endfor %}
        ]{% endif %}

        /// Templates, empty where the locale has none.
        static func templates(_ locale: CatalogLocale) -> [String] {
            switch locale {
{%- for c in templates %}
            case .{{ c.locale }}: return {{ c.name }}
{%- endfor %}
            }
        }
{%- for c in templates %}
{% call column::column(c) %}{% endcall %}
{%- endfor %}
{%- endif %}

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

        static let solutionRows: [Int?] = errgenNumbers({{ cols.solution_rows }})
{%- for c in solutions %}
{% call column::column(c) %}{% endcall %}
{%- endfor %}
{%- endif %}
    }
}
