// {{ p.header }}
package dev.errgen.codes

import kotlin.jvm.JvmStatic
{%- import "kotlin/arrays.kt" as arr %}

/** A prompt shown to the end user, with its text in every [CatalogLocale]. */
public enum class Prompt(
    /** The prompt's stable key in the catalog, e.g. `"light_too_dark"`. */
    public val key: String,
) {
{%- for pr in p.prompts %}
    /** {{ pr.text_doc }} */
    {{ pr.name }}({{ pr.key_lit }}),
{%- endfor %}
    ;

    /** The prompt's text in [locale]. */
    public fun text(locale: CatalogLocale): String = TEXTS[locale][ordinal]

    public companion object {
        /** Every prompt, in catalog order. */
        @JvmStatic
        public val ALL: List<Prompt> = entries

        /** The prompt with this key, or `null`. */
        @JvmStatic
        public fun fromKey(key: String): Prompt? = when (key) {
{%- for pr in p.prompts %}
            {{ pr.key_lit }} -> {{ pr.name }}
{%- endfor %}
            else -> null
        }

        /** Texts by locale, each locale's built on its first use. */
        private val TEXTS: LocaleTexts<String> = LocaleTexts {
{%- call arr::by_locale(texts) %}{% endcall %}
        }
{%- call arr::arrays(texts) %}{% endcall %}
    }
}
