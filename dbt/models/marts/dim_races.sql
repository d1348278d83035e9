select
    races.race_id,
    races.season,
    races.round,
    races.race_name,
    races.circuit_id,
    races.race_date,
    races.race_start_utc,
    races.fp1_utc,
    races.fp2_utc,
    races.fp3_utc,
    races.qualifying_utc,
    races.sprint_qualifying_utc,
    races.sprint_utc,
    races.has_schedule,
    sessions.session_key,
    races.race_url as url
from {{ ref('int_races') }} as races
left join {{ ref('int_feed_sessions') }} as sessions
    on races.race_id = sessions.race_id
