// Runs against the Kotlin package generated from tests/fixtures/hostile
// (compiled with Harness.kt): every text must come back byte for byte and
// every kind label, kind, actor, retryable flag and prompt must match the
// catalog (the text and meta vector files named by the two arguments), and
// decoding must follow the catalog (the same cases as
// tests/lang/rust/hostile.rs). Prints one line per failure, then
// "N passed, M failed"; exits non-zero on any failure.
@file:Suppress("DEPRECATION")

import dev.errgen.codes.Actor
import dev.errgen.codes.CatalogCode
import dev.errgen.codes.CatalogException
import dev.errgen.codes.CatalogLocale
import dev.errgen.codes.Flags
import dev.errgen.codes.Keywords
import dev.errgen.codes.Kind
import dev.errgen.codes.Numbers
import dev.errgen.codes.Platform
import dev.errgen.codes.Prompt
import dev.errgen.codes.TABLES
import dev.errgen.codes.decode
import dev.errgen.codes.toException
import java.util.Locale

// `when` without `else` compiles only if it covers every value: proof that
// the sealed class of a closed table (numbers) can be matched exhaustively.
private fun describe(n: Numbers): String = when (n) {
    is Numbers.Code0 -> "zero"
    is Numbers.CodeMinus999 -> "minus"
    is Numbers.Code1001 -> "engine"
    is Numbers.Code9223372036854775807 -> "max"
    is Numbers.Unknown -> "unknown ${n.rawCode}"
}

// An open table (keywords) is not sealed: `when` needs its `else`.
private fun describe(k: Keywords): String = when (k) {
    is Keywords.NetErr -> "net ${k.param + 0L}"
    is Keywords.FamEnd -> "fam ${k.param}"
    is Keywords.Unknown -> "unknown ${k.rawCode}"
    Keywords.OldNew -> "old-new ${k.receivedCode}"
    else -> "listed ${k.code}"
}

