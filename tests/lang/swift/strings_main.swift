// Loads every <locale>.lproj/Errgen.strings of an apple-res folder with
// Foundation's property list reader (the .strings format, as Bundle reads
// it) and compares every text with the String Catalog Errgen.xcstrings:
// the same keys, the same values. Usage: strings_main <apple-res folder>.
import Foundation

let dir = URL(fileURLWithPath: CommandLine.arguments[1])
var passed = 0
var failed = 0
func check(_ ok: Bool, _ what: @autoclosure () -> String) {
    if ok { passed += 1 } else { failed += 1; print("FAIL: \(what())") }
}

let catalogData = try Data(contentsOf: dir.appendingPathComponent("Errgen.xcstrings"))
let catalog = try JSONSerialization.jsonObject(with: catalogData) as! [String: Any]
let strings = catalog["strings"] as! [String: Any]
// locale -> key -> value, from the String Catalog.
var expected: [String: [String: String]] = [:]
for (key, entry) in strings {
    let locs = (entry as! [String: Any])["localizations"] as! [String: Any]
    for (loc, unit) in locs {
        let su = (unit as! [String: Any])["stringUnit"] as! [String: Any]
        expected[loc, default: [:]][key] = (su["value"] as! String)
    }
}

var loaded: [String: [String: String]] = [:]
let folders = try FileManager.default.contentsOfDirectory(atPath: dir.path)
    .filter { $0.hasSuffix(".lproj") }.sorted()
check(folders.count == expected.count, "\(folders.count) .lproj folders, \(expected.count) catalog locales")
for folder in folders {
    let loc = String(folder.dropLast(".lproj".count))
    let data = try Data(contentsOf: dir.appendingPathComponent(folder).appendingPathComponent("Errgen.strings"))
    let plist = try PropertyListSerialization.propertyList(from: data, options: [], format: nil)
    guard let table = plist as? [String: String] else {
        check(false, "\(folder): not a strings table")
        continue
    }
    loaded[loc] = table
    let want = expected[loc] ?? [:]
    check(table.count == want.count, "\(folder): \(table.count) texts, catalog has \(want.count)")
    for (key, value) in want {
        check(table[key] == value, "\(folder) \(key): \(String(describing: table[key])) != \(value)")
    }
}
// The templates: each `.strings` value is a format string that
// `String(format:)` fills, its arguments by position (formats.txt, written
// by tests/resources.rs: `<key hex> <locale> <filled hex> <s<hex>|i<int>>...`).
func unhex(_ s: Substring) -> String {
    var bytes: [UInt8] = []
    var i = s.startIndex
    while i < s.endIndex {
        let j = s.index(i, offsetBy: 2)
        bytes.append(UInt8(s[i..<j], radix: 16)!)
        i = j
    }
    return String(decoding: bytes, as: UTF8.self)
}
if CommandLine.arguments.count > 2 {
    let text = try String(contentsOfFile: CommandLine.arguments[2], encoding: .utf8)
    var formats = 0
    for line in text.split(separator: "\n") {
        let f = line.split(separator: " ")
        let key = unhex(f[0])
        let loc = String(f[1])
        let args: [CVarArg] = f.dropFirst(3).map { a -> CVarArg in
            if a.first == "i" {
                return Int64(a.dropFirst())!
            }
            return unhex(a.dropFirst()) as NSString
        }
        guard let format = loaded[loc]?[key] else {
            check(false, "\(loc) \(key): no text")
            continue
        }
        let got = String(format: format, arguments: args)
        check(got == unhex(f[2]), "\(loc) \(key): \(got) != \(unhex(f[2]))")
        formats += 1
    }
    check(formats > 0, "no templates formatted")
}
print("\(passed) passed, \(failed) failed")
