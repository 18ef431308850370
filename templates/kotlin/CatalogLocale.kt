// {{ p.header }}
package {{ p.pkg.name }}

import kotlin.jvm.JvmField
import kotlin.jvm.JvmStatic

/**
 * A locale the catalog has texts for. Every text falls back to
 * [CatalogLocale.FALLBACK] where the catalog has none in a locale. Locales
 * are added in minor versions: `when` over one needs an `else`.
 *
 * Named `CatalogLocale`, not `Locale`, so that it never clashes with the
 * platform's `Locale` class, which Android and JVM code imports everywhere.
 */
public class CatalogLocale private constructor(
    /** The language tag, e.g. `"{{ p.locales[0].tag }}"`. */
    public val tag: String,
    /** Position in catalog order, for the text arrays. */
    internal val index: Int,
) {
    /** The tag. */
    override fun toString(): String = tag

    public companion object {
{%- for l in p.locales %}
        /** `{{ l.tag }}` */
        @JvmField
        public val {{ l.name }}: CatalogLocale = CatalogLocale({{ l.tag_lit }}, {{ l.index }})
{% endfor %}
        /** Every locale, in catalog order. */
        @JvmStatic
        public val ALL: List<CatalogLocale> = listOf({% for l in p.locales %}{% if !loop.first %}, {% endif %}{{ l.name }}{% endfor %})

        /** The locale a missing text falls back to. */
        @JvmStatic
        public val FALLBACK: CatalogLocale = {{ p.fallback_name }}

        /**
         * The supported locale a BCP 47 tag or platform locale string names
         * (`"zh-Hans-CN"`, `"zh_TW"`, `"zh_TW_#Hant"`, `"in-ID"`, `"th_TH.UTF-8"`),
         * or `null` if its language is not supported. Of the locales with its
         * language (compared case-insensitively), the first whose script is the
         * tag's wins (a tag without a script has the usual one: Chinese is
         * `Hant` in TW, HK and MO and `Hans` elsewhere), else the first of them.
         */
        @JvmStatic
        public fun fromTag(tag: String): CatalogLocale? {
            val want = parseTag(tag)
            if (want.language.isEmpty()) return null
            val script = want.likelyScript()
            var first: CatalogLocale? = null
            for (l in ALL) {
                val t = parseTag(l.tag)
                if (t.language != want.language) continue
                if (t.likelyScript() == script) return l
                if (first == null) first = l
            }
            return first
        }

        /** Like [fromTag], but an unsupported tag gives [FALLBACK]. */
        @JvmStatic
        public fun negotiate(tag: String): CatalogLocale = fromTag(tag) ?: FALLBACK

        /** The first supported locale among the user's preferred tags, else [FALLBACK]. */
        @JvmStatic
        public fun negotiatePreferred(tags: Iterable<String>): CatalogLocale {
            for (tag in tags) {
                fromTag(tag)?.let { return it }
            }
            return FALLBACK
        }

        /** The first supported locale among the user's preferred tags, else [FALLBACK]. */
        @JvmStatic
        public fun negotiatePreferred(vararg tags: String): CatalogLocale = negotiatePreferred(tags.asIterable())
    }
}