private fun decoding() {
    eq(Keywords.fromCode("class"), Keywords.Class, "class")
    eq(Keywords.fromCode("self"), Keywords.Self, "self")
    eq(Keywords.fromCode("Unknown"), Keywords.NotListed, "Unknown")
    eq(Keywords.fromCode("no"), Keywords.No, "no")
    eq(Keywords.fromCode("in"), Keywords.In, "in")
    eq(Keywords.fromCode("\$x"), Keywords.X, "\$x")
    eq(Keywords.fromCode("nope"), Keywords.Unknown("nope"), "nope")
    eq(Keywords.fromCode("nope").code, "nope", "nope code")
    check(!Keywords.fromCode("").isKnown, "empty code is unknown")
    check(Keywords.fromCode("class").isKnown, "class is known")
    eq(Keywords.fromCode("CLASS"), Keywords.Unknown("CLASS"), "codes are case-sensitive")
    // Aliases decode to the current value; an alias equal to its code is the code.
    eq(Keywords.fromCode("OLD_ONE"), Keywords.OldNew, "OLD_ONE")
    eq(Keywords.OLD_ONE, Keywords.OldNew, "OLD_ONE constant")
    eq(Keywords.fromCode("OLD_NEW").code, "OLD_NEW", "OLD_NEW code")
    eq(Keywords.fromCode("OLD_ONE").code, "OLD_NEW", "OLD_ONE gives the current code")
    eq(Keywords.fromCode("OLD_ONE").receivedCode, "OLD_ONE", "OLD_ONE keeps the code received")
    eq(Keywords.fromCode("OLD_NEW").receivedCode, "OLD_NEW", "OLD_NEW received")
    check(Keywords.fromCode("OLD_ONE") is Keywords.OldNew, "OLD_ONE is OldNew")
    eq(Keywords.fromCode("OLD_ONE").hashCode(), Keywords.OldNew.hashCode(), "OLD_ONE hashCode")
    eq(describe(Keywords.fromCode("OLD_ONE")), "old-new OLD_ONE", "when over an old code")
    eq(Numbers.fromInt(9001).receivedCode, "9001", "alias 9001 received")
    eq(Numbers.fromInt(9001).code, "1001", "alias 9001 code")
    eq(Keywords.fromCode("nope").receivedCode, "nope", "unknown received")
    eq(Keywords.fromCode("NET_ERR_-1009").receivedCode, "NET_ERR_-1009", "family received")
    eq(Keywords.fromCode("GONE").retiredIn, "2.0", "GONE retired")
    eq(Keywords.Class.retiredIn, null, "class not retired")
    // Patterns keep their parameter; a non-integer parameter of an int family is unknown.
    eq(Keywords.fromCode("NET_ERR_503"), Keywords.NetErr(503), "NET_ERR_503")
    // Integer parameters are 64-bit.
    eq(Keywords.fromCode("NET_ERR_9223372036854775807"), Keywords.NetErr(Long.MAX_VALUE), "Long.MAX_VALUE parameter")
    eq(Keywords.fromCode("NET_ERR_9223372036854775808"), Keywords.Unknown("NET_ERR_9223372036854775808"), "past Long.MAX_VALUE")
    eq(Keywords.NetErr(-9).code, "NET_ERR_-9", "family code from its Long")
    eq(Keywords.fromCode("NET_ERR_-1009").code, "NET_ERR_-1009", "NET_ERR_-1009")
    eq(Keywords.fromCode("NET_ERR_x"), Keywords.Unknown("NET_ERR_x"), "NET_ERR_x")
    eq(Keywords.fromCode("NET_ERR_"), Keywords.Unknown("NET_ERR_"), "NET_ERR_")
    eq(Keywords.fromCode("NET_ERR_007"), Keywords.Unknown("NET_ERR_007"), "NET_ERR_007")
    eq(Keywords.fromCode("NET_ERR_-0"), Keywords.Unknown("NET_ERR_-0"), "NET_ERR_-0")
    eq(Keywords.fromCode("FAM_a b.end"), Keywords.FamEnd("a b"), "FAM_a b.end")
    eq(Keywords.fromCode("FAM_.end"), Keywords.Unknown("FAM_.end"), "FAM_.end")
    eq(Keywords.fromCode("FAM_x.end").code, "FAM_x.end", "FAM code")
    eq(Keywords.fromCode("FAM_x.end").isKnown, true, "family is known")
    eq(Keywords.NetErr(5).message(CatalogLocale.En), "Network error family", "family message")
    eq(Keywords.NetErr(5).solution(CatalogLocale.Zh), "Retry.", "family solution")
    eq(describe(Keywords.fromCode("NET_ERR_42")), "net 42", "when over a family")
    eq(describe(Keywords.fromCode("fun")), "listed fun", "when over a listed code")
    // Integers.
    eq(Numbers.fromInt(0), Numbers.Code0, "0")
    eq(Numbers.fromInt(0L), Numbers.Code0, "0L")
    eq(Numbers.fromInt(-999), Numbers.CodeMinus999, "-999")
    eq(Numbers.fromInt(9001), Numbers.Code1001, "alias 9001")
    eq(Numbers.CODE_9001, Numbers.Code1001, "alias constant 9001")
    eq(Numbers.fromInt(Long.MAX_VALUE), Numbers.Code9223372036854775807, "Long.MAX_VALUE")
    eq(Numbers.fromInt(42), Numbers.Unknown("42"), "42")
    eq(Numbers.fromCode("0012"), Numbers.Unknown("0012"), "0012")
    eq(Numbers.fromCode("1001"), Numbers.Code1001, "1001 as a string")
    eq(describe(Numbers.fromInt(-999)), "minus", "when over numbers")
    eq(describe(Numbers.fromInt(7)), "unknown 7", "when over an unknown number")
    // Flags.
    eq(Flags.decodeFlags("impaired(42)"), listOf(Flags.Code2, Flags.Code4), "impaired(42)")
    // Strict: anything but the exact format is one unknown code.
    eq(Flags.decodeFlags("424"), listOf(Flags.Unknown("424")), "bare characters")
    eq(Flags.decodeFlags(" impaired(420) "), listOf(Flags.Unknown(" impaired(420) ")), "impaired(420) with spaces")
    eq(Flags.decodeFlags("impaired (42)"), listOf(Flags.Unknown("impaired (42)")), "an extra space")
    eq(Flags.decodeFlags("impaired(42"), listOf(Flags.Unknown("impaired(42")), "no suffix")
    eq(Flags.decodeFlags("impaired(424)"), listOf(Flags.Code2, Flags.Code4), "repeats")
    eq(Flags.decodeFlags("impaired(9)"), listOf(Flags.Unknown("9")), "impaired(9)")
    eq(Flags.decodeFlags(""), listOf(Flags.Unknown("")), "empty string")
    eq(Flags.decodeFlags("impaired()"), listOf<Flags>(), "impaired()")
    eq(Flags.decodeFlags("impaired(2🙂\uFF10)"), listOf(Flags.Code2, Flags.Unknown("\uFF10"), Flags.Unknown("🙂")), "sorted by code point")
    // Metadata.
    eq(Keywords.Class.billed, true, "class billed")
    eq(Keywords.Self.billed, false, "self billed")
    eq(Keywords.Type.billed, null, "Type billed")
    eq(Keywords.Class.platform, Platform.Both, "class platform")
    eq(Keywords.Default.platform, Platform.Ios, "default platform")
    eq(Keywords.Self.platform, Platform.Android, "self platform")
    eq(Keywords.Fun.platform, null, "fun platform")
    eq(Keywords.Fun.solution(CatalogLocale.En), null, "fun solution")
    eq(Keywords.Unknown("x").solution(CatalogLocale.En), null, "unknown solution")
    eq(Keywords.Unknown("x").billed, null, "unknown billed")
    eq(Keywords.Unknown("x").platform, null, "unknown platform")
    eq(Numbers.Code0.billed, true, "0 billed")
    eq(Numbers.Code0.solution(CatalogLocale.En), null, "solution of a table without solutions")
    check(Keywords.OPEN && !Numbers.OPEN, "OPEN")
    eq(Keywords.TABLE, "keywords", "TABLE")
    eq(Keywords.Class.table, "keywords", "table of a value")
    eq(decode("no_such_table", "1"), null, "no such table")
    eq(decode("numbers", "1001")?.table, "numbers", "decode numbers")
    eq(decode("numbers", "1001"), Numbers.Code1001, "decode gives the table's value")
    eq(decode("keywords", "zzz")?.isKnown, false, "decode unknown")
    eq(TABLES, listOf("flags", "keywords", "numbers"), "TABLES")
    val any: CatalogCode = Keywords.Default
    eq(any.code, "default", "interface code")
    eq(any.message(CatalogLocale.Zh), "表情 🙂", "interface message")
}

