// {{ p.header }}
package {{ p.pkg.name }}

import kotlin.jvm.JvmField
import kotlin.jvm.JvmStatic
{%- import "kotlin/arrays.kt" as arr %}

/**
 * A prompt shown to the end user, with its text in every [CatalogLocale].
 * Prompts are added in minor versions: `when` over one needs an `else`.
 */
public class Prompt private constructor(
    /** The prompt's stable key in the catalog, e.g. `"light_too_dark"`. */
    public val key: String,
    private val index: Int,
) {
    /** The prompt's text in [locale]. */
    public fun text(locale: CatalogLocale): String = TEXTS[locale][index]

    /** The key. */
    override fun toString(): String = key

    public companion object {
{%- for pr in p.prompts %}
        /** {{ pr.text_doc }} */
        @JvmField
        public val {{ pr.name }}: Prompt = Prompt({{ pr.key_lit }}, {{ pr.index }})
{% endfor %}
        /** Every prompt, in catalog order. */
        @JvmStatic
        public val ALL: List<Prompt> = listOf({% for pr in p.prompts %}{% if !loop.first %}, {% endif %}{{ pr.name }}{% endfor %})

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
