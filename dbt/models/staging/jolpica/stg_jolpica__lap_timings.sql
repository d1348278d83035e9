select
    season,
    round,
    driver_id,
    lap,
    {{ json_number('raw', 'position', 'int') }} as position,
    {{ duration_to_ms(json_text('raw', 'time')) }} as lap_time_ms,
    loaded_at
from {{ source('jolpica', 'stg_laps_jolpica') }}
