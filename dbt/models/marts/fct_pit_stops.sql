{#- Pit stops: Jolpica's (duration as published: stationary time plus the lane) where it has the race, else one
    per tyre change in the feed: the start of every stint after the first, on the lap before it (the in-lap), with
    the time in the pit lane from the laps' pit entry and exit times. A pass through the pit lane without a tyre
    change (behind a safety car led through it) is not a stop. -#}
with official as (
    select
        stops.season * 100 + stops.round as race_id,
        stops.driver_id,
        entries.car_number,
        stops.stop,
        stops.lap,
        stops.duration_ms,
        'jolpica' as source
    from {{ ref('stg_jolpica__pit_stops') }} as stops
    left join {{ ref('int_race_entries') }} as entries
        on
            stops.season * 100 + stops.round = entries.race_id
            and stops.driver_id = entries.driver_id
),

changes as (
    select
        race_id,
        car_number,
        driver_id,
        start_lap - 1 as in_lap,
        start_lap as out_lap,
        row_number() over (partition by race_id, car_number order by stint) as stop
    from {{ ref('int_feed_stints') }}
    where stint > 1
),

from_feed as (
    select
        changes.race_id,
        changes.driver_id,
        changes.car_number,
        cast(changes.stop as {{ dbt.type_int() }}) as stop,
        changes.in_lap as lap,
        out_lap.pit_out_ms - in_lap.pit_in_ms as duration_ms,
        'feed' as source
    from changes
    left join {{ ref('int_feed_laps') }} as in_lap
        on
            changes.race_id = in_lap.race_id
            and changes.car_number = in_lap.car_number
            and changes.in_lap = in_lap.lap
    left join {{ ref('int_feed_laps') }} as out_lap
        on
            changes.race_id = out_lap.race_id
            and changes.car_number = out_lap.car_number
            and changes.out_lap = out_lap.lap
)

select
    {{ surrogate_key(['race_id', "coalesce(driver_id, 'car' || car_number)", 'stop']) }} as pit_stop_id,
    race_id,
    driver_id,
    car_number,
    stop,
    lap,
    duration_ms,
    source
from (
    select * from official
    union all
    select * from from_feed
    where from_feed.race_id not in (select official.race_id from official)
) as stops
