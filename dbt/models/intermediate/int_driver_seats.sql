{#- Each driver's newest seat: the constructor and car number of the driver's latest race result (snapshotted by
    snap_driver_seats, which keeps the history). -#}
with seats as (
    select
        driver_id,
        constructor_id,
        car_number,
        season * 100 + round as race_id,
        row_number() over (partition by driver_id order by season desc, round desc) as pick
    from {{ ref('stg_jolpica__results') }}
)

select
    driver_id,
    constructor_id,
    car_number,
    race_id as as_of_race_id
from seats
where pick = 1
