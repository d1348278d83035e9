{#- The feed's driver list: per session and car the latest entry (code, name, team, team colour). -#}
with entries as (
    {{ json_array_elements(ref('stg_feed__race_events'), 'event_json', 'drivers', ['session_key', 'seq', 'event_type']) }}
),

cars as (
    select
        session_key,
        seq,
        {{ json_text('element_json', 'car') }} as car_number,
        {{ json_text('element_json', 'code') }} as driver_code,
        {{ json_text('element_json', 'fullName') }} as full_name,
        {{ json_text('element_json', 'team') }} as team_name,
        {{ json_text('element_json', 'teamColour') }} as team_colour
    from entries
    where event_type = 'DRIVER_LIST'
),

ranked as (
    select
        *,
        row_number() over (partition by session_key, car_number order by seq desc) as pick
    from cars
    where car_number is not null
)

select
    session_key,
    car_number,
    driver_code,
    full_name,
    team_name,
    team_colour
from ranked
where pick = 1
