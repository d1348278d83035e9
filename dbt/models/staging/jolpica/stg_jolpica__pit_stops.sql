select
    season,
    round,
    driver_id,
    stop,
    {{ json_number('raw', 'lap', 'int') }} as lap,
    {{ json_text('raw', 'time') }} as local_time_of_day,
    {{ duration_to_ms(json_text('raw', 'duration')) }} as duration_ms,
    loaded_at
from {{ source('jolpica', 'stg_pit_stops') }}
