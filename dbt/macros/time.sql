{#- Durations and instants as the sources write them. -#}

{#- "1:22.167", "82.167" or "1:02:03.456" (Ergast lap, qualifying and pit-stop times) as milliseconds. -#}
{% macro duration_to_ms(expr) -%}
    case
        when {{ expr }} is null or trim({{ expr }}) = '' then null
        when {{ expr }} like '%:%:%' then
            {{ pitwall.try_cast(dbt.split_part(expr, "':'", 1), dbt.type_bigint()) }} * 3600000
            + {{ pitwall.try_cast(dbt.split_part(expr, "':'", 2), dbt.type_bigint()) }} * 60000
            + cast(round({{ pitwall.try_cast(dbt.split_part(expr, "':'", 3), 'decimal(12, 3)') }} * 1000, 0) as {{ dbt.type_bigint() }})
        when {{ expr }} like '%:%' then
            {{ pitwall.try_cast(dbt.split_part(expr, "':'", 1), dbt.type_bigint()) }} * 60000
            + cast(round({{ pitwall.try_cast(dbt.split_part(expr, "':'", 2), 'decimal(12, 3)') }} * 1000, 0) as {{ dbt.type_bigint() }})
        else cast(round({{ pitwall.try_cast(expr, 'decimal(12, 3)') }} * 1000, 0) as {{ dbt.type_bigint() }})
    end
{%- endmacro %}

{#- An ISO-8601 UTC instant ("2025-03-16T04:18:22.974Z") as a timestamp without time zone, in UTC. -#}
{% macro utc_timestamp(expr) -%}
    {{ return(adapter.dispatch('utc_timestamp', 'pitwall')(expr)) }}
{%- endmacro %}

{% macro default__utc_timestamp(expr) -%}
    {{ pitwall.try_cast("replace(replace(" ~ expr ~ ", 'T', ' '), 'Z', '')", dbt.type_timestamp()) }}
{%- endmacro %}

{% macro snowflake__utc_timestamp(expr) -%}
    try_to_timestamp_ntz(replace({{ expr }}, 'Z', ''))
{%- endmacro %}

{#- An Ergast date ("2025-03-16") and optional time ("04:00:00Z") as a UTC timestamp. -#}
{% macro ergast_timestamp(date_expr, time_expr) -%}
    case when {{ date_expr }} is null then null
    else {{ pitwall.utc_timestamp(dbt.concat([date_expr, "'T'", "coalesce(" ~ time_expr ~ ", '00:00:00Z')"])) }}
    end
{%- endmacro %}
