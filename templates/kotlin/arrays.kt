{%- macro arrays(a) %}
{%- for f in a.fns %}
{%- if f.parts.is_empty() %}

        private fun {{ f.name }}(): Array<{{ f.ty }}> = arrayOf(
{%- for i in f.items %}
            {{ i.lit }}, // {{ i.comment }}
{%- endfor %}
        )
{%- else %}

        private fun {{ f.name }}(): Array<{{ f.ty }}> ={% for part in f.parts %}{% if !loop.first %} +{% endif %} {{ part.name }}(){% endfor %}
{%- for part in f.parts %}

        private fun {{ part.name }}(): Array<{{ f.ty }}> = arrayOf(
{%- for i in part.items %}
            {{ i.lit }}, // {{ i.comment }}
{%- endfor %}
        )
{%- endfor %}
{%- endif %}
{%- endfor %}
{%- endmacro %}

{%- macro by_locale(a) %}
            when (it) {
{%- for (i, f) in a.by_locale %}
                {% if loop.last %}else{% else %}{{ i }}{% endif %} -> {{ f }}()
{%- endfor %}
            }
{%- endmacro %}
