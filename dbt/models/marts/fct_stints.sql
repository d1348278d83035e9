{#- Tyre stints per car, from the feed's laps (stint number, compound and tyre life on each lap); whether the set
    was new comes from the feed's tyre-stint events (TimingAppData). -#}
with laps as (
    select * from {{ ref('int_feed_laps') }}
    where stint is not null
),

stints as (
    select
        race_id,
        session_key,
        car_number,
        driver_id,
        stint,
        min(compound) as compound,
        min(lap) as start_lap,
        max(lap) as end_lap,
        count(*) as laps,
        min(tyre_life) as first_lap_tyre_life
    from laps
    group by race_id, session_key, car_number, driver_id, stint
),

events as (
    select
        session_key,
        {{ json_text('event_json', 'stint.car') }} as car_number,
        {{ json_number('event_json', 'stint.stint', 'int') }} as stint,
        {{ json_bool('event_json', 'stint.fresh') }} as is_fresh,
        {{ json_number('event_json', 'stint.tyreAgeAtStart', 'int') }} as tyre_age_at_start,
        row_number() over (
            partition by session_key, {{ json_text('event_json', 'stint.car') }}, {{ json_number('event_json', 'stint.stint', 'int') }}
            order by seq desc
        ) as pick
    from {{ ref('stg_feed__race_events') }}
    where event_type = 'TYRE_STINT'
)

select
    {{ surrogate_key(['stints.race_id', 'stints.car_number', 'stints.stint']) }} as stint_id,
    stints.race_id,
    stints.session_key,
    stints.car_number,
    stints.driver_id,
    stints.stint,
    stints.compound,
    events.is_fresh,
    stints.start_lap,
    stints.end_lap,
    stints.laps,
    coalesce(events.tyre_age_at_start, stints.first_lap_tyre_life - 1) as tyre_age_at_start
from stints
left join events
    on stints.session_key = events.session_key
        and stints.car_number = events.car_number
        and stints.stint = events.stint
        and events.pick = 1
