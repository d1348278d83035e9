{#- Tyre stints per car (int_feed_stints: the feed's official tyre-stint records, or the laps' stints where a
    session has none; stint_source says which). -#}
select
    {{ surrogate_key(['race_id', 'car_number', 'stint']) }} as stint_id,
    race_id,
    session_key,
    car_number,
    driver_id,
    stint,
    compound,
    is_fresh,
    start_lap,
    end_lap,
    laps,
    tyre_age_at_start,
    stint_source
from {{ ref('int_feed_stints') }}
