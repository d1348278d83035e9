{#- Pit stops: Jolpica's where it has the race (duration as published), else from the feed's laps: a lap with a
    pit entry time and the next lap's pit exit time (duration = time in the pit lane). -#}
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
        on entries.race_id = stops.season * 100 + stops.round and stops.driver_id = entries.driver_id
),

feed_laps as (
    select
        race_id,
        driver_id,
        car_number,
        lap,
        pit_in_ms,
        lead(pit_out_ms) over (partition by race_id, car_number order by lap) as next_pit_out_ms
    from {{ ref('int_feed_laps') }}
),

from_feed as (
    select
        race_id,
        driver_id,
        car_number,
        cast(row_number() over (partition by race_id, car_number order by lap) as {{ dbt.type_int() }}) as stop,
        lap,
        next_pit_out_ms - pit_in_ms as duration_ms,
        'feed' as source
    from feed_laps
    where pit_in_ms is not null
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
