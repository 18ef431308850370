// Shared by the Kotlin test programs (compiled with each of them against a
// generated package): counting checks, and checking the text and meta
// vector files written by the harness (tests/common/mod.rs) line by line.
// Each program prints one line per failure, then "N passed, M failed"
// (finish), and exits non-zero on any failure.

import dev.errgen.codes.CatalogLocale
import dev.errgen.codes.Kind
import dev.errgen.codes.Prompt
import dev.errgen.codes.decode
import dev.errgen.codes.filledTemplateOf
import dev.errgen.codes.plainMessageOf
import java.io.File
import kotlin.system.exitProcess

private var passed = 0
private var failed = 0

internal fun check(ok: Boolean, what: String) {
    if (ok) {
        passed++
    } else {
        failed++
        println("FAIL $what")
    }
}

internal fun <T> eq(got: T, want: T, what: String) = check(got == want, "$what: got <$got>, want <$want>")

/** Prints the closing line and exits non-zero on any failure. */
internal fun finish() {
    println("$passed passed, $failed failed")
    if (failed > 0) exitProcess(1)
}

/** A string field of a vector line: the hex of its UTF-8 bytes, `-` for empty. */
internal fun unhex(s: String): String {
    if (s == "-") return ""
    val bytes = ByteArray(s.length / 2) { s.substring(2 * it, 2 * it + 2).toInt(16).toByte() }
    return bytes.decodeToString(throwOnInvalidSequence = true)
}

/** Byte for byte: the UTF-8 encodings are equal. */
internal fun same(got: String?, want: String): Boolean =
    got != null && got.encodeToByteArray().contentEquals(want.encodeToByteArray())

/** The non-empty lines of a vector file; fails if there are fewer than [min]. */
private fun lines(path: String, min: Int): List<String> {
    val out = File(path).readLines().filter { it.isNotEmpty() }
    check(out.size >= min, "$path: only ${out.size} lines, want at least $min")
    return out
}

/**
 * Checks every line of a text vector file: each message and solution comes
 * back byte for byte through `decode(table, code)` (which knows the code and
 * gives it back), and so does each prompt text.
 */
internal fun checkTextVectors(path: String, min: Int) {
    for (line in lines(path, min)) {
        val f = line.split(' ')
        when (f[0]) {
            "message", "solution" -> {
                val code = unhex(f[2])
                val v = decode(f[1], code)
                val l = CatalogLocale.fromTag(f[3])
                if (v == null || l == null) {
                    check(false, "$line: no table or locale")
                    continue
                }
                check(v.isKnown, "$line: not known")
                check(v.code == code, "$line: code <${v.code}>")
                val want = unhex(f[4])
                if (f[0] == "message") {
                    // What `message` shows (a family's template filled with
                    // its parameter); the text without placeholders is the
                    // same wherever no family fills a template.
                    val got = v.message(l)
                    check(same(got, want), "$line: message <$got>")
                    if (filledTemplateOf(v, l) { null } == null) {
                        val plain = plainMessageOf(v, l)
                        check(same(plain, want), "$line: plain <$plain>")
                    }
                } else {
                    val got = v.solution(l)
                    check(same(got, want), "$line: got <$got>")
                }
            }
            "prompt" -> {
                val p = Prompt.fromKey(f[1])
                val l = CatalogLocale.fromTag(f[2])
                if (p == null || l == null) {
                    check(false, "$line: no prompt or locale")
                    continue
                }
                check(same(p.text(l), unhex(f[3])), "$line: got <${p.text(l)}>")
            }
            else -> check(false, "unknown vector kind: $line")
        }
    }
}

/**
 * Checks one meta vector line: a kind's label, or the kind, actor,
 * retryable flag and prompt of a listed (`entry`) or unlisted (`unknown`)
 * code, as tests/lang/rust/hostile.rs does.
 */
internal fun checkMetaLine(line: String) {
    val f = line.split(' ')
    when (f[0]) {
        "kind" -> {
            val k = Kind.fromId(f[1])
            val l = CatalogLocale.fromTag(f[2])
            if (k == null || l == null) {
                check(false, "$line: no kind or locale")
                return
            }
            eq(k.id, f[1], "$line: id")
            check(same(k.label(l), unhex(f[3])), "$line: got <${k.label(l)}>")
        }
        "entry", "unknown" -> {
            if (f.size != 7) {
                check(false, "$line: ${f.size} fields")
                return
            }
            val v = decode(f[1], unhex(f[2]))
            if (v == null) {
                check(false, "$line: no table")
                return
            }
            eq(v.isKnown, f[0] == "entry", "$line: isKnown")
            eq(v.kind.id, f[3], "$line: kind")
            eq(v.actor.id, f[4], "$line: actor")
            eq(v.retryable, f[5] == "1", "$line: retryable")
            eq(v.prompt?.key ?: "-", f[6], "$line: prompt")
        }
        else -> check(false, "unknown meta vector: $line")
    }
}

/** Checks every line of a meta vector file (see [checkMetaLine]). */
internal fun checkMetaVectors(path: String, min: Int) {
    for (line in lines(path, min)) checkMetaLine(line)
}

/**
 * Checks every line of a template vector file (`template <table> <code>
 * <locale> <text>`): the entry's template in the locale with each parameter
 * filled by its name in angle brackets (a pattern's own by the value's `7`).
 */
internal fun checkTemplateVectors(path: String, min: Int) {
    for (line in lines(path, min)) {
        val f = line.split(' ')
        val v = decode(f[1], unhex(f[2]))
        val l = CatalogLocale.fromTag(f[3])
        if (f[0] != "template" || v == null || l == null) {
            check(false, "$line: not a template vector, or no table or locale")
            continue
        }
        val got = filledTemplateOf(v, l) { "<$it>" }
        check(same(got, unhex(f[4])), "$line: got <$got>")
    }
}

/**
 * Checks every line of a negotiation vector file (`<input hex> <tag>`):
 * `CatalogLocale.negotiate` picks the locale src/locale.rs picks.
 */
internal fun checkNegotiationVectors(path: String, min: Int) {
    for (line in lines(path, min)) {
        val f = line.split(' ')
        val got = CatalogLocale.negotiate(unhex(f[0])).tag
        check(got == f[1], "negotiate <${unhex(f[0])}>: got $got, want ${f[1]}")
    }
}
