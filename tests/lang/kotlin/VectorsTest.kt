// Runs against any generated Kotlin package: every text in the vector file
// named by the first argument must come back byte for byte through
// decode(table, code), and decoding the code must give it back. Prints one
// line per failure, then "N passed, M failed"; exits non-zero on failure.

import dev.errgen.codes.Locale
import dev.errgen.codes.Prompt
import dev.errgen.codes.decode
import java.io.File
import kotlin.system.exitProcess

private fun unhex(s: String): String {
    if (s == "-") return ""
    val bytes = ByteArray(s.length / 2) { s.substring(2 * it, 2 * it + 2).toInt(16).toByte() }
    return bytes.decodeToString(throwOnInvalidSequence = true)
}

private fun same(got: String?, want: String): Boolean =
    got != null && got.encodeToByteArray().contentEquals(want.encodeToByteArray())

public fun main(args: Array<String>) {
    var passed = 0
    var failed = 0
    for (line in File(args[0]).readLines()) {
        if (line.isEmpty()) continue
        val f = line.split(' ')
        val ok = when (f[0]) {
            "message", "solution" -> {
                val code = unhex(f[2])
                val v = decode(f[1], code)
                val l = Locale.fromTag(f[3])
                v != null && l != null && v.isKnown && v.code == code &&
                    same(if (f[0] == "message") v.message(l) else v.solution(l), unhex(f[4]))
            }
            "prompt" -> {
                val p = Prompt.fromKey(f[1])
                val l = Locale.fromTag(f[2])
                p != null && l != null && same(p.text(l), unhex(f[3]))
            }
            else -> false
        }
        if (ok) {
            passed++
        } else {
            failed++
            println("FAIL $line")
        }
    }
    println("$passed passed, $failed failed")
    if (failed > 0) exitProcess(1)
}
