// {{ p.header }}
// A smoke test of the generated package: `swift test`.
import XCTest
import {{ p.pkg.name }}

final class {{ p.pkg.name }}Tests: XCTestCase {
    func testListedCodesDecodeToThemselves() {
{%- for t in p.tables %}
        for value in {{ t.type_name }}.allKnown {
            XCTAssertEqual({{ t.type_name }}(code: value.code), value)
            XCTAssertTrue(value.isKnown)
            XCTAssertEqual(decode(table: {{ t.id_lit }}, code: value.code)?.code, value.code)
        }
{%- endfor %}
    }

    func testEveryValueHasAMessageInEveryLocale() {
        for locale in CatalogLocale.allCases {
{%- for t in p.tables %}
            for value in {{ t.type_name }}.allKnown {
                XCTAssertFalse(value.message(in: locale).isEmpty)
            }
{%- endfor %}
        }
    }

    func testLocalesAndPrompts() {
        for locale in CatalogLocale.allCases {
            XCTAssertEqual(CatalogLocale.negotiate(locale.tag), locale)
        }
        for prompt in Prompt.allCases {
            XCTAssertEqual(Prompt(key: prompt.key), prompt)
        }
        XCTAssertNil(decode(table: "", code: ""))
        XCTAssertEqual(catalogTableIDs.count, {{ p.tables.len() }})
    }
}
