{#- The columns of a race or sprint result row (the two replies have the same shape). -#}
{% macro jolpica_result_columns(relation) -%}
select
    season,
    round,
    driver_id,
    {{ json_text('raw', 'Constructor.constructorId') }} as constructor_id,
    {{ json_number('raw', 'number', 'int') }} as car_number,
    {{ json_number('raw', 'grid', 'int') }} as grid,
    {{ json_number('raw', 'position', 'int') }} as position_order,
    {{ json_text('raw', 'positionText') }} as position_text,
    {{ json_number('raw', 'points', 'float') }} as points,
    {{ json_number('raw', 'laps', 'int') }} as laps,
    {{ json_text('raw', 'status') }} as status,
    {{ json_number('raw', 'Time.millis') }} as race_time_ms,
    {{ json_number('raw', 'FastestLap.lap', 'int') }} as fastest_lap,
    {{ json_number('raw', 'FastestLap.rank', 'int') }} as fastest_lap_rank,
    {{ duration_to_ms(json_text('raw', 'FastestLap.Time.time')) }} as fastest_lap_time_ms,
    {{ json_text('raw', 'Driver.code') }} as driver_code,
    {{ json_number('raw', 'Driver.permanentNumber', 'int') }} as permanent_number,
    {{ json_text('raw', 'Driver.givenName') }} as given_name,
    {{ json_text('raw', 'Driver.familyName') }} as family_name,
    cast({{ json_text('raw', 'Driver.dateOfBirth') }} as date) as date_of_birth,
    {{ json_text('raw', 'Driver.nationality') }} as driver_nationality,
    {{ json_text('raw', 'Driver.url') }} as driver_url,
    {{ json_text('raw', 'Constructor.name') }} as constructor_name,
    {{ json_text('raw', 'Constructor.nationality') }} as constructor_nationality,
    {{ json_text('raw', 'Constructor.url') }} as constructor_url,
    loaded_at
from {{ relation }}
{%- endmacro %}
