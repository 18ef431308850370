// Runs against the Swift package generated from tests/fixtures/hostile
// (compiled as the module ErrgenCodes): every text must come back byte for
// byte (vectors from the harness, the file named by the first argument), and
// decoding must follow the catalog, as tests/lang/rust/hostile.rs checks it.
// Prints one line per failure, then "N passed, M failed"; exits 1 on
// failure. Helpers and the vector check are in check.swift.
import ErrgenCodes
import Foundation

// MARK: decoding

/// Old codes are deprecated constants. Using them from a deprecated member,
/// called through a protocol whose requirement is not deprecated, keeps the
/// build free of warnings (this file is compiled with -warnings-as-errors).
protocol LegacyChecks {
    func run()
}

struct Legacy: LegacyChecks {
    @available(*, deprecated)
    func run() {
        eq(Keywords.legacyOldOne, .oldNew)
        eq(Numbers.legacyCode9001, .code1001)
    }
}

/// A closed table is an enum: no `default:` needed (the unknown value is a case).
func closedSwitch(_ f: Flags) -> String {
    switch f {
    case .code0: return "0"
    case .code2: return "2"
    case .code4: return "4"
    case .unknown(let received): return "unknown " + received.code
    }
}

/// An open table is a struct: `case .name:` matches, and `default:` is required.
func openSwitch(_ k: Keywords) -> String {
    if let n = k.netErrParam {
        return "family \(n)"
    }
    switch k {
    case .class: return "class"
    default: return "other"
    }
}

