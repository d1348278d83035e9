{#- Reading the raw JSON records the staging tables keep. A path is dotted field names: 'Driver.driverId'.
    Nothing adapter-specific leaks into a model: each warehouse has its own implementation here. -#}

{% macro json_text(column, path) -%}
    {{ return(adapter.dispatch('json_text', 'pitwall')(column, path)) }}
{%- endmacro %}

{% macro default__json_text(column, path) -%}
    json_extract_string({{ column }}, '$.{{ path }}')
{%- endmacro %}

{% macro snowflake__json_text(column, path) -%}
    get_path(try_parse_json({{ column }}), '{{ path }}')::varchar
{%- endmacro %}

{#- A JSON number (or a numeric string, as Ergast sends them) as a number of the given type; null when absent
    or not a number. -#}
{% macro json_number(column, path, type='bigint') -%}
    {%- set types = {
        'int': dbt.type_int(), 'bigint': dbt.type_bigint(), 'float': dbt.type_float(), 'numeric': dbt.type_numeric()
    } -%}
    {{ pitwall.try_cast(pitwall.json_text(column, path), types[type]) }}
{%- endmacro %}

{#- A JSON boolean (true/false) as a boolean. -#}
{% macro json_bool(column, path) -%}
    (lower({{ pitwall.json_text(column, path) }}) = 'true')
{%- endmacro %}

{#- The elements of a JSON array inside each row's record, one row per element: the relation's `keep` columns plus
    `element_json` (the element as JSON text, for json_text). -#}
{% macro json_array_elements(relation, column, path, keep) -%}
    {{ return(adapter.dispatch('json_array_elements', 'pitwall')(relation, column, path, keep)) }}
{%- endmacro %}

{% macro default__json_array_elements(relation, column, path, keep) -%}
    select
        {% for k in keep %}src.{{ k }}, {% endfor %}
        cast(elements.element_json as varchar) as element_json
    from {{ relation }} as src,
        unnest(cast(json_extract(src.{{ column }}, '$.{{ path }}') as json[])) as elements (element_json)
{%- endmacro %}

{% macro snowflake__json_array_elements(relation, column, path, keep) -%}
    select
        {% for k in keep %}src.{{ k }}, {% endfor %}
        to_json(elements.value) as element_json
    from {{ relation }} as src,
        lateral flatten(input => get_path(try_parse_json(src.{{ column }}), '{{ path }}')) as elements
{%- endmacro %}

{#- A string as a number (or other type), null when it is not one: TRY_CAST on DuckDB and Snowflake alike
    (dbt.safe_cast is a plain CAST on some adapters). -#}
{% macro try_cast(expr, type) -%}
    {{ return(adapter.dispatch('try_cast', 'pitwall')(expr, type)) }}
{%- endmacro %}

{% macro default__try_cast(expr, type) -%}
    try_cast({{ expr }} as {{ type }})
{%- endmacro %}

{#- A text key joined from columns: cast(a as varchar) || '-' || b ... (dbt.concat, so any warehouse). -#}
{% macro surrogate_key(columns) -%}
    {%- set parts = [] -%}
    {%- for column in columns -%}
        {%- do parts.append("cast(" ~ column ~ " as " ~ dbt.type_string() ~ ")") -%}
        {%- if not loop.last -%}{%- do parts.append("'-'") -%}{%- endif -%}
    {%- endfor -%}
    {{ dbt.concat(parts) }}
{%- endmacro %}
