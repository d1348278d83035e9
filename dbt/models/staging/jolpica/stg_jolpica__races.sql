select
    season,
    round,
    {{ json_text('raw', 'raceName') }} as race_name,
    {{ json_text('raw', 'Circuit.circuitId') }} as circuit_id,
    {{ json_text('raw', 'Circuit.circuitName') }} as circuit_name,
    {{ json_text('raw', 'Circuit.Location.locality') }} as locality,
    {{ json_text('raw', 'Circuit.Location.country') }} as country,
    {{ json_number('raw', 'Circuit.Location.lat', 'float') }} as latitude,
    {{ json_number('raw', 'Circuit.Location.long', 'float') }} as longitude,
    {{ json_text('raw', 'Circuit.url') }} as circuit_url,
    cast({{ json_text('raw', 'date') }} as date) as race_date,
    {{ ergast_timestamp(json_text('raw', 'date'), json_text('raw', 'time')) }} as race_start_utc,
    {{ ergast_timestamp(json_text('raw', 'FirstPractice.date'), json_text('raw', 'FirstPractice.time')) }} as fp1_utc,
    {{ ergast_timestamp(json_text('raw', 'SecondPractice.date'), json_text('raw', 'SecondPractice.time')) }} as fp2_utc,
    {{ ergast_timestamp(json_text('raw', 'ThirdPractice.date'), json_text('raw', 'ThirdPractice.time')) }} as fp3_utc,
    {{ ergast_timestamp(json_text('raw', 'Qualifying.date'), json_text('raw', 'Qualifying.time')) }} as qualifying_utc,
    {{ ergast_timestamp(
        "coalesce(" ~ json_text('raw', 'SprintQualifying.date') ~ ", " ~ json_text('raw', 'SprintShootout.date') ~ ")",
        "coalesce(" ~ json_text('raw', 'SprintQualifying.time') ~ ", " ~ json_text('raw', 'SprintShootout.time') ~ ")"
    ) }} as sprint_qualifying_utc,
    {{ ergast_timestamp(json_text('raw', 'Sprint.date'), json_text('raw', 'Sprint.time')) }} as sprint_utc,
    {{ json_text('raw', 'url') }} as race_url,
    loaded_at
from {{ source('jolpica', 'stg_races') }}