func decoding() {
    eq(Keywords(code: "class"), .class)
    eq(Keywords(code: "default"), .default)
    eq(Keywords(code: "self"), .self_)
    eq(Keywords(code: "Type"), .type)
    eq(Keywords(code: "in"), .in)
    eq(Keywords(code: "is"), .is)
    eq(Keywords(code: "switch"), .switch)
    eq(Keywords(code: "protocol"), .protocol)
    eq(Keywords(code: "true"), .true)
    eq(Keywords(code: "Unknown"), .notListed)
    eq(Keywords(code: "no"), .no)
    eq(Keywords(code: "a-b"), .aDash)
    eq(Keywords(code: "a_b"), .aB)
    eq(Keywords(code: "$x"), .x)
    isUnknown(Keywords(code: "nope"), "nope")
    eq(Keywords(code: "nope").code, "nope")
    check(!Keywords(code: "").isKnown, "empty code is unknown")
    isUnknown(Keywords(code: ""), "")
    // Aliases decode to the current value; an alias equal to its code is the code.
    eq(Keywords(code: "OLD_ONE"), .oldNew)
    eq(Keywords(code: "OLD_NEW").code, "OLD_NEW")
    eq(Numbers(code: "9001"), .code1001)
    // ... and keep the code received.
    eq(Numbers(code: "9001").received, "9001")
    eq(Numbers(code: "9001").code, "1001")
    eq(Numbers.code1001.received, "1001")
    eq(Keywords(code: "OLD_ONE").received, "OLD_ONE")
    eq(Keywords(code: "OLD_ONE").code, Keywords.oldNew.code)
    eq(Keywords.oldNew.received, Keywords.oldNew.code)
    eq(Set([Numbers(code: "9001"), Numbers.code1001]).count, 1)
    if case .code1001 = Numbers(code: "9001") {
        passed += 1
    } else {
        check(false, "9001 matches case .code1001")
    }
    eq(closedSwitch(Flags.code2), "2")
    eq(openSwitch(Keywords(code: "NET_ERR_5")), "family 5")
    eq(openSwitch(Keywords.class), "class")
    eq(openSwitch(Keywords(code: "zzz")), "other")
    (Legacy() as any LegacyChecks).run()
    eq(Keywords(code: "GONE").retiredIn, "2.0")
    eq(Keywords.class.retiredIn, nil)
    // Patterns keep their parameter; a non-integer parameter of an int family is unknown.
    eq(Keywords(code: "NET_ERR_503"), .netErr(param: 503))
    eq(Keywords(code: "NET_ERR_-1009").code, "NET_ERR_-1009")
    isUnknown(Keywords(code: "NET_ERR_x"), "NET_ERR_x")
    isUnknown(Keywords(code: "NET_ERR_"), "NET_ERR_")
    isUnknown(Keywords(code: "NET_ERR_007"), "NET_ERR_007")
    isUnknown(Keywords(code: "NET_ERR_-0"), "NET_ERR_-0")
    isUnknown(Keywords(code: "NET_ERR_99999999999999999999"), "NET_ERR_99999999999999999999")
    eq(Keywords(code: "FAM_a b.end"), .famEnd(param: "a b"))
    isUnknown(Keywords(code: "FAM_.end"), "FAM_.end")
    check(Keywords(code: "NET_ERR_503").isKnown, "a family member is known")
    eq(Keywords.netErr(param: 5).message(in: .en), "Network error family")
    eq(Keywords.netErr(param: 5).solution(in: .zh), "Retry.")
    // Codes are matched byte for byte, not by grapheme or canonical equivalence:
    // a combining mark right after the prefix still leaves the prefix intact.
    let famMark = Keywords(code: "FAM_\u{301}x.end")
    bytesEq(famMark.code, "FAM_\u{301}x.end", "code of a family member with a combining mark")
    bytesEq(famMark.famEndParam, "\u{301}x", "parameter with a combining mark")
    eq(Keywords(code: "NET_ERR_-1009").netErrParam, -1009)
    eq(Keywords(code: "NET_ERR_-1009").famEndParam, nil)
    bytesEq(Keywords(code: "cla\u{73}s").code, "class", "plain code")
    isUnknown(Keywords(code: "class\u{301}"), "class\u{301}")
    // Integers.
    eq(Numbers(code: 0), .code0)
    eq(Numbers(code: -999), .codeMinus999)
    eq(Numbers(code: 9001), .code1001)
    eq(Numbers(code: Int.max), .code9223372036854775807)
    isUnknown(Numbers(code: 42), "42")
    isUnknown(Numbers(code: "0012"), "0012")
    eq(Numbers(code: "-999"), .codeMinus999)
    // Flags.
    eq(Flags.decodeFlags("impaired(42)"), [.code2, .code4])
    // Strict: anything but the exact format is one unknown code.
    for bad in ["424", "  impaired(240)\n", "impaired (42)", "impaired(42) ", ""] {
        let got = Flags.decodeFlags(bad)
        eq(got.count, 1, "\(String(reflecting: bad)) is one value")
        if let v = got.first {
            isUnknown(v, bad)
        }
    }
    let nine = Flags.decodeFlags("impaired(9)")
    eq(nine.count, 1)
    if let v = nine.first {
        isUnknown(v, "9")
    }
    eq(Flags.decodeFlags("impaired()"), [])
    let marked = Flags.decodeFlags("impaired(4\u{301}2)")
    eq(marked.count, 3, "one value per Unicode scalar")
    eq(marked.prefix(2), [.code2, .code4])
    bytesEq(marked.last?.code, "\u{301}", "a combining mark is its own flag")
    // Listed values.
    eq(Keywords.allKnown.count, 23)
    eq(Keywords.allKnown.first, .class)
    check(Keywords.allKnown.allSatisfy { Keywords(code: $0.code) == $0 }, "every listed code decodes to itself")
    eq(Set(Keywords.allKnown).count, 23)
    eq(Flags.allKnown, [.code0, .code2, .code4])
    // Metadata.
    eq(Keywords.class.billed, true)
    eq(Keywords.self_.billed, false)
    eq(Keywords.type.billed, nil)
    eq(Keywords(code: "zzz").billed, nil)
    eq(Keywords.class.platform, .both)
    eq(Keywords.default.platform, .ios)
    eq(Keywords.self_.platform, .android)
    eq(Keywords.fun.platform, nil)
    eq(Keywords.fun.solution(in: .en), nil)
    bytesEq(Keywords.class.solution(in: .en), "Line one\nLine two\ttab\r\ncrlf", "solution with control characters")
    bytesEq(Keywords.class.solution(in: .zh), "第一行\n第二行", "zh solution")
    check(Keywords.isOpen && !Numbers.isOpen && !Flags.isOpen, "isOpen")
    eq(Keywords.tableID, "keywords")
    eq(Keywords.fun.table, "keywords")
    eq(Numbers.tableID, "numbers")
    check(decode(table: "no_such_table", code: "1") == nil, "no such table")
    eq(decode(table: "numbers", code: "1001")?.table, "numbers")
    eq(decode(table: "numbers", code: "1001") as? Numbers, .code1001)
    eq(decode(table: "keywords", code: "NET_ERR_1")?.code, "NET_ERR_1")
    eq(catalogTableIDs, ["flags", "keywords", "numbers"])
}

