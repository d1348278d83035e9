{#- A race or sprint result fact: classified when the position text is a number (R, D, E, W, F, N are not). -#}
{% macro result_facts(relation, id_column) -%}
select
    {{ surrogate_key(['season * 100 + round', 'driver_id']) }} as {{ id_column }},
    season * 100 + round as race_id,
    season,
    round,
    driver_id,
    constructor_id,
    car_number,
    grid,
    case when {{ pitwall.try_cast("position_text", dbt.type_int()) }} is not null then position_order end as position,
    position_text,
    position_order,
    points,
    laps,
    status,
    {{ pitwall.try_cast("position_text", dbt.type_int()) }} is not null as is_classified,
    race_time_ms,
    fastest_lap,
    fastest_lap_rank,
    fastest_lap_time_ms
from {{ relation }}
{%- endmacro %}
