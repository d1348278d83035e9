{#- Every constructor: from the constructors lists where loaded, otherwise from the newest row that nests it. -#}
with candidates as (
    select
        constructor_id,
        constructor_name,
        nationality,
        constructor_url,
        1 as preference,
        loaded_at
    from {{ ref('stg_jolpica__constructors') }}
    union all
    select
        constructor_id,
        constructor_name,
        nationality,
        constructor_url,
        2 as preference,
        loaded_at
    from {{ ref('stg_jolpica__constructor_mentions') }}
),

ranked as (
    select
        *,
        row_number() over (partition by constructor_id order by preference asc, loaded_at desc) as pick
    from candidates
    where constructor_id is not null
)

select
    constructor_id,
    constructor_name,
    nationality,
    constructor_url as url
from ranked
where pick = 1
