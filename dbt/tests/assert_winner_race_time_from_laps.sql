-- For a race replayed from the feed, the winner's laps summed in fct_laps and in fct_lap_telemetry each come
-- within 1 s of the official race time.
with winner as (
    select
        results.race_id,
        results.driver_id,
        results.race_time_ms
    from {{ ref('fct_results') }} as results
    inner join {{ ref('dim_races') }} as races
        on results.race_id = races.race_id and races.session_key is not null
    where results.position = 1
),

summed as (
    select
        winner.race_id,
        winner.driver_id,
        winner.race_time_ms,
        (
            select sum(laps.lap_time_ms) from {{ ref('fct_laps') }} as laps
            where laps.race_id = winner.race_id and laps.driver_id = winner.driver_id
        ) as laps_ms,
        (
            select sum(telemetry.span_ms) from {{ ref('fct_lap_telemetry') }} as telemetry
            where telemetry.race_id = winner.race_id and telemetry.driver_id = winner.driver_id
        ) as telemetry_ms
    from winner
)

select *
from summed
where laps_ms is null or telemetry_ms is null
    or abs(laps_ms - race_time_ms) > 1000 or abs(telemetry_ms - race_time_ms) > 1000
