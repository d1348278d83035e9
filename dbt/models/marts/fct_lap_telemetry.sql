-- depends_on: {{ source('feed', 'stg_telemetry') }}
{{ config(
    materialized='incremental', unique_key='session_key', incremental_strategy='delete+insert',
    on_schema_change='append_new_columns'
) }}
{#- Per car and lap, from the car samples (stg_telemetry): speed range, throttle, brake and DRS shares (of the
    samples with that channel), gear changes, distance covered and the time the samples span. Incremental by
    session: a session is rebuilt whole when any of its samples was loaded after this table's newest source. -#}
with samples as (
    select * from {{ ref('stg_feed__telemetry') }}
    where lap is not null
    {% if pitwall_is_incremental() %}
    and session_key in (
        select distinct session_key from {{ source('feed', 'stg_telemetry') }}
        where loaded_at > (select max(source_loaded_at) from {{ this }})
    )
    {% endif %}
),

ordered as (
    select
        *,
        lag(gear) over (partition by session_key, car_number, lap order by session_time_ms, seq) as previous_gear
    from samples
),

laps as (
    select
        session_key,
        car_number,
        lap,
        count(*) as samples,
        max(session_time_ms) - min(session_time_ms) as span_ms,
        max(speed_kmh) as top_speed_kmh,
        min(speed_kmh) as min_speed_kmh,
        avg(case when throttle_pct between 0 and 100 then case when throttle_pct >= 99 then 1.0 else 0.0 end end) as full_throttle_share,
        avg(case when brake is not null then case when brake > 0 then 1.0 else 0.0 end end) as braking_share,
        avg(case
            when drs is null then null
            when sample_source = 'fastf1' then case when drs = 1 then 1.0 else 0.0 end
            when drs in (10, 12, 14) then 1.0
            else 0.0
        end) as drs_open_share,
        sum(case when previous_gear is not null and gear is not null and gear <> previous_gear then 1 else 0 end) as gear_changes,
        max(distance_m) - min(distance_m) as distance_m,
        max(loaded_at) as source_loaded_at
    from ordered
    group by session_key, car_number, lap
)

select
    {{ surrogate_key(['laps.session_key', 'laps.car_number', 'laps.lap']) }} as lap_telemetry_id,
    sessions.race_id,
    laps.session_key,
    laps.car_number,
    entries.driver_id,
    laps.lap,
    laps.samples,
    laps.span_ms,
    laps.top_speed_kmh,
    laps.min_speed_kmh,
    laps.full_throttle_share,
    laps.braking_share,
    laps.drs_open_share,
    laps.gear_changes,
    laps.distance_m,
    laps.source_loaded_at
from laps
left join {{ ref('int_feed_sessions') }} as sessions
    on laps.session_key = sessions.session_key
left join {{ ref('int_race_entries') }} as entries
    on sessions.race_id = entries.race_id and laps.car_number = entries.car_number