private fun unknownPrompt() {
    eq(Keywords.fromCode("zzz").message(CatalogLocale.Zh), Prompt.UnknownError.text(CatalogLocale.Zh), "unknown zh")
    eq(Keywords.fromCode("zzz").message(CatalogLocale.En), "Something went wrong.", "unknown en")
    eq(Numbers.fromInt(5).message(CatalogLocale.Hi), "Something went wrong.", "unknown hi falls back")
    // No th text for "class": falls back to en.
    eq(Keywords.Class.message(CatalogLocale.Th), Keywords.Class.message(CatalogLocale.En), "th falls back")
    eq(Keywords.Self.message(CatalogLocale.Th), "ไทย ทดสอบ ํา ่ ้ ๊ ๋ combining marks", "th text")
    eq(Keywords.Class.message(CatalogLocale.Zh), "中文 \$dollar \${interp} \\(swift)", "template syntax stays literal")
    eq(Keywords.Class.solution(CatalogLocale.En), "Line one\nLine two\ttab\r\ncrlf", "control characters")
    eq(Prompt.Class.text(CatalogLocale.Hi), "हिन्दी क्षि ज्ञ \$name \${name}", "hi prompt")
    eq(Prompt.fromKey("self"), Prompt.Self, "prompt from key")
    eq(Prompt.fromKey("nope"), null, "no such prompt")
    eq(Prompt.Self.key, "self", "prompt key")
    eq(Prompt.ALL.size, 3, "prompt count")
}

