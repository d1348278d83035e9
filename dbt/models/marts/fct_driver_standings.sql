select
    {{ surrogate_key(['season * 100 + round', 'driver_id']) }} as driver_standing_id,
    season * 100 + round as race_id,
    season,
    round,
    driver_id,
    constructor_id,
    position,
    points,
    wins
from {{ ref('stg_jolpica__driver_standings') }}
