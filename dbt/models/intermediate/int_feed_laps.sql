{#- The feed's completed laps, tied to their race and driver. The lap time the feed lacks is the time between the
    lap's start and its end on the line (consecutive lap start times), marked derived. The position at the end of
    a lap ranks the cars that completed that lap by when they crossed the line. -#}
with laps as (
    select
        sessions.race_id,
        laps.session_key,
        laps.car_number,
        entries.driver_id,
        laps.driver_code,
        laps.lap,
        laps.lap_time_ms as feed_lap_time_ms,
        laps.lap_end_ms - laps.lap_start_ms as start_to_end_ms,
        laps.sector1_ms,
        laps.sector2_ms,
        laps.sector3_ms,
        laps.lap_start_ms,
        laps.lap_end_ms,
        laps.pit_in_ms,
        laps.pit_out_ms,
        laps.compound,
        laps.tyre_life,
        laps.stint,
        laps.track_status,
        laps.loaded_at
    from {{ ref('stg_feed__laps') }} as laps
    inner join {{ ref('int_feed_sessions') }} as sessions
        on laps.session_key = sessions.session_key
    left join {{ ref('int_race_entries') }} as entries
        on sessions.race_id = entries.race_id and laps.car_number = entries.car_number
    where laps.is_completed and sessions.race_id is not null
)

select
    *,
    row_number() over (partition by race_id, lap order by lap_end_ms, car_number) as position_on_line
from laps
