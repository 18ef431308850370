// {{ p.header }}
package {{ p.pkg.name }}

/**
 * What every table's values offer, for code that handles codes of any
 * table. Each table is a sealed class implementing this; decode a code of
 * any table with [decode]. Every value's `toString()` is `code: message`,
 * with the message in [CatalogLocale.FALLBACK].
 */
public interface CatalogCode {
    /** The id of the table the value belongs to. */
    public val table: String

    /** The code as the vendor sends it now (an old code gives its current value's code). */
    public val code: String

    /**
     * The code exactly as received: [code], except for a value decoded from
     * an old code (an alias), which keeps the old code here.
     */
    public val receivedCode: String

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

/**
 * A catalog value as an exception, to throw: `throw Table.Value.toException()`
 * and `catch (e: CatalogException) { when (val c = e.code) { ... } }`. Its
 * message is the value's `toString()`: `code: message` in
 * [CatalogLocale.FALLBACK].
 *
 * @property code The value thrown.
 */
public class CatalogException(public val code: CatalogCode) : RuntimeException(code.toString())

/** This value as a [CatalogException], to throw. */
public fun CatalogCode.toException(): CatalogException = CatalogException(this)

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

/**
 * The message of [c] without placeholders (what `message` gives for a value
 * with no parameter values).
 */
internal fun plainMessageOf(c: CatalogCode, locale: CatalogLocale): String? = when (c) {
{%- for t in p.tables %}
    is {{ t.type_name }} -> c.plainMessage(locale)
{%- endfor %}
    else -> null
}

/**
 * The template of [c] in [locale] filled by [value] (a pattern's own
 * parameter from [c]); `null` for a table without templates.
 */
internal fun filledTemplateOf(c: CatalogCode, locale: CatalogLocale, value: (String) -> String?): String? = when (c) {
{%- for t in templated %}
    is {{ t }} -> c.filled(locale, value)
{%- endfor %}
    else -> null
}

/**
 * [template] with each `{name}` placeholder whose [value] is not `null`
 * replaced by it; every other character as it is.
 */
internal fun fillTemplate(template: String, value: (String) -> String?): String {
    val out = StringBuilder(template.length + 16)
    var i = 0
    while (i < template.length) {
        val close = if (template[i] == '{') template.indexOf('}', i + 1) else -1
        val v = if (close > i) value(template.substring(i + 1, close)) else null
        if (v != null) {
            out.append(v)
            i = close + 1
        } else {
            out.append(template[i])
            i++
        }
    }
    return out.toString()
}

/** Texts of one kind by locale; each locale's array is built on first use. */
internal class LocaleTexts<T>(load: (Int) -> Array<T>) {
    private val byLocale: List<Lazy<Array<T>>> = List(CatalogLocale.ALL.size) { lazy { load(it) } }

    operator fun get(locale: CatalogLocale): Array<T> = byLocale[locale.index].value
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
 * one string per character (code point) between [prefix] and [suffix]; `null`
 * unless [s] is exactly that (no white space around it, nothing missing).
 */
internal fun flagChars(s: String, prefix: String, suffix: String): List<String>? {
    if (s.length < prefix.length + suffix.length || !s.startsWith(prefix) || !s.endsWith(suffix)) {
        return null
    }
    val inner = s.substring(prefix.length, s.length - suffix.length)
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

/** A locale tag taken apart: language (lower case), script (title case), region (upper case). */
internal class LocaleTag(val language: String, val script: String?, val region: String?) {
    /** The script, or the one the language usually has in the region. */
    fun likelyScript(): String? = script ?: when {
        language != "zh" -> null
        region == "TW" || region == "HK" || region == "MO" -> "Hant"
        else -> "Hans"
    }
}

/**
 * Takes a BCP 47 tag or platform locale string apart: cut at the first `.`
 * or `@`, split at `-` and `_`; the first subtag is the language (legacy
 * `in`, `iw`, `ji` read as `id`, `he`, `yi`), a later one of four letters the
 * script (after an optional `#`), of two letters or three digits the region.
 */
internal fun parseTag(tag: String): LocaleTag {
    val t = trimWhiteSpace(tag)
    val end = t.indexOfAny(charArrayOf('.', '@')).let { if (it < 0) t.length else it }
    val parts = t.substring(0, end).split('-', '_')
    val language = when (val lang = asciiLowercase(parts[0])) {
        "in" -> "id"
        "iw" -> "he"
        "ji" -> "yi"
        else -> lang
    }
    var script: String? = null
    var region: String? = null
    for (raw in parts.drop(1)) {
        val p = raw.removePrefix("#")
        val alpha = p.all { it in 'a'..'z' || it in 'A'..'Z' }
        if (p.length == 4 && alpha && script == null) {
            script = asciiUppercase(p.substring(0, 1)) + asciiLowercase(p.substring(1))
        } else if (((p.length == 2 && alpha) || (p.length == 3 && p.all { it in '0'..'9' })) && region == null) {
            region = asciiUppercase(p)
        }
    }
    return LocaleTag(language, script, region)
}

/** Upper-cases ASCII letters only. */
internal fun asciiUppercase(s: String): String =
    buildString(s.length) { for (c in s) append(if (c in 'a'..'z') c - 32 else c) }

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