// MARK: unknown codes, fallback, errors

func unknownCodes() {
    eq(Keywords(code: "zzz").message(in: .zh), Prompt.unknownError.text(in: .zh))
    eq(Keywords(code: "zzz").message(in: .en), "Something went wrong.")
    eq(Keywords(code: "zzz").solution(in: .en), nil)
    // No th text for "class": falls back to en.
    eq(Keywords.class.message(in: .th), Keywords.class.message(in: .en))
    bytesEq(Keywords.class.message(in: .en), "Text with $dollar, ${interp}, \\(swift), \\n literal backslash-n", "escapes")
    bytesEq(Keywords.type.message(in: .en), "Triple quotes \"\"\" and single ''' and backtick ` and */ end", "quotes")
    eq("\(Keywords.fun)", "fun: fun")
    let e: any Error = Keywords.fun
    eq(String(describing: e), "fun: fun")
    eq(e.localizedDescription, Keywords.fun.message(in: .current))
    eq(Keywords.fun.errorDescription, Keywords.fun.message(in: .current))
    let c: any CatalogCode = Numbers(code: 7)
    check(!c.isKnown, "7 is not a number code")
    eq(c.code, "7")
    eq(c.message(in: .hi), Prompt.unknownError.text(in: .hi))
    // Prompts.
    eq(Prompt(key: "class"), .class)
    eq(Prompt(key: "self"), .self_)
    eq(Prompt(key: "unknown_error"), .unknownError)
    eq(Prompt(key: "nope"), nil)
    eq(Prompt.self_.key, "self")
    eq(Prompt.allCases, [.unknownError, .class, .self_])
    bytesEq(Prompt.class.text(in: .hi), "हिन्दी क्षि ज्ञ $name ${name}", "hi prompt")
    bytesEq(Prompt.class.text(in: .zh), "Dollar $name and ${name} and \\(name) and \\ backslash", "zh falls back to en")
}

// MARK: kinds, actors and prompts

func kinds() {
    eq(Keywords.class.kind, .internalError)
    eq(Keywords.class.actor, .vendor)
    check(!Keywords.class.retryable, "class is not retryable")
    eq(Keywords.class.prompt, nil)
    let unknown = Keywords(code: "zzz")
    eq(unknown.kind, .unknown)
    eq(unknown.actor, .developer)
    check(!unknown.retryable, "unknown is not retryable")
    eq(unknown.prompt, nil)
    eq(Kind(id: "default"), .default)
    eq(Kind(id: "nope"), nil)
    eq(Kind.default.id, "default")
    eq(Kind.allCases.count, 8)
    bytesEq(Kind.internalError.label(in: .en), "Service error with */ and $x and \\(y) and \"quotes\"", "kind label")
    eq(Kind.internalError.label(in: .zh), Kind.internalError.label(in: .en))
    eq(CatalogActor.none.id, "none")
    eq(CatalogActor.operator.id, "operator")
    eq(CatalogActor(id: "user"), .user)
    eq(CatalogActor.allCases.count, 5)
    eq(decode(table: "keywords", code: "class")?.kind, .internalError)
}

// MARK: locales

