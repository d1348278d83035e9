-- A driver's championship points after a round equal the points of the driver's race and sprint results up to
-- that round. Checked where every race up to the round has its results loaded and, where the schedule has a
-- sprint, its sprint results too (otherwise the sum is not knowable from the warehouse).
with complete_rounds as (
    select
        standings.season,
        standings.round
    from (select distinct
        season,
        round
    from {{ ref('fct_driver_standings') }}) as standings
    inner join {{ ref('dim_races') }} as races
        on standings.season = races.season and standings.round >= races.round
    left join (select distinct race_id from {{ ref('fct_results') }}) as results
        on races.race_id = results.race_id
    left join (select distinct race_id from {{ ref('fct_sprint_results') }}) as sprints
        on races.race_id = sprints.race_id
    group by standings.season, standings.round
    having count(distinct races.round) = standings.round
        and count(results.race_id) = count(*)
        and sum(case when races.sprint_utc is not null and sprints.race_id is null then 1 else 0 end) = 0
),

earned as (
    select
        complete_rounds.season,
        complete_rounds.round,
        points.driver_id,
        sum(points.points) as points
    from complete_rounds
    inner join (
        select
            season,
            round,
            driver_id,
            points
        from {{ ref('fct_results') }}
        union all
        select
            season,
            round,
            driver_id,
            points
        from {{ ref('fct_sprint_results') }}
    ) as points
        on complete_rounds.season = points.season and complete_rounds.round >= points.round
    group by complete_rounds.season, complete_rounds.round, points.driver_id
)

select
    standings.season,
    standings.round,
    standings.driver_id,
    standings.points,
    earned.points as results_points
from {{ ref('fct_driver_standings') }} as standings
inner join complete_rounds
    on standings.season = complete_rounds.season and standings.round = complete_rounds.round
left join earned
    on standings.season = earned.season and standings.round = earned.round and standings.driver_id = earned.driver_id
where abs(standings.points - coalesce(earned.points, 0)) > 0.001
