{#- One column of texts in a Storage enum: a multi-line literal split at run time, or an array literal. -#}
{% macro column(c) %}
        /// {{ c.tag }}
        static let {{ c.name }}: [String] = {% if let Some(b) = c.block %}errgenSplit(
            {{ b.separator }}, count: {{ b.count }},
            """
{%- for line in b.lines %}
            {{ line }}
{%- endfor %}
            """)
{%- else %}[
{%- for l in c.literals %}
            {{ l }}{% if !(loop.first && loop.last) %},{% endif %}
{%- endfor %}
        ]
{%- endif %}
{%- endmacro %}