func locales() {
    let cases: [(String, CatalogLocale)] = [
        ("zh-Hans-CN", .zh),
        ("zh_TW", .zh),
        ("ZH", .zh),
        ("th-TH", .th),
        ("th_TH.UTF-8", .th),
        ("hi-IN", .hi),
        ("en-US", .en),
        ("fr-FR", .en),
        ("", .en),
        ("in-ID", .en), // id is not a locale of this fixture
        ("  zh  ", .zh),
        ("zh@calendar=chinese", .zh),
        ("iw", .en),
    ]
    for (tag, want) in cases {
        eq(CatalogLocale.negotiate(tag), want, tag)
    }
    eq(CatalogLocale(tag: "fr"), nil)
    eq(CatalogLocale(tag: "TH"), .th)
    eq(CatalogLocale.negotiate(preferred: ["fr", "hi-IN", "zh"]), .hi)
    eq(CatalogLocale.negotiate(preferred: [String]()), .en)
    eq(CatalogLocale.allCases, [.zh, .en, .th, .hi])
    eq(CatalogLocale.fallback, .en)
    eq(CatalogLocale.hi.tag, "hi")
    check(CatalogLocale.allCases.contains(CatalogLocale.current), "current is a catalog locale")
}

// MARK: NSError bridging, the app's locale, Codable

func bridging() {
    let n = Numbers(code: "9001") as NSError
    eq(n.domain, "ErrgenCodes.numbers")
    eq(n.code, 1001, "an integer table's errorCode is the vendor's code")
    eq((Numbers(code: 7) as NSError).code, 7, "an unknown integer code is its own errorCode")
    eq(Keywords.errorDomain, "ErrgenCodes.keywords")
    eq(Keywords(code: "zzz").errorCode, errgenStableCode("zzz"))
    check(Keywords.class.errorCode != Keywords.fun.errorCode, "different codes, different errorCodes")
    // The app chooses the locale of errorDescription and friends.
    CatalogLocale.errorLocale = .zh
    eq(Keywords.class.errorDescription, Keywords.class.message(in: .zh))
    eq((Keywords.class as NSError).localizedDescription, Keywords.class.message(in: .zh))
    eq(Keywords.class.failureReason, Keywords.class.kind.label(in: .zh))
    eq(Keywords.class.recoverySuggestion, Keywords.class.prompt?.text(in: .zh))
    eq(Keywords(code: "zzz").failureReason, nil)
    eq(Keywords(code: "zzz").errorDescription, Prompt.unknownError.text(in: .zh))
    CatalogLocale.errorLocale = .en
    eq(Keywords.class.errorDescription, Keywords.class.message(in: .en))
    CatalogLocale.errorLocale = nil
    eq(Keywords.class.errorDescription, Keywords.class.message(in: .current))
    // Codable as the raw code (as received), integers as numbers.
    do {
        let data = try JSONEncoder().encode([Numbers(code: "9001"), Numbers.code1001, Numbers(code: "0012")])
        eq(String(decoding: data, as: UTF8.self), "[9001,1001,\"0012\"]")
        let back = try JSONDecoder().decode([Numbers].self, from: data)
        eq(back, [.code1001, .code1001, Numbers(code: "0012")])
        eq(back.map(\.received), ["9001", "1001", "0012"])
        let k = try JSONEncoder().encode([Keywords(code: "OLD_ONE"), Keywords(code: "NET_ERR_5"), Keywords(code: "zzz")])
        eq(String(decoding: k, as: UTF8.self), "[\"OLD_ONE\",\"NET_ERR_5\",\"zzz\"]")
        let kb = try JSONDecoder().decode([Keywords].self, from: k)
        eq(kb, [.oldNew, .netErr(param: 5), Keywords(code: "zzz")])
        eq(kb.first?.received, "OLD_ONE")
        isUnknown(kb[2], "zzz")
        eq(try JSONDecoder().decode(Numbers.self, from: Data("\"1001\"".utf8)), .code1001)
    } catch {
        check(false, "Codable: \(error)")
    }
}

let args = CommandLine.arguments
vectors(args.count > 1 ? args[1] : "vectors.txt", atLeast: 100)
metaVectors(args.count > 2 ? args[2] : "meta.txt", atLeast: 30)
decoding()
unknownCodes()
bridging()
kinds()
locales()
finish()
