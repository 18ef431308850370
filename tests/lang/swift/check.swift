// Shared by the Swift test programs (main.swift for tests/fixtures/hostile,
// edge_main.swift for tests/lang/swift/edge, catalog_main.swift for the real
// catalog): counting checks, the text vectors from the harness (every text
// compared byte for byte) and the meta vectors.
import ErrgenCodes
import Foundation

var passed = 0
var failed = 0

func check(_ ok: Bool, _ what: @autoclosure () -> String, file: String = #fileID, line: Int = #line) {
    if ok {
        passed += 1
    } else {
        failed += 1
        print("FAIL \(file):\(line): \(what())")
    }
}

func eq<T: Equatable>(_ got: T, _ want: T, _ what: String = "", file: String = #fileID, line: Int = #line) {
    check(got == want, "\(what) got \(String(reflecting: got)), want \(String(reflecting: want))", file: file, line: line)
}

/// Strings compared by their UTF-8 bytes (Swift's == is canonical equivalence).
func bytesEq(_ got: String?, _ want: String, _ what: String, file: String = #fileID, line: Int = #line) {
    check(got.map { Array($0.utf8) == Array(want.utf8) } ?? false,
          "\(what): got \(String(reflecting: got)), want \(String(reflecting: want))", file: file, line: line)
}

/// `v` is an unknown value (which apps cannot construct) keeping `code`.
func isUnknown<T: CatalogCode>(_ v: T, _ code: String, file: String = #fileID, line: Int = #line) {
    check(!v.isKnown, "\(String(reflecting: v)) is known", file: file, line: line)
    bytesEq(v.code, code, "unknown code", file: file, line: line)
    bytesEq(v.received, code, "unknown received", file: file, line: line)
}

func unhex(_ s: Substring) -> [UInt8] {
    if s == "-" {
        return []
    }
    let chars = Array(s.utf8)
    return stride(from: 0, to: chars.count, by: 2).map {
        UInt8(String(decoding: chars[$0..<$0 + 2], as: UTF8.self), radix: 16)!
    }
}

func str(_ s: Substring) -> String {
    String(decoding: unhex(s), as: UTF8.self)
}

// MARK: every text, byte for byte

func vectors(_ path: String, atLeast min: Int) {
    guard let data = FileManager.default.contents(atPath: path) else {
        check(false, "cannot read vectors at \(path)")
        return
    }
    var n = 0
    for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
        let f = line.split(separator: " ", omittingEmptySubsequences: false)
        n += 1
        switch f[0] {
        case "message", "solution":
            guard let v = decode(table: String(f[1]), code: str(f[2])), let l = CatalogLocale(tag: String(f[3])) else {
                check(false, "no table or locale: \(line)")
                continue
            }
            check(v.isKnown, "not known: \(line)")
            let got = f[0] == "message" ? v.message(in: l) : v.solution(in: l)
            check(got.map { Array($0.utf8) } == unhex(f[4]), "\(line): got \(String(reflecting: got))")
        case "nserror":
            guard let v = decode(table: String(f[1]), code: str(f[2])) else {
                check(false, "no table: \(line)")
                continue
            }
            let e = v as NSError
            eq(e.domain, String(f[3]), String(line))
            eq(e.code, Int(f[4]) ?? -1, String(line))
            eq(e.localizedDescription, v.message(in: CatalogLocale.errorLocale ?? .current), String(line))
        case "template":
            guard let v = decode(table: String(f[1]), code: str(f[2])), let l = CatalogLocale(tag: String(f[3])) else {
                check(false, "no table or locale: \(line)")
                continue
            }
            var values: [String: String] = [:]
            for name in v.parameterNames {
                values[name] = "<" + name + ">"
            }
            let got = v.parameterNames.count == 1 && v.message(in: l) != v.message(in: l, params: [:])
                ? "message(in:) differs from message(in:params: [:]) for a family" : v.message(in: l, params: values)
            check(Array(got.utf8) == unhex(f[4]), "\(line): got \(String(reflecting: got))")
        case "negotiate":
            let input = str(f[1])
            eq(CatalogLocale.negotiate(input).tag, String(f[2]), "negotiate \(String(reflecting: input))")
        case "prompt":
            guard let p = Prompt(key: String(f[1])), let l = CatalogLocale(tag: String(f[2])) else {
                check(false, "no prompt or locale: \(line)")
                continue
            }
            check(Array(p.text(in: l).utf8) == unhex(f[3]), "\(line): got \(String(reflecting: p.text(in: l)))")
        default:
            check(false, "unknown vector \(line)")
        }
    }
    check(n >= min, "only \(n) vectors")
}

// MARK: kinds, actors, retryable and prompts

/// Checks the meta vectors (tests/common/mod.rs `meta_vectors`): kind labels,
/// and each entry's kind, actor, retryable flag and prompt.
func metaVectors(_ path: String, atLeast min: Int) {
    guard let data = FileManager.default.contents(atPath: path) else {
        check(false, "cannot read meta vectors at \(path)")
        return
    }
    var n = 0
    for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
        let f = line.split(separator: " ", omittingEmptySubsequences: false)
        n += 1
        switch f[0] {
        case "kind":
            guard let k = Kind(id: String(f[1])), let l = CatalogLocale(tag: String(f[2])) else {
                check(false, "no kind or locale: \(line)")
                continue
            }
            check(Array(k.label(in: l).utf8) == unhex(f[3]), "\(line): got \(String(reflecting: k.label(in: l)))")
        case "entry", "unknown":
            guard let v = decode(table: String(f[1]), code: str(f[2])) else {
                check(false, "no table: \(line)")
                continue
            }
            let got = [v.isKnown ? "entry" : "unknown", v.kind.id, v.actor.id, v.retryable ? "1" : "0", v.prompt?.key ?? "-"]
            let want = [f[0], f[3], f[4], f[5], f[6]].map(String.init)
            check(got == want, "\(line): got \(got)")
        default:
            check(false, "unknown meta vector \(line)")
        }
    }
    check(n >= min, "only \(n) meta vectors")
}

/// Prints the closing line and exits non-zero on any failure.
func finish() -> Never {
    print("\(passed) passed, \(failed) failed")
    exit(failed == 0 ? 0 : 1)
}
