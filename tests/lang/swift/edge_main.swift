// Runs against the Swift package generated from tests/lang/swift/edge
// (compiled as the module ErrgenCodes): every text byte for byte, including
// the ones that stress the multi-line literals texts are stored in, and the
// names that are Swift keywords everywhere. Helpers are in check.swift.
import ErrgenCodes

func names() {
    // Tables named `self` and `protocol`; cases `init`, `Self`, `none`, `Protocol`.
    eq(Self_(code: "init"), .init_)
    eq(Self_(code: "Self"), .self_)
    eq(Self_(code: "none"), Self_.none)
    eq(Self_(code: "Protocol"), .protocol)
    eq(Self_(code: ".5a"), .code5a)
    eq(Self_(code: "say \"\"\"hi\\"), .sayHi)
    eq(Self_(code: "Ä-umlaut"), .umlaut)
    eq(Self_(code: "Ä_x y"), .codeUc45f(param: "x y"))
    isUnknown(Self_(code: "A_x"), "A_x")
    eq(Self_.allKnown.count, 7)
    check(Self_.allKnown.allSatisfy { Self_(code: $0.code) == $0 }, "every listed code decodes to itself")
    eq(Self_.tableID, "self")
    eq(Protocol_.tableID, "protocol")
    eq(Protocol_(code: 2), .code2)
    eq(catalogTableIDs, ["protocol", "self"])
    // `none` as a prompt, a kind and an actor stays the case, not Optional.none.
    eq(Self_.init_.prompt, Prompt.none)
    eq(Self_.self_.prompt, Prompt.self_)
    eq(Self_.none.prompt, nil)
    eq(Self_.init_.kind, Kind.init_)
    eq(Self_.self_.kind, Kind.none)
    eq(Self_(code: "zzz").kind, Kind.unknown)
    eq(Self_.init_.actor, CatalogActor.none)
    eq(Self_.self_.actor, CatalogActor.operator)
    check(Self_.init_.retryable && !Self_.self_.retryable, "retryable")
    eq(Kind(id: "init"), Kind.init_)
    eq(Kind(id: "none"), Kind.none)
    eq(Prompt(key: "type"), .type)
    eq(Prompt(key: "none"), Prompt.none)
}

func texts() {
    bytesEq(Self_(code: "zzz").message(in: .en), "Something went wrong. ", "unknown prompt keeps its trailing space")
    bytesEq(Prompt.none.text(in: .id), "Something went wrong. ", "fallback")
    bytesEq(Prompt.self_.text(in: .en), "\"\"\" at the start", "triple quotes first")
    bytesEq(Prompt.type.text(in: .en), "x \u{a0}\u{3000}", "trailing Unicode white space at a line end")
    bytesEq(Kind.none.label(in: .en), "  spaced label  ", "leading and trailing spaces")
    bytesEq(Kind.init_.label(in: .en), "\\", "a lone backslash")
    bytesEq(Self_.init_.message(in: .en), "ends with a backslash \\", "trailing backslash")
    bytesEq(Self_.init_.message(in: .id), "diakhiri garis miring terbalik \\", "id")
    bytesEq(Self_.init_.solution(in: .en), "  two leading and two trailing spaces  ", "spaces")
    bytesEq(Self_.init_.solution(in: .id), "solusi  ", "id solution")
    eq(Self_.self_.solution(in: .en), nil)
    bytesEq(Self_.self_.message(in: .en), "line one\nline two", "line break")
    bytesEq(Self_.code5a.message(in: .id), "a code whose words start with a digit, ending in white space\u{a0}\u{3000}", "trailing Unicode white space")
    bytesEq(Self_.none.message(in: .en), "unit separator \u{1f} and record separator \u{1e} inside", "separators")
    bytesEq(Self_.protocol.message(in: .en), "\t tab first, CR last\r", "tab and CR")
    bytesEq(Self_.umlaut.message(in: .en), "zero-width space \u{200b} and line separator \u{2028} and BOM \u{feff} and NUL \0 end", "invisibles")
    bytesEq(Protocol_.code1.message(in: .en), "\n\u{1f}\u{1e}\u{1d}\u{1c}\u{1b}\u{1a}\u{19}\u{18}\u{17}\u{16}\u{15}\u{14}\u{13}\u{12}\u{11}\u{10}\u{f}\u{e}\u{c}\u{b}\u{8}\u{7}\u{6}\u{5}\u{4}\u{3}\u{2}\u{1}\u{7f}", "every separator")
    bytesEq(Protocol_.code2.message(in: .id), "no-break space\u{a0}and ideographic space\u{3000}", "trailing Unicode white space")
    eq(CatalogLocale.negotiate("in-ID"), .id)
    eq(CatalogLocale.negotiate("id_ID"), .id)
}

// MARK: zh-Hant (added to this fixture by tests/lang_swift.rs)

func scripts() {
    eq(CatalogLocale.zhHant.tag, "zh-Hant")
    eq(CatalogLocale(tag: "zh-TW"), .zhHant)
    eq(CatalogLocale(tag: "zh_HK"), .zhHant)
    eq(CatalogLocale(tag: "zh_TW_#Hant"), .zhHant)
    eq(CatalogLocale(tag: "zh-Hans-TW"), .zh)
    eq(CatalogLocale(tag: "zh-CN"), .zh)
    eq(CatalogLocale(tag: "zh"), .zh)
    eq(CatalogLocale(tag: "fr"), nil)
    eq(CatalogLocale.negotiate(preferred: ["fr", "zh-MO"]), .zhHant)
}

let args = CommandLine.arguments
vectors(args.count > 1 ? args[1] : "vectors.txt", atLeast: 25)
metaVectors(args.count > 2 ? args[2] : "meta.txt", atLeast: 10)
names()
texts()
scripts()
finish()
