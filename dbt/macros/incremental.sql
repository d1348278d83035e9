{#- is_incremental(), except that `--vars '{render_incremental: incremental}'` (or `full`) decides it without
    asking the warehouse whether the model exists: `dbt compile --target snowflake` renders both branches of every
    incremental model with no Snowflake to ask (see dbt/README.md). -#}
{% macro pitwall_is_incremental() -%}
    {%- set forced = var('render_incremental', '') -%}
    {%- if forced == 'incremental' -%}
        {{ return(true) }}
    {%- elif forced == 'full' -%}
        {{ return(false) }}
    {%- else -%}
        {{ return(is_incremental()) }}
    {%- endif -%}
{%- endmacro %}
