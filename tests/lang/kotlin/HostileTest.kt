// Runs against the Kotlin package generated from tests/fixtures/hostile:
// every text must come back byte for byte (vectors from the harness, the
// file named by the first argument), and decoding must follow the catalog
// (the same cases as tests/lang/rust/hostile.rs). Prints one line per
// failure, then "N passed, M failed"; exits non-zero on any failure.
@file:Suppress("DEPRECATION")

import dev.errgen.codes.Actor
import dev.errgen.codes.CatalogCode
import dev.errgen.codes.Flags
import dev.errgen.codes.Keywords
import dev.errgen.codes.Kind
import dev.errgen.codes.Locale
import dev.errgen.codes.Numbers
import dev.errgen.codes.Platform
import dev.errgen.codes.Prompt
import dev.errgen.codes.TABLES
import dev.errgen.codes.decode
import java.io.File
import kotlin.system.exitProcess

private var passed = 0
private var failed = 0

private fun check(ok: Boolean, what: String) {
    if (ok) {
        passed++
    } else {
        failed++
        println("FAIL $what")
    }
}

private fun <T> eq(got: T, want: T, what: String) = check(got == want, "$what: got <$got>, want <$want>")

private fun unhex(s: String): String {
    if (s == "-") return ""
    val bytes = ByteArray(s.length / 2) { s.substring(2 * it, 2 * it + 2).toInt(16).toByte() }
    return bytes.decodeToString(throwOnInvalidSequence = true)
}

private fun vectors(path: String) {
    var n = 0
    for (line in File(path).readLines()) {
        if (line.isEmpty()) continue
        val f = line.split(' ')
        n++
        when (f[0]) {
            "message", "solution" -> {
                val v = decode(f[1], unhex(f[2]))
                val l = Locale.fromTag(f[3])
                if (v == null || l == null) {
                    check(false, "$line: no table or locale")
                    continue
                }
                check(v.isKnown, "$line: not known")
                val got = if (f[0] == "message") v.message(l) else v.solution(l)
                // Byte for byte: compare the UTF-8 encodings.
                val want = unhex(f[4])
                check(
                    got != null && got.encodeToByteArray().contentEquals(want.encodeToByteArray()),
                    "$line: got <$got>",
                )
            }
            "prompt" -> {
                val p = Prompt.fromKey(f[1])
                val l = Locale.fromTag(f[2])
                if (p == null || l == null) {
                    check(false, "$line: no prompt or locale")
                    continue
                }
                check(p.text(l).encodeToByteArray().contentEquals(unhex(f[3]).encodeToByteArray()), "$line: got <${p.text(l)}>")
            }
            else -> check(false, "unknown vector kind: $line")
        }
    }
    check(n > 100, "only $n vectors")
}

// `when` without `else` compiles only if it covers every value: proof that
// the sealed classes can be matched exhaustively.
private fun describe(n: Numbers): String = when (n) {
    Numbers.Code0 -> "zero"
    Numbers.CodeMinus999 -> "minus"
    Numbers.Code1001 -> "engine"
    Numbers.Code9223372036854775807 -> "max"
    is Numbers.Unknown -> "unknown ${n.rawCode}"
}

private fun describe(k: Keywords): String = when (k) {
    is Keywords.NetErr -> "net ${k.param}"
    is Keywords.FamEnd -> "fam ${k.param}"
    is Keywords.Unknown -> "unknown ${k.rawCode}"
    Keywords.Class, Keywords.Default, Keywords.Self, Keywords.Type, Keywords.In, Keywords.Fun,
    Keywords.When, Keywords.Object, Keywords.NotListed, Keywords.Is, Keywords.Enum, Keywords.Val,
    Keywords.Switch, Keywords.Protocol, Keywords.Null, Keywords.True, Keywords.No, Keywords.ADash,
    Keywords.AB, Keywords.X, Keywords.FailedOperationActionCloseEye, Keywords.OldNew, Keywords.Gone,
    -> "listed ${k.code}"
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
    eq(Keywords.fromCode("GONE").retiredIn, "2.0", "GONE retired")
    eq(Keywords.Class.retiredIn, null, "class not retired")
    // Patterns keep their parameter; a non-integer parameter of an int family is unknown.
    eq(Keywords.fromCode("NET_ERR_503"), Keywords.NetErr("503"), "NET_ERR_503")
    eq(Keywords.fromCode("NET_ERR_-1009").code, "NET_ERR_-1009", "NET_ERR_-1009")
    eq(Keywords.fromCode("NET_ERR_x"), Keywords.Unknown("NET_ERR_x"), "NET_ERR_x")
    eq(Keywords.fromCode("NET_ERR_"), Keywords.Unknown("NET_ERR_"), "NET_ERR_")
    eq(Keywords.fromCode("NET_ERR_007"), Keywords.Unknown("NET_ERR_007"), "NET_ERR_007")
    eq(Keywords.fromCode("NET_ERR_-0"), Keywords.Unknown("NET_ERR_-0"), "NET_ERR_-0")
    eq(Keywords.fromCode("FAM_a b.end"), Keywords.FamEnd("a b"), "FAM_a b.end")
    eq(Keywords.fromCode("FAM_.end"), Keywords.Unknown("FAM_.end"), "FAM_.end")
    eq(Keywords.fromCode("FAM_x.end").code, "FAM_x.end", "FAM code")
    eq(Keywords.fromCode("FAM_x.end").isKnown, true, "family is known")
    eq(Keywords.NetErr("5").message(Locale.En), "Network error family", "family message")
    eq(Keywords.NetErr("5").solution(Locale.Zh), "Retry.", "family solution")
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
    eq(Flags.decodeFlags("424"), listOf(Flags.Code2, Flags.Code4), "424")
    eq(Flags.decodeFlags(" impaired(420) "), listOf(Flags.Code0, Flags.Code2, Flags.Code4), "impaired(420) with spaces")
    eq(Flags.decodeFlags("impaired(9)"), listOf(Flags.Unknown("9")), "impaired(9)")
    eq(Flags.decodeFlags(""), listOf<Flags>(), "no flags")
    eq(Flags.decodeFlags("impaired()"), listOf<Flags>(), "impaired()")
    eq(Flags.decodeFlags("2🙂\uFF10"), listOf(Flags.Code2, Flags.Unknown("\uFF10"), Flags.Unknown("🙂")), "sorted by code point")
    // Metadata.
    eq(Keywords.Class.billed, true, "class billed")
    eq(Keywords.Self.billed, false, "self billed")
    eq(Keywords.Type.billed, null, "Type billed")
    eq(Keywords.Class.platform, Platform.Both, "class platform")
    eq(Keywords.Default.platform, Platform.Ios, "default platform")
    eq(Keywords.Self.platform, Platform.Android, "self platform")
    eq(Keywords.Fun.platform, null, "fun platform")
    eq(Keywords.Fun.solution(Locale.En), null, "fun solution")
    eq(Keywords.Unknown("x").solution(Locale.En), null, "unknown solution")
    eq(Keywords.Unknown("x").billed, null, "unknown billed")
    eq(Keywords.Unknown("x").platform, null, "unknown platform")
    eq(Numbers.Code0.billed, true, "0 billed")
    eq(Numbers.Code0.solution(Locale.En), null, "solution of a table without solutions")
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
    eq(any.message(Locale.Zh), "表情 🙂", "interface message")
}

