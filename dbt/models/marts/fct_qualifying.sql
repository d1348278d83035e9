select
    {{ surrogate_key(['season * 100 + round', 'driver_id']) }} as qualifying_id,
    season * 100 + round as race_id,
    season,
    round,
    driver_id,
    constructor_id,
    car_number,
    position,
    q1_ms,
    q2_ms,
    q3_ms
from {{ ref('stg_jolpica__qualifying') }}
