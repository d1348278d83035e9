-- The positions at the end of a lap are 1..n for the n cars that completed it: no gap, no duplicate.
select
    race_id,
    lap,
    count(*) as cars,
    count(distinct position) as positions,
    min(position) as first,
    max(position) as last
from {{ ref('fct_laps') }}
group by race_id, lap
having count(*) <> count(distinct position) or min(position) <> 1 or max(position) <> count(*)