private fun kindsActorsAndPrompts() {
    eq(Keywords.Class.kind, Kind.InternalError, "class kind")
    eq(Keywords.Class.actor, Actor.Vendor, "class actor")
    eq(Keywords.Class.retryable, false, "class retryable")
    eq(Keywords.Class.prompt, null, "class prompt")
    eq(Keywords.NetErr(1).kind, Keywords.fromCode("NET_ERR_1").kind, "family kind")
    val unknown = Keywords.fromCode("zzz")
    eq(listOf(unknown.kind, unknown.actor, unknown.retryable, unknown.prompt), listOf(Kind.Unknown, Actor.Developer, false, null), "unknown code")
    eq(Kind.fromId("default"), Kind.Default, "Kind.fromId")
    eq(Kind.fromId("nope"), null, "no such kind")
    eq(Kind.Default.id, "default", "Kind.id")
    eq(Kind.InternalError.label(CatalogLocale.En), "Service error with */ and \$x and \\(y) and \"quotes\"", "kind label")
    eq(Kind.ALL.size, 8, "Kind.ALL")
    eq(Actor.None.id, "none", "Actor.id")
    eq(Actor.entries.map { it.id }, listOf("user", "developer", "operator", "vendor", "none"), "actors")
    eq(decode("keywords", "class")?.kind, Kind.InternalError, "kind through decode")
}

private fun localeNegotiation() {
    for ((tag, want) in listOf(
        "zh-Hans-CN" to CatalogLocale.Zh,
        "zh_TW" to CatalogLocale.Zh,
        "ZH" to CatalogLocale.Zh,
        "th-TH" to CatalogLocale.Th,
        "th_TH.UTF-8" to CatalogLocale.Th,
        "hi-IN" to CatalogLocale.Hi,
        "en-US" to CatalogLocale.En,
        "en@euro" to CatalogLocale.En,
        " zh " to CatalogLocale.Zh,
        "fr-FR" to CatalogLocale.En,
        "" to CatalogLocale.En,
        "in-ID" to CatalogLocale.En, // id is not a locale of this fixture
    )) {
        eq(CatalogLocale.negotiate(tag), want, "negotiate <$tag>")
    }
    eq(CatalogLocale.fromTag("fr"), null, "fromTag fr")
    eq(CatalogLocale.fromTag("\u0131N"), null, "dotless i is not ASCII")
    eq(CatalogLocale.fromTag("Th"), CatalogLocale.Th, "fromTag Th")
    eq(CatalogLocale.negotiatePreferred(listOf("fr", "hi-IN", "zh")), CatalogLocale.Hi, "negotiatePreferred")
    eq(CatalogLocale.negotiatePreferred("fr", "de"), CatalogLocale.En, "negotiatePreferred none")
    eq(CatalogLocale.ALL.size, 4, "ALL")
    eq(CatalogLocale.ALL.map { it.tag }, listOf("zh", "en", "th", "hi"), "ALL in catalog order")
    eq(CatalogLocale.FALLBACK, CatalogLocale.En, "FALLBACK")
}

