{#- Each replayed feed session and the Jolpica race it was: the race whose date is the UTC date of the session's
    first lap record. A session whose race is not loaded yet has a null race_id (and its laps wait in the marts
    until it is). -#}
with sessions as (
    select
        session_key,
        min(lap_end_utc) as first_lap_end_utc,
        max(loaded_at) as loaded_at
    from {{ ref('stg_feed__laps') }}
    group by session_key
)

select
    sessions.session_key,
    sessions.first_lap_end_utc,
    cast(sessions.first_lap_end_utc as date) as session_date,
    races.race_id,
    sessions.loaded_at
from sessions
left join {{ ref('int_races') }} as races
    on races.race_date = cast(sessions.first_lap_end_utc as date)
