{#- Every race known: from the season's schedule (with session times) or, where the schedule was not loaded,
    from the race a result, qualifying, sprint, lap or pit-stop row was nested in. One row per season and round. -#}
with schedule as (
    select
        season,
        round,
        race_name,
        circuit_id,
        circuit_name,
        locality,
        country,
        latitude,
        longitude,
        circuit_url,
        race_date,
        race_start_utc,
        fp1_utc,
        fp2_utc,
        fp3_utc,
        qualifying_utc,
        sprint_qualifying_utc,
        sprint_utc,
        race_url,
        true as has_schedule,
        1 as preference,
        loaded_at
    from {{ ref('stg_jolpica__races') }}
),

nested as (
    select
        season,
        round,
        race_name,
        circuit_id,
        circuit_name,
        locality,
        country,
        latitude,
        longitude,
        circuit_url,
        race_date,
        race_start_utc,
        cast(null as {{ dbt.type_timestamp() }}) as fp1_utc,
        cast(null as {{ dbt.type_timestamp() }}) as fp2_utc,
        cast(null as {{ dbt.type_timestamp() }}) as fp3_utc,
        cast(null as {{ dbt.type_timestamp() }}) as qualifying_utc,
        cast(null as {{ dbt.type_timestamp() }}) as sprint_qualifying_utc,
        cast(null as {{ dbt.type_timestamp() }}) as sprint_utc,
        race_url,
        false as has_schedule,
        2 as preference,
        loaded_at
    from {{ ref('stg_jolpica__race_contexts') }}
),

ranked as (
    select
        *,
        row_number() over (partition by season, round order by preference asc, loaded_at desc) as pick
    from (
        select * from schedule
        union all
        select * from nested
    ) as candidates
)

select
    season * 100 + round as race_id,
    season,
    round,
    race_name,
    circuit_id,
    circuit_name,
    locality,
    country,
    latitude,
    longitude,
    circuit_url,
    race_date,
    race_start_utc,
    fp1_utc,
    fp2_utc,
    fp3_utc,
    qualifying_utc,
    sprint_qualifying_utc,
    sprint_utc,
    race_url,
    has_schedule
from ranked
where pick = 1
