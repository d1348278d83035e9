select
    {{ dbt.concat(["cast(" ~ "season * 100 + round" ~ " as " ~ dbt.type_string() ~ ")", "'-'", "constructor_id"]) }} as constructor_standing_id,
    season * 100 + round as race_id,
    season,
    round,
    constructor_id,
    position,
    points,
    wins
from {{ ref('stg_jolpica__constructor_standings') }}
