with listed as (
    select
        circuit_id,
        circuit_name,
        locality,
        country,
        latitude,
        longitude,
        circuit_url,
        1 as preference,
        loaded_at
    from {{ ref('stg_jolpica__circuits') }}
),

from_races as (
    select
        circuit_id,
        circuit_name,
        locality,
        country,
        latitude,
        longitude,
        circuit_url,
        2 as preference,
        cast(null as {{ dbt.type_timestamp() }}) as loaded_at
    from {{ ref('int_races') }}
),

ranked as (
    select
        *,
        row_number() over (partition by circuit_id order by preference asc, loaded_at desc) as pick
    from (
        select * from listed
        union all
        select * from from_races
    ) as candidates
    where circuit_id is not null
)

select
    circuit_id,
    circuit_name,
    locality,
    country,
    latitude,
    longitude,
    circuit_url as url
from ranked
where pick = 1
