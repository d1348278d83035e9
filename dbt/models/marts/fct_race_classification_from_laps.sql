{#- The finishing order computed from the feed's laps alone: more laps completed first, then who crossed the line
    first after their last lap. The race time runs from the start (lap 1's start, the same for every car) to the
    end of the car's last lap. -#}
with laps as (
    select * from {{ ref('fct_laps') }}
    where lap_end_ms is not null
),

race_start as (
    select
        race_id,
        min(lap_start_ms) as start_ms
    from laps
    where lap = 1
    group by race_id
),

cars as (
    select
        race_id,
        session_key,
        car_number,
        driver_id,
        count(*) as laps_completed,
        max(lap_end_ms) as finished_ms
    from laps
    group by race_id, session_key, car_number, driver_id
),

ordered as (
    select
        cars.*,
        cars.finished_ms - race_start.start_ms as race_time_ms,
        row_number()
            over (partition by cars.race_id order by cars.laps_completed desc, cars.finished_ms asc, cars.car_number asc)
            as position
    from cars
    inner join race_start on cars.race_id = race_start.race_id
)

select
    ordered.race_id,
    ordered.session_key,
    ordered.car_number,
    ordered.driver_id,
    cast(ordered.position as {{ dbt.type_int() }}) as position,
    ordered.laps_completed,
    ordered.race_time_ms,
    case when ordered.laps_completed = winner.laps_completed then ordered.race_time_ms - winner.race_time_ms end as gap_to_winner_ms
from ordered
inner join ordered as winner
    on ordered.race_id = winner.race_id and winner.position = 1
