-- For a race replayed from the feed, the order computed from laps alone equals the official order of every
-- classified car.
select
    official.race_id,
    official.driver_id,
    official.position as official_position,
    from_laps.position as laps_position
from {{ ref('fct_results') }} as official
inner join {{ ref('dim_races') }} as races
    on official.race_id = races.race_id and races.session_key is not null
left join {{ ref('fct_race_classification_from_laps') }} as from_laps
    on official.race_id = from_laps.race_id and official.driver_id = from_laps.driver_id
where official.is_classified
    and (from_laps.position is null or from_laps.position <> official.position)
