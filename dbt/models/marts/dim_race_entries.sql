{#- Who drove which car in a race, with the team colour the feed gives (for charts). -#}
select
    {{ surrogate_key(['race_id', 'car_number']) }} as race_entry_id,
    race_id,
    session_key,
    car_number,
    driver_id,
    driver_code,
    constructor_id,
    team_name,
    team_colour
from {{ ref('int_race_entries') }}