private fun unknownPrompt() {
    eq(Keywords.fromCode("zzz").message(Locale.Zh), Prompt.UnknownError.text(Locale.Zh), "unknown zh")
    eq(Keywords.fromCode("zzz").message(Locale.En), "Something went wrong.", "unknown en")
    eq(Numbers.fromInt(5).message(Locale.Hi), "Something went wrong.", "unknown hi falls back")
    // No th text for "class": falls back to en.
    eq(Keywords.Class.message(Locale.Th), Keywords.Class.message(Locale.En), "th falls back")
    eq(Keywords.Self.message(Locale.Th), "ไทย ทดสอบ ํา ่ ้ ๊ ๋ combining marks", "th text")
    eq(Keywords.Class.message(Locale.Zh), "中文 \$dollar \${interp} \\(swift)", "template syntax stays literal")
    eq(Keywords.Class.solution(Locale.En), "Line one\nLine two\ttab\r\ncrlf", "control characters")
    eq(Prompt.Class.text(Locale.Hi), "हिन्दी क्षि ज्ञ \$name \${name}", "hi prompt")
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
    eq(Keywords.NetErr("1").kind, Keywords.fromCode("NET_ERR_1").kind, "family kind")
    val unknown = Keywords.fromCode("zzz")
    eq(listOf(unknown.kind, unknown.actor, unknown.retryable, unknown.prompt), listOf(Kind.Unknown, Actor.Developer, false, null), "unknown code")
    eq(Kind.fromId("default"), Kind.Default, "Kind.fromId")
    eq(Kind.fromId("nope"), null, "no such kind")
    eq(Kind.Default.id, "default", "Kind.id")
    eq(Kind.InternalError.label(Locale.En), "Service error with */ and \$x and \\(y) and \"quotes\"", "kind label")
    eq(Kind.ALL.size, 8, "Kind.ALL")
    eq(Actor.None.id, "none", "Actor.id")
    eq(Actor.entries.map { it.id }, listOf("user", "developer", "operator", "vendor", "none"), "actors")
    eq(decode("keywords", "class")?.kind, Kind.InternalError, "kind through decode")
}

private fun localeNegotiation() {
    for ((tag, want) in listOf(
        "zh-Hans-CN" to Locale.Zh,
        "zh_TW" to Locale.Zh,
        "ZH" to Locale.Zh,
        "th-TH" to Locale.Th,
        "th_TH.UTF-8" to Locale.Th,
        "hi-IN" to Locale.Hi,
        "en-US" to Locale.En,
        "en@euro" to Locale.En,
        " zh " to Locale.Zh,
        "fr-FR" to Locale.En,
        "" to Locale.En,
        "in-ID" to Locale.En, // id is not a locale of this fixture
    )) {
        eq(Locale.negotiate(tag), want, "negotiate <$tag>")
    }
    eq(Locale.fromTag("fr"), null, "fromTag fr")
    eq(Locale.fromTag("\u0131N"), null, "dotless i is not ASCII")
    eq(Locale.fromTag("Th"), Locale.Th, "fromTag Th")
    eq(Locale.negotiatePreferred(listOf("fr", "hi-IN", "zh")), Locale.Hi, "negotiatePreferred")
    eq(Locale.negotiatePreferred("fr", "de"), Locale.En, "negotiatePreferred none")
    eq(Locale.ALL.size, 4, "ALL")
    eq(Locale.ALL.map { it.tag }, listOf("zh", "en", "th", "hi"), "ALL in catalog order")
    eq(Locale.FALLBACK, Locale.En, "FALLBACK")
}

public fun main(args: Array<String>) {
    vectors(args[0])
    decoding()
    unknownPrompt()
    kindsActorsAndPrompts()
    localeNegotiation()
    println("$passed passed, $failed failed")
    if (failed > 0) exitProcess(1)
}
