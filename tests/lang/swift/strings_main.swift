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
    let want = expected[loc] ?? [:]
    check(table.count == want.count, "\(folder): \(table.count) texts, catalog has \(want.count)")
    for (key, value) in want {
        check(table[key] == value, "\(folder) \(key): \(String(describing: table[key])) != \(value)")
    }
}
print("\(passed) passed, \(failed) failed")
