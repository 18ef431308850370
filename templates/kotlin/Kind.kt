// {{ p.header }}
package {{ p.pkg.name }}

import kotlin.jvm.JvmField
import kotlin.jvm.JvmStatic
{%- import "kotlin/arrays.kt" as arr %}

/**
 * A canonical kind of problem, shared by every vendor's tables: switch on
 * it to treat the same situation from different vendors alike. Kinds are
 * added in minor versions: `when` over one needs an `else`.
 */
public class Kind private constructor(
    /** The kind's stable id in the catalog, e.g. `"too_dark"`. */
    public val id: String,
    private val index: Int,
) {
    /** A short label for people, in [locale]. */
    public fun label(locale: CatalogLocale): String = LABELS[locale][index]

    /** The id. */
    override fun toString(): String = id

    public companion object {
{%- for k in p.kinds %}
        /** {{ k.label_doc }}{% if let Some(d) = k.description_doc %}: {{ d }}{% endif %} */
        @JvmField
        public val {{ k.name }}: Kind = Kind({{ k.id_lit }}, {{ k.index }})
{% endfor %}
        /** Every kind, in catalog order. */
        @JvmStatic
        public val ALL: List<Kind> = listOf({% for k in p.kinds %}{% if !loop.first %}, {% endif %}{{ k.name }}{% endfor %})

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
