select
    {{ dbt.concat(["cast(" ~ "season * 100 + round" ~ " as " ~ dbt.type_string() ~ ")", "'-'", "driver_id"]) }} as qualifying_id,
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
