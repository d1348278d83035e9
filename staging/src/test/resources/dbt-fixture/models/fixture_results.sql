with source as (
    select * from {{ source('jolpica', 'stg_results') }}
),

final as (
    select
        season || '-' || round || '-' || driver_id as result_id,
        season,
        round,
        driver_id,
        load_id,
    from source
)

select * from final
