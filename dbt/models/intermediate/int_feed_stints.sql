{#- Tyre stints per car. The feed's tyre-stint records (TimingAppData: the official stints, each update of a stint
    replacing the one before) where the session has them; otherwise the stints the laps carry (FastF1's stint
    column, which also counts passes through the pit lane, e.g. behind a safety car led through it). -#}
with events as (
    select
        session_key,
        seq,
        {{ json_text('event_json', 'stint.car') }} as car_number,
        {{ json_number('event_json', 'stint.stint', 'int') }} as stint,
        {{ json_text('event_json', 'stint.compound') }} as compound,
        {{ json_bool('event_json', 'stint.fresh') }} as is_fresh,
        {{ json_number('event_json', 'stint.startLap', 'int') }} as start_lap,
        {{ json_number('event_json', 'stint.tyreAgeAtStart', 'int') }} as tyre_age_at_start,
        {{ json_number('event_json', 'stint.laps', 'int') }} as laps
    from {{ ref('stg_feed__race_events') }}
    where event_type = 'TYRE_STINT'
),

latest as (
    select
        *,
        row_number() over (partition by session_key, car_number, stint order by seq desc) as pick
    from events
),

from_events as (
    select
        session_key,
        car_number,
        stint,
        compound,
        is_fresh,
        start_lap,
        start_lap + laps - 1 as end_lap,
        laps,
        tyre_age_at_start,
        'timing_app_data' as stint_source
    from latest
    where pick = 1 and start_lap is not null and laps > 0
),

from_laps as (
    select
        session_key,
        car_number,
        stint,
        min(compound) as compound,
        cast(null as boolean) as is_fresh,
        min(lap) as start_lap,
        max(lap) as end_lap,
        count(*) as laps,
        min(tyre_life) - 1 as tyre_age_at_start,
        'laps' as stint_source
    from {{ ref('stg_feed__laps') }}
    where stint is not null and is_completed
    group by session_key, car_number, stint
)

select
    sessions.race_id,
    stints.session_key,
    stints.car_number,
    entries.driver_id,
    stints.stint,
    stints.compound,
    stints.is_fresh,
    stints.start_lap,
    stints.end_lap,
    stints.laps,
    stints.tyre_age_at_start,
    stints.stint_source
from (
    select * from from_events
    union all
    select * from from_laps
    where from_laps.session_key not in (select from_events.session_key from from_events)
) as stints
inner join {{ ref('int_feed_sessions') }} as sessions
    on stints.session_key = sessions.session_key
left join {{ ref('int_race_entries') }} as entries
    on
        sessions.race_id = entries.race_id
        and stints.car_number = entries.car_number
where sessions.race_id is not null
