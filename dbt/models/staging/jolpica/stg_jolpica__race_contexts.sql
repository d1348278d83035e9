{#- The race each result, qualifying or sprint row was nested in (raw.race): the race's name, date, time and
    circuit, known even when the season's schedule was never loaded. One row per source row; int_races dedupes. -#}
{% set tables = ['stg_results', 'stg_qualifying', 'stg_sprint_results', 'stg_laps_jolpica', 'stg_pit_stops'] %}
{% for table in tables %}
    select
        season,
        round,
        {{ json_text('raw', 'race.raceName') }} as race_name,
        {{ json_text('raw', 'race.Circuit.circuitId') }} as circuit_id,
        {{ json_text('raw', 'race.Circuit.circuitName') }} as circuit_name,
        {{ json_text('raw', 'race.Circuit.Location.locality') }} as locality,
        {{ json_text('raw', 'race.Circuit.Location.country') }} as country,
        {{ json_number('raw', 'race.Circuit.Location.lat', 'float') }} as latitude,
        {{ json_number('raw', 'race.Circuit.Location.long', 'float') }} as longitude,
        {{ json_text('raw', 'race.Circuit.url') }} as circuit_url,
        cast({{ json_text('raw', 'race.date') }} as date) as race_date,
        {{ ergast_timestamp(json_text('raw', 'race.date'), json_text('raw', 'race.time')) }} as race_start_utc,
        {{ json_text('raw', 'race.url') }} as race_url,
        loaded_at
    from {{ source('jolpica', table) }}
    where {{ json_text('raw', 'race.raceName') }} is not null
    {% if not loop.last %}union all{% endif %}
{% endfor %}
