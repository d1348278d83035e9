select
    season,
    round,
    driver_id,
    {{ json_text('raw', 'Constructor.constructorId') }} as constructor_id,
    {{ json_number('raw', 'number', 'int') }} as car_number,
    {{ json_number('raw', 'position', 'int') }} as position,
    {{ duration_to_ms(json_text('raw', 'Q1')) }} as q1_ms,
    {{ duration_to_ms(json_text('raw', 'Q2')) }} as q2_ms,
    {{ duration_to_ms(json_text('raw', 'Q3')) }} as q3_ms,
    loaded_at
from {{ source('jolpica', 'stg_qualifying') }}
