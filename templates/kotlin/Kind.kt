// {{ p.header }}
package dev.errgen.codes

import kotlin.jvm.JvmStatic
{%- import "kotlin/arrays.kt" as arr %}

/**
 * A canonical kind of problem, shared by every vendor's tables: switch on
 * it to treat the same situation from different vendors alike.
 */
public enum class Kind(
    /** The kind's stable id in the catalog, e.g. `"too_dark"`. */
    public val id: String,
) {
{%- for k in p.kinds %}
    /** {{ k.label_doc }}{% if let Some(d) = k.description_doc %}: {{ d }}{% endif %} */
    {{ k.name }}({{ k.id_lit }}),
{%- endfor %}
    ;

    /** A short label for people, in [locale]. */
    public fun label(locale: CatalogLocale): String = LABELS[locale][ordinal]

    public companion object {
        /** Every kind, in catalog order. */
        @JvmStatic
        public val ALL: List<Kind> = entries

        /** The kind with this id, or `null`. */
        @JvmStatic
        public fun fromId(id: String): Kind? = when (id) {
{%- for k in p.kinds %}
            {{ k.id_lit }} -> {{ k.name }}
{%- endfor %}
            else -> null
        }

        /** Labels by locale, each locale's built on its first use. */
        private val LABELS: LocaleTexts<String> = LocaleTexts {
{%- call arr::by_locale(labels) %}{% endcall %}
        }
{%- call arr::arrays(labels) %}{% endcall %}
    }
}

/** Who must act for an error to go away. */
public enum class Actor(
    /** The actor's id in the catalog, e.g. `"user"`. */
    public val id: String,
) {
{%- for a in p.actors %}
    /** {{ a.doc }} */
    {{ a.name }}({{ a.id_lit }}),
{%- endfor %}
}
