// {{ p.header }}
package {{ p.pkg.name }}

import kotlin.jvm.JvmStatic
{%- import "kotlin/arrays.kt" as arr %}
{%- let t = k.t %}
{%- macro fill_fn(tpl) %}

        /**
         * The message in [locale] with its parameters filled in (the plain
         * message where [locale] has no template).
         */
        public fun message(locale: CatalogLocale{% for (n, ty, _) in tpl.params %}, {{ n }}: {{ ty }}{% endfor %}): String = filled(locale) {
            when (it) {
{%- for (n, ty, lit) in tpl.params %}
                {{ lit }} -> {{ n }}{% if ty == &"Long" %}.toString(){% endif %}
{%- endfor %}
                else -> null
            }
        }
{%- endmacro %}

/**
 * {{ t.title_doc }}
 *
 * Vendor: {{ t.vendor_doc }}. Transcribed from {{ t.source_doc }}.
{%- if let Some(note) = t.note_doc %}
 *
 * {{ note }}
{%- endif %}
 *
 * Decode a raw code with [{{ t.type_name }}.fromCode]{% if t.int %} or [{{ t.type_name }}.fromInt]{% endif %}. A code this
 * table does not list decodes to [{{ t.unknown_name }}], which keeps it; only decoding makes one.
 * Every value keeps the code actually received ([receivedCode]): an old code decodes to the value
 * that replaced it, equal to it, and still reports what was received.
{%- if t.open %}
 *
 * The vendor says codes exist beyond this table, and codes added to it come in minor versions:
 * the type is not sealed, so `when` over a value needs an `else` branch.
 */
