-- For a race replayed from the feed, each car's fastest lap in fct_laps (lap and time) equals its official
-- fastest lap.
with fastest as (
    select
        race_id,
        driver_id,
        lap,
        lap_time_ms,
        row_number() over (partition by race_id, driver_id order by lap_time_ms, lap) as pick
    from {{ ref('fct_laps') }}
    where lap_time_source <> 'derived'
)

select
    official.race_id,
    official.driver_id,
    official.fastest_lap,
    official.fastest_lap_time_ms,
    fastest.lap,
    fastest.lap_time_ms
from {{ ref('fct_results') }} as official
inner join {{ ref('dim_races') }} as races
    on official.race_id = races.race_id and races.session_key is not null
left join fastest
    on official.race_id = fastest.race_id and official.driver_id = fastest.driver_id and fastest.pick = 1
where official.fastest_lap_time_ms is not null
    and (fastest.lap is null or fastest.lap <> official.fastest_lap or fastest.lap_time_ms <> official.fastest_lap_time_ms)
