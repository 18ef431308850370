// {{ p.header }}
package dev.errgen.codes

import kotlin.jvm.JvmStatic

/**
 * A locale the catalog has texts for. Every text falls back to
 * [CatalogLocale.FALLBACK] where the catalog has none in a locale.
 *
 * Named `CatalogLocale`, not `Locale`, so that it never clashes with the
 * platform's `Locale` class, which Android and JVM code imports everywhere.
 */
public enum class CatalogLocale(
    /** The language tag, e.g. `"{{ p.locales[0].tag }}"`. */
    public val tag: String,
) {
{%- for l in p.locales %}
    /** `{{ l.tag }}` */
    {{ l.name }}({{ l.tag_lit }}),
{%- endfor %}
    ;

    public companion object {
        /** Every locale, in catalog order. */
        @JvmStatic
        public val ALL: List<CatalogLocale> = entries

        /** The locale a missing text falls back to. */
        @JvmStatic
        public val FALLBACK: CatalogLocale = {{ p.fallback_name }}

        /**
         * The supported locale a BCP 47 tag or platform locale string names
         * (`"zh-Hans-CN"`, `"zh_TW"`, `"in-ID"`, `"th_TH.UTF-8"`), by its
         * language subtag, case-insensitively; `null` if unsupported.
         */
        @JvmStatic
        public fun fromTag(tag: String): CatalogLocale? {
            val lang = languageSubtag(tag)
            return entries.firstOrNull { asciiLowercase(it.tag) == lang }
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
