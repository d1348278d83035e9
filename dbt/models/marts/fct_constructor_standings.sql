select
    {{ surrogate_key(['season * 100 + round', 'constructor_id']) }} as constructor_standing_id,
    season * 100 + round as race_id,
    season,
    round,
    constructor_id,
    position,
    points,
    wins
from {{ ref('stg_jolpica__constructor_standings') }}