// The platform's Locale and the catalog's CatalogLocale live side by side
// in one file, both imported by their simple names, and platform locale
// strings negotiate.
private fun platformLocales() {
    eq(CatalogLocale.negotiate(Locale.forLanguageTag("zh-Hans-CN").toString()), CatalogLocale.Zh, "zh_CN_#Hans")
    eq(CatalogLocale.negotiate(Locale.forLanguageTag("th-TH").toString()), CatalogLocale.Th, "th_TH")
    eq(CatalogLocale.negotiate(Locale.forLanguageTag("hi-IN").toLanguageTag()), CatalogLocale.Hi, "hi-IN")
    eq(CatalogLocale.negotiate(Locale.ROOT.toString()), CatalogLocale.En, "root locale")
}

// Every value's toString() is "code: message" in the fallback locale, like
// Rust's Display, for data objects, families and unknown codes alike.
private fun toStrings() {
    eq(Keywords.Fun.toString(), "fun: fun", "data object")
    eq("${Keywords.Fun}", "fun: fun", "string template")
    eq(Keywords.Class.toString(), "class: " + Keywords.Class.message(CatalogLocale.En), "class")
    eq(Keywords.NetErr(503).toString(), "NET_ERR_503: Network error family", "family")
    eq(Keywords.fromCode("zzz").toString(), "zzz: Something went wrong.", "unknown code")
    eq(Keywords.Unknown("").toString(), ": Something went wrong.", "empty unknown code")
    eq(Keywords.OLD_ONE.toString(), "OLD_NEW: " + Keywords.OldNew.message(CatalogLocale.En), "old code")
    eq(Numbers.fromInt(-999).toString(), "-999: Not finished", "integer code")
    eq(Numbers.fromInt(42).toString(), "42: Something went wrong.", "unknown integer code")
    eq(Flags.decodeFlags("impaired(9)").map { it.toString() }, listOf("9: Something went wrong."), "flags")
    val any: CatalogCode = Numbers.Code0
    eq(any.toString(), "0: Success", "through the interface")
    eq(listOf(Numbers.Code0, Numbers.Code1001).toString(), "[0: Success, 1001: Engine failed]", "in a list")
    // In the fallback locale whatever the texts of other locales.
    eq(Keywords.Class.toString(), "class: " + Keywords.Class.message(CatalogLocale.FALLBACK), "fallback locale")
    check(!Keywords.Class.toString().contains(Keywords.Class.message(CatalogLocale.Zh)), "not in zh")
    // Equality and hashing of data classes are still by value.
    eq(Keywords.NetErr(1).hashCode(), Keywords.NetErr(1).hashCode(), "family hashCode")
    eq(setOf(Keywords.Unknown("a"), Keywords.Unknown("a")).size, 1, "unknown codes in a set")
    check(Keywords.NetErr(1) != Keywords.NetErr(2), "families differ by parameter")
}

// Values are thrown as CatalogException and matched again after the catch.
private fun exceptions() {
    val caught = try {
        throw Numbers.CodeMinus999.toException()
    } catch (e: CatalogException) {
        when (val c = e.code) {
            is Numbers -> describe(c)
            else -> "other table"
        }
    }
    eq(caught, "minus", "throw and catch a closed table's value")
    val e = Keywords.fromCode("OLD_ONE").toException()
    eq(e.message, "OLD_NEW: " + Keywords.OldNew.message(CatalogLocale.En), "exception message")
    eq(e.code.receivedCode, "OLD_ONE", "exception keeps the code received")
    check((e as Throwable) is RuntimeException, "a RuntimeException")
    val unknown = try {
        throw CatalogException(Keywords.fromCode("zzz"))
    } catch (e: RuntimeException) {
        (e as? CatalogException)?.code?.receivedCode
    }
    eq(unknown, "zzz", "unknown code thrown")
}

public fun main(args: Array<String>) {
    checkTextVectors(args[0], 100)
    checkMetaVectors(args[1], 40)
    checkNegotiationVectors(args[3], 40)
    decoding()
    unknownPrompt()
    kindsActorsAndPrompts()
    localeNegotiation()
    platformLocales()
    toStrings()
    exceptions()
    finish()
}