public abstract class {{ t.type_name }} internal constructor(
{%- else %}
 *
 * The vendor's list is complete: the type is sealed and `when` over a value with an `is` branch per
 * value is exhaustive (a code added to this table is a breaking change).
 */
public sealed class {{ t.type_name }}(
{%- endif %}
    /** Position in the table's text arrays; -1 for [{{ t.unknown_name }}]. */
    private val index: Int,
    /** The code as received, when it is not [code]. */
    private val received: String?,
) : CatalogCode {
{%- for e in t.entries %}
    /**
     * {{ e.code_doc }}: {{ e.message_doc }}
{%- if let Some(r) = e.retired_in_doc %}
     *
     * Retired in version {{ r }}, with no successor.
{%- endif %}
{%- for a in e.aliases %}
     *
     * Also decoded from {{ a.code_doc }}, its code until version {{ a.retired_in_doc }}.
{%- endfor %}
{%- if let Some(pat) = e.pattern %}
     *
     * A family of codes: holds the {{ pat.param_doc }} parameter as sent.
     *
     * @property param The {{ pat.param_doc }} parameter{% if pat.int %}, a 64-bit integer{% endif %}.
     */
    public data class {{ e.name }}(public val param: {% if pat.int %}Long{% else %}String{% endif %}) : {{ t.type_name }}({{ e.index }}, null)
{%- if let Some(tpl) = k.tpl(e.index) %} {
        override fun patternValue(name: String): String? = if (name == {{ tpl.pattern_param.as_deref().unwrap_or("\"\"") }}) param.toString() else null
{%- if tpl.params.is_empty() %}

        /** The message in [locale], its template filled with [param] (the plain message where [locale] has no template). */
        override fun message(locale: CatalogLocale): String = filled(locale) { null }
{%- else %}
{%- call fill_fn(tpl) %}{% endcall %}
{%- endif %}
    }
{%- endif %}
{%- else if !e.aliases.is_empty() %}
     *
     * Write `{{ t.type_name }}.{{ e.name }}` for the value (its companion object) and `is {{ t.type_name }}.{{ e.name }}`
     * to match it, whatever code it was decoded from.
     */
    public open class {{ e.name }} internal constructor(received: String?) : {{ t.type_name }}({{ e.index }}, received) {
        /** The value, with its current code. */
        public companion object : {{ e.name }}(null)
{%- if let Some(tpl) = k.tpl(e.index) %}
{%- if !tpl.params.is_empty() %}
{%- call fill_fn(tpl) %}{% endcall %}
{%- endif %}
{%- endif %}
    }
{%- else %}
     *
     * Write `{{ t.type_name }}.{{ e.name }}` for the value and `is {{ t.type_name }}.{{ e.name }}` (or `==`) to match it.
     */
    public object {{ e.name }} : {{ t.type_name }}({{ e.index }}, null)
{%- if let Some(tpl) = k.tpl(e.index) %}
{%- if !tpl.params.is_empty() %} {
{%- call fill_fn(tpl) %}{% endcall %}
    }
{%- endif %}
{%- endif %}
{%- endif %}
{% endfor %}
    /**
     * A code this table does not list; only decoding makes one.
     *
     * @property rawCode The code exactly as received.
     */
    public class {{ t.unknown_name }} internal constructor(public val rawCode: String) : {{ t.type_name }}(-1, rawCode)

    /** Equal when of the same table, entry and code (an old code equals its current value). */
    final override fun equals(other: Any?): Boolean =
        other is {{ t.type_name }} && other.index == index && other.code == code

    final override fun hashCode(): Int = code.hashCode()

    /**
     * `code: message` with the message in [CatalogLocale.FALLBACK], for logs
     * (like Rust's `Display`); final, so no data object or data class of
     * the table replaces it with its generated `toString()`.
     */
    final override fun toString(): String = code + ": " + message(CatalogLocale.FALLBACK)

    override val table: String get() = TABLE

    override val code: String
        get() = when (this) {
{%- for (name, expr) in k.family_codes %}
            is {{ name }} -> {{ expr }}
{%- endfor %}
            is {{ t.unknown_name }} -> rawCode
            else -> CODES[index]
        }

    override val receivedCode: String get() = received ?: code

    override val isKnown: Boolean get() = index >= 0

    /**
     * The message for the end user in [locale]; for an unknown code, the
     * generic prompt [Prompt.{{ p.unknown_prompt }}].
     */
    override fun message(locale: CatalogLocale): String = plainMessage(locale)

    /** The message without placeholders. */
    internal fun plainMessage(locale: CatalogLocale): String =
        if (index < 0) Prompt.{{ p.unknown_prompt }}.text(locale) else MESSAGES[locale][index]
{%- if k.template_texts.is_some() %}

    /** The value of a pattern's own parameter named [name], for its template. */
    internal open fun patternValue(name: String): String? = null

    /**
     * The template in [locale] with each `{name}` filled by [value] of it (a
     * pattern's own parameter by the value's), or the plain message where
     * [locale] has no template.
     */
    internal fun filled(locale: CatalogLocale, value: (String) -> String?): String {
        val template = if (index < 0) null else TEMPLATES[locale][index]
        return if (template == null) plainMessage(locale) else fillTemplate(template) { patternValue(it) ?: value(it) }
    }
{%- endif %}

    override fun solution(locale: CatalogLocale): String? =
{%- if k.solutions.is_some() %}
        if (index < 0) null else SOLUTIONS[locale][index]
{%- else %}
        null
{%- endif %}

    override val billed: Boolean?
{%- if k.branches("billed").is_empty() %}
        get() = null
{%- else %}
        get() = when (index) {
{%- for (ix, v) in k.branches("billed") %}
            {{ ix }} -> {{ v }}
{%- endfor %}
            else -> null
        }
{%- endif %}

    override val platform: Platform?
{%- if k.platforms.is_empty() %}
        get() = null
{%- else %}
        get() = when (index) {
{%- for (ix, v) in k.platforms %}
            {{ ix }} -> {{ v }}
{%- endfor %}
            else -> null
        }
{%- endif %}

    override val retiredIn: String?
{%- if k.branches("retired_in").is_empty() %}
        get() = null
{%- else %}
        get() = when (index) {
{%- for (ix, v) in k.branches("retired_in") %}
            {{ ix }} -> {{ v }}
{%- endfor %}
            else -> null
        }
{%- endif %}

    override val kind: Kind get() = if (index < 0) Kind.{{ p.unknown_kind }} else KINDS[index]

    override val actor: Actor get() = if (index < 0) Actor.{{ p.unknown_actor }} else ACTORS[index]

    override val retryable: Boolean
{%- if k.retryable.is_empty() %}
        get() = false
{%- else %}
        get() = when (index) {
{%- for (ix, v) in k.retryable %}
            {{ ix }} -> {{ v }}
{%- endfor %}
            else -> false
        }
{%- endif %}

    override val prompt: Prompt?
{%- if k.prompts.is_empty() %}
        get() = null
{%- else %}
        get() = when (index) {
{%- for (ix, v) in k.prompts %}
            {{ ix }} -> {{ v }}
{%- endfor %}
            else -> null
        }
{%- endif %}

    public companion object {
        /** The table's id in the catalog. */
        public const val TABLE: String = {{ t.id_lit }}

        /** Whether the vendor says codes exist beyond this table. */
        public const val OPEN: Boolean = {{ t.open }}
{%- for a in k.aliases %}

        /** The old code {{ a.code_doc }}, retired in version {{ a.retired_in_doc }}: now [{{ a.target }}]. */
        @Deprecated("an old code: use the value it now decodes to", ReplaceWith({{ a.replace_with }}))
        @JvmStatic
        public val {{ a.name }}: {{ t.type_name }} get() = {{ a.target }}
{%- endfor %}
{%- for d in k.decode %}
{%- if loop.first %}

        /**
         * Decodes a code as the vendor sends it. Never throws: an unlisted
         * code gives [{{ t.unknown_name }}] with the code.
         */
        @JvmStatic
        public fun {{ d.name }}(code: String): {{ t.type_name }} = when (code) {
{%- else %}

        private fun {{ d.name }}(code: String): {{ t.type_name }} = when (code) {
{%- endif %}
{%- for (c, n) in d.branches %}
            {{ c }} -> {{ n }}
{%- endfor %}
            else -> {{ d.next }}(code)
        }
{%- endfor %}
{%- if t.has_patterns() %}

        private fun fromPattern(code: String): {{ t.type_name }} {
{%- for e in t.patterns() %}
{%- if let Some(pat) = e.pattern %}
            patternParam(code, {{ pat.prefix_lit }}, {{ pat.suffix_lit }}, {{ pat.int }})?.let { return {{ e.name }}(it{% if pat.int %}.toLong(){% endif %}) }
{%- endif %}
{%- endfor %}
            return {{ t.unknown_name }}(code)
        }
{%- endif %}
{%- if t.int %}

        /** Decodes an integer code. */
        @JvmStatic
        public fun fromInt(code: Long): {{ t.type_name }} = fromCode(code.toString())

        /** Decodes an integer code. */
        @JvmStatic
        public fun fromInt(code: Int): {{ t.type_name }} = fromCode(code.toString())
{%- endif %}
{%- if let Some(f) = t.flags %}

        /**
         * Decodes a set of flags written exactly as {{ f.format_doc }}: one value per character,
         * sorted by code, without repeats; unlisted characters give [{{ t.unknown_name }}]. A string
         * in any other form (extra spaces, the bare characters) is one unknown code.
         */
        @JvmStatic
        public fun decodeFlags(s: String): List<{{ t.type_name }}> =
            flagChars(s, {{ f.prefix_lit }}, {{ f.suffix_lit }})
                ?.map { fromCode(it) }?.distinct()?.sortedWith { a, b -> CODE_ORDER.compare(a.code, b.code) }
                ?: listOf({{ t.unknown_name }}(s))
{%- endif %}

        private val CODES: Array<String> = codes()

        private val KINDS: Array<Kind> = kinds()

        private val ACTORS: Array<Actor> = actors()

        /** Messages by locale, each locale's built on its first use. */
        private val MESSAGES: LocaleTexts<String> = LocaleTexts {
{%- call arr::by_locale(k.messages) %}{% endcall %}
        }
{%- if let Some(sol) = k.solutions %}

        /** Solutions by locale, each locale's built on its first use. */
        private val SOLUTIONS: LocaleTexts<String?> = LocaleTexts {
{%- call arr::by_locale(sol) %}{% endcall %}
        }
{%- endif %}
{%- if let Some(tt) = k.template_texts %}

        /** Templates by locale (`null` where none), each locale's built on its first use. */
        private val TEMPLATES: LocaleTexts<String?> = LocaleTexts {
{%- call arr::by_locale(tt) %}{% endcall %}
        }
{%- call arr::arrays(tt) %}{% endcall %}
{%- endif %}
{%- call arr::arrays(k.codes) %}{% endcall %}
{%- call arr::arrays(k.kinds) %}{% endcall %}
{%- call arr::arrays(k.actors) %}{% endcall %}
{%- call arr::arrays(k.messages) %}{% endcall %}
{%- if let Some(sol) = k.solutions %}
{%- call arr::arrays(sol) %}{% endcall %}
{%- endif %}
    }
}
