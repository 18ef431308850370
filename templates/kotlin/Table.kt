// {{ p.header }}
package dev.errgen.codes

import kotlin.jvm.JvmStatic
{%- import "kotlin/arrays.kt" as arr %}
{%- let t = k.t %}

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
 * table does not list decodes to [{{ t.unknown_name }}], which keeps it; `when` over a value is exhaustive.
{%- if t.open %}
 * The vendor says codes exist beyond this table.
{%- endif %}
 */
public sealed class {{ t.type_name }}(
    /** Position in the table's text arrays; -1 for [{{ t.unknown_name }}]. */
    private val index: Int,
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
     * @property param The {{ pat.param_doc }} parameter{% if pat.int %}, a canonical decimal integer{% endif %}.
     */
    public data class {{ e.name }}(public val param: String) : {{ t.type_name }}({{ e.index }})
{%- else %}
     */
    public data object {{ e.name }} : {{ t.type_name }}({{ e.index }})
{%- endif %}
{% endfor %}
    /**
     * A code this table does not list.
     *
     * @property rawCode The code exactly as received.
     */
    public data class {{ t.unknown_name }}(public val rawCode: String) : {{ t.type_name }}(-1)

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

    override val isKnown: Boolean get() = index >= 0

    /**
     * The message for the end user in [locale]; for an unknown code, the
     * generic prompt [Prompt.{{ p.unknown_prompt }}].
     */
    override fun message(locale: CatalogLocale): String =
        if (index < 0) Prompt.{{ p.unknown_prompt }}.text(locale) else MESSAGES[locale][index]

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
            patternParam(code, {{ pat.prefix_lit }}, {{ pat.suffix_lit }}, {{ pat.int }})?.let { return {{ e.name }}(it) }
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
         * Decodes a set of flags written as {{ f.format_doc }} (or the bare
         * characters): one value per character, sorted by code, without
         * repeats. Unlisted characters give [{{ t.unknown_name }}].
         */
        @JvmStatic
        public fun decodeFlags(s: String): List<{{ t.type_name }}> =
            flagChars(s, {{ f.prefix_lit }}, {{ f.suffix_lit }}).map { fromCode(it) }.distinct().sortedWith { a, b -> CODE_ORDER.compare(a.code, b.code) }
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
{%- call arr::arrays(k.codes) %}{% endcall %}
{%- call arr::arrays(k.kinds) %}{% endcall %}
{%- call arr::arrays(k.actors) %}{% endcall %}
{%- call arr::arrays(k.messages) %}{% endcall %}
{%- if let Some(sol) = k.solutions %}
{%- call arr::arrays(sol) %}{% endcall %}
{%- endif %}
    }
}
