select
    session as session_key,
    car as car_number,
    seq,
    {{ json_text('raw', 'type') }} as event_type,
    {{ json_number('raw', 'sessionTimeMs') }} as session_time_ms,
    {{ utc_timestamp(json_text('raw', 'utc')) }} as event_utc,
    raw as event_json,
    loaded_at
from {{ source('feed', 'stg_race_events') }}
