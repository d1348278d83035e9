{#- Every driver: from the drivers lists where loaded, otherwise from the newest row that nests the driver. -#}
with candidates as (
    select
        driver_id,
        driver_code,
        permanent_number,
        given_name,
        family_name,
        date_of_birth,
        nationality,
        driver_url,
        1 as preference,
        loaded_at
    from {{ ref('stg_jolpica__drivers') }}
    union all
    select
        driver_id,
        driver_code,
        permanent_number,
        given_name,
        family_name,
        date_of_birth,
        nationality,
        driver_url,
        2 as preference,
        loaded_at
    from {{ ref('stg_jolpica__driver_mentions') }}
),

ranked as (
    select
        *,
        row_number() over (partition by driver_id order by preference asc, loaded_at desc) as pick
    from candidates
    where driver_id is not null
)

select
    driver_id,
    driver_code as code,
    permanent_number,
    given_name,
    family_name,
    {{ dbt.concat(["given_name", "' '", "family_name"]) }} as full_name,
    date_of_birth,
    nationality,
    driver_url as url
from ranked
where pick = 1
