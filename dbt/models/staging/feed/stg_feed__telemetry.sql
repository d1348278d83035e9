select
    session as session_key,
    car as car_number,
    seq,
    {{ json_number('raw', 'lap', 'int') }} as lap,
    {{ json_number('raw', 'sessionTimeMs') }} as session_time_ms,
    {{ json_text('raw', 'source') }} as sample_source,
    {{ json_number('raw', 'rpm', 'float') }} as rpm,
    {{ json_number('raw', 'speed', 'float') }} as speed_kmh,
    {{ json_number('raw', 'gear', 'int') }} as gear,
    {{ json_number('raw', 'throttle', 'float') }} as throttle_pct,
    {{ json_number('raw', 'brake', 'int') }} as brake,
    {{ json_number('raw', 'drs', 'int') }} as drs,
    {{ json_number('raw', 'distance', 'float') }} as distance_m,
    loaded_at
from {{ source('feed', 'stg_telemetry') }}
