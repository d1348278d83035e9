-- A lap timed by the feed with all three sectors: the lap time equals the sum of its sectors within 10 ms.
select
    lap_id,
    lap_time_ms,
    sector1_ms,
    sector2_ms,
    sector3_ms
from {{ ref('fct_laps') }}
where lap_time_source = 'feed'
    and sector1_ms is not null and sector2_ms is not null and sector3_ms is not null
    and abs(lap_time_ms - (sector1_ms + sector2_ms + sector3_ms)) > 10
