{#- Who drove which car in a race: Jolpica's results (car number, driver, constructor) joined to the feed's driver
    list of that race's session (code, team name and colour), one row per race and car. -#}
with results as (
    select
        season * 100 + round as race_id,
        cast(car_number as {{ dbt.type_string() }}) as car_number,
        driver_id,
        driver_code,
        constructor_id,
        constructor_name
    from {{ ref('stg_jolpica__results') }}
)

select
    results.race_id,
    sessions.session_key,
    results.car_number,
    results.driver_id,
    coalesce(feed.driver_code, results.driver_code) as driver_code,
    results.constructor_id,
    coalesce(feed.team_name, results.constructor_name) as team_name,
    feed.team_colour
from results
left join {{ ref('int_feed_sessions') }} as sessions
    on results.race_id = sessions.race_id
left join {{ ref('int_feed_driver_list') }} as feed
    on sessions.session_key = feed.session_key and results.car_number = feed.car_number
