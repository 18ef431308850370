// {{ p.header }}
package dev.errgen.codes

/**
 * What every table's values offer, for code that handles codes of any
 * table. Each table is a sealed class implementing this; decode a code of
 * any table with [decode]. Every value's `toString()` is `code: message`,
 * with the message in [CatalogLocale.FALLBACK].
 */
public interface CatalogCode {
    /** The id of the table the value belongs to. */
    public val table: String

    /** The code as the vendor sends it. */
    public val code: String

    /** Whether the catalog lists the code. */
    public val isKnown: Boolean

    /** The message for the end user in [locale]. */
    public fun message(locale: CatalogLocale): String

    /** What the integrating developer can do, in [locale], where the vendor says. */
    public fun solution(locale: CatalogLocale): String?

    /** Whether the vendor bills the call that returned this code, where it says. */
    public val billed: Boolean?

    /** The platform the code occurs on, where the vendor says. */
    public val platform: Platform?

    /** The version that retired this code, for old codes with no successor. */
    public val retiredIn: String?

    /** The canonical kind ([Kind.{{ p.unknown_kind }}] for an unlisted code). */
    public val kind: Kind

    /** Who must act ([Actor.{{ p.unknown_actor }}] for an unlisted code). */
    public val actor: Actor

    /** Whether trying again (after the actor acted) can succeed; `false` for an unlisted code. */
    public val retryable: Boolean

    /** The prompt to show the end user, where they can fix the problem. */
    public val prompt: Prompt?
}

/** The platform an error code occurs on, where the vendor says. */
public enum class Platform {
    /** Android and iOS. */
    Both,

    /** iOS only. */
    Ios,

    /** Android only. */
    Android,
}

/** Every table id, sorted. */
public val TABLES: List<String> = listOf(
{%- for t in p.tables %}
    {{ t.id_lit }},
{%- endfor %}
)

/**
 * Decodes [code] in the table with id [table] (see [TABLES]); `null` only
 * when there is no such table. Never throws.
 */
public fun decode(table: String, code: String): CatalogCode? = when (table) {
{%- for t in p.tables %}
    {{ t.id_lit }} -> {{ t.type_name }}.fromCode(code)
{%- endfor %}
    else -> null
}

/** Texts of one kind by locale; each locale's array is built on first use. */
internal class LocaleTexts<T>(load: (Int) -> Array<T>) {
    private val byLocale: List<Lazy<Array<T>>> = List(CatalogLocale.entries.size) { lazy { load(it) } }

    operator fun get(locale: CatalogLocale): Array<T> = byLocale[locale.ordinal].value
}

/**
 * The parameter of a pattern code: [code] is `prefix + parameter + suffix`
 * with a non-empty parameter (a canonical integer when [int]), else `null`.
 */
internal fun patternParam(code: String, prefix: String, suffix: String, int: Boolean): String? {
    if (code.length < prefix.length + suffix.length || !code.startsWith(prefix) || !code.endsWith(suffix)) {
        return null
    }
    val mid = code.substring(prefix.length, code.length - suffix.length)
    if (mid.isEmpty() || (int && !isCanonicalInt(mid))) {
        return null
    }
    return mid
}

/** `0`, `-999`, `1001`: a 64-bit integer as `toString()` writes it. */
internal fun isCanonicalInt(s: String): Boolean {
    val digits = s.removePrefix("-")
    return digits.isNotEmpty() &&
        digits.all { it in '0'..'9' } &&
        (digits == "0" || digits[0] != '0') &&
        s != "-0" &&
        s.toLongOrNull() != null
}

/**
 * The flag characters of a flag-set string such as `stereo impaired(42)`:
 * the part between [prefix] and [suffix] when both are there, else the
 * whole string (both without surrounding white space), one string per
 * character (code point).
 */
internal fun flagChars(s: String, prefix: String, suffix: String): List<String> {
    val t = trimWhiteSpace(s)
    val inner = if (t.startsWith(prefix) && t.substring(prefix.length).endsWith(suffix)) {
        t.substring(prefix.length, t.length - suffix.length)
    } else {
        t
    }
    val out = ArrayList<String>(inner.length)
    var i = 0
    while (i < inner.length) {
        val pair = inner[i].isHighSurrogate() && i + 1 < inner.length && inner[i + 1].isLowSurrogate()
        val n = if (pair) 2 else 1
        out.add(inner.substring(i, i + n))
        i += n
    }
    return out
}

/** Orders codes by code point (as their UTF-8 bytes sort), not by UTF-16 unit. */
internal val CODE_ORDER: Comparator<String> = Comparator { a, b ->
    var i = 0
    var j = 0
    while (i < a.length && j < b.length) {
        val x = codePointAt(a, i)
        val y = codePointAt(b, j)
        if (x != y) return@Comparator x.compareTo(y)
        i += if (x > 0xFFFF) 2 else 1
        j += if (y > 0xFFFF) 2 else 1
    }
    (a.length - i).compareTo(b.length - j)
}

private fun codePointAt(s: String, i: Int): Int {
    val c = s[i]
    if (c.isHighSurrogate() && i + 1 < s.length && s[i + 1].isLowSurrogate()) {
        return 0x10000 + ((c.code - 0xD800) shl 10) + (s[i + 1].code - 0xDC00)
    }
    return c.code
}

/**
 * The language subtag of a locale string, ASCII-lower-cased, with legacy
 * codes mapped to current ones (`in` -> `id`, `iw` -> `he`, `ji` -> `yi`).
 */
internal fun languageSubtag(tag: String): String {
    val t = trimWhiteSpace(tag)
    val end = t.indexOfAny(charArrayOf('-', '_', '.', '@')).let { if (it < 0) t.length else it }
    return when (val lang = asciiLowercase(t.substring(0, end))) {
        "in" -> "id"
        "iw" -> "he"
        "ji" -> "yi"
        else -> lang
    }
}

/** Lower-cases ASCII letters only, the same on every platform and locale. */
internal fun asciiLowercase(s: String): String =
    buildString(s.length) { for (c in s) append(if (c in 'A'..'Z') c + 32 else c) }

/** Removes leading and trailing Unicode White_Space (as every target does). */
internal fun trimWhiteSpace(s: String): String = s.trim { isWhiteSpace(it) }

private fun isWhiteSpace(c: Char): Boolean = when (c) {
    '\u0009', '\u000A', '\u000B', '\u000C', '\u000D', '\u0020', '\u0085', '\u00A0', '\u1680',
    in '\u2000'..'\u200A', '\u2028', '\u2029', '\u202F', '\u205F', '\u3000' -> true
    else -> false
}
