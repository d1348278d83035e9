-- depends_on: {{ ref('int_feed_sessions') }}
-- depends_on: {{ ref('stg_jolpica__results') }}
{{ config(
    materialized='incremental', unique_key='race_id', incremental_strategy='delete+insert',
    on_schema_change='append_new_columns'
) }}
{#- One row per race, car and lap: the feed's laps reconciled with Jolpica's lap timings. The lap time is the
    feed's, else Jolpica's, else derived from consecutive lap start times (is_lap_time_derived). The position is
    Jolpica's where it has the lap, else the order the cars crossed the line. Incremental by race: a race is
    rebuilt whole when any of its feed laps, lap timings or results was loaded after this table's newest source. -#}
{% set newest %}(select coalesce(max(source_loaded_at), cast('1900-01-01' as {{ dbt.type_timestamp() }})) from {{ this }}){% endset %}
with
{% if pitwall_is_incremental() %}
changed_races as (
    select race_id from {{ ref('int_feed_sessions') }} where loaded_at > {{ newest }} and race_id is not null
    union
    select season * 100 + round from {{ ref('stg_jolpica__lap_timings') }} where loaded_at > {{ newest }}
    union
    select season * 100 + round from {{ ref('stg_jolpica__results') }} where loaded_at > {{ newest }}
),
{% endif %}

feed as (
    select * from {{ ref('int_feed_laps') }}
    {% if pitwall_is_incremental() %}where race_id in (select race_id from changed_races){% endif %}
),

timings as (
    select
        timings.season * 100 + timings.round as race_id,
        timings.driver_id,
        timings.lap,
        timings.position,
        timings.lap_time_ms,
        timings.loaded_at
    from {{ ref('stg_jolpica__lap_timings') }} as timings
    {% if pitwall_is_incremental() %}where timings.season * 100 + timings.round in (select race_id from changed_races){% endif %}
),

entries as (
    select
        race_id,
        session_key,
        car_number,
        driver_id,
        driver_code
    from {{ ref('int_race_entries') }}
),

joined as (
    select
        coalesce(feed.race_id, timings.race_id) as race_id,
        coalesce(feed.session_key, entries.session_key) as session_key,
        coalesce(feed.car_number, entries.car_number) as car_number,
        coalesce(feed.driver_id, timings.driver_id) as driver_id,
        coalesce(feed.driver_code, entries.driver_code) as driver_code,
        coalesce(feed.lap, timings.lap) as lap,
        feed.feed_lap_time_ms,
        timings.lap_time_ms as jolpica_lap_time_ms,
        feed.start_to_end_ms,
        feed.sector1_ms,
        feed.sector2_ms,
        feed.sector3_ms,
        feed.lap_start_ms,
        feed.lap_end_ms,
        coalesce(timings.position, feed.position_on_line) as position,
        feed.compound,
        feed.tyre_life,
        feed.stint,
        feed.pit_in_ms is not null as is_pit_in_lap,
        feed.pit_out_ms is not null as is_pit_out_lap,
        feed.track_status,
        case
            when feed.loaded_at is null then timings.loaded_at
            when timings.loaded_at is null or feed.loaded_at > timings.loaded_at then feed.loaded_at
            else timings.loaded_at
        end as source_loaded_at
    from feed
    full outer join timings
        on feed.race_id = timings.race_id and feed.driver_id = timings.driver_id and feed.lap = timings.lap
    left join entries
        on timings.race_id = entries.race_id and timings.driver_id = entries.driver_id
)

select
    {{ surrogate_key(['race_id', "coalesce(driver_id, 'car' || car_number)", 'lap']) }} as lap_id,
    race_id,
    session_key,
    car_number,
    driver_id,
    driver_code,
    lap,
    coalesce(feed_lap_time_ms, jolpica_lap_time_ms, start_to_end_ms) as lap_time_ms,
    case
        when feed_lap_time_ms is not null then 'feed'
        when jolpica_lap_time_ms is not null then 'jolpica'
        when start_to_end_ms is not null then 'derived'
    end as lap_time_source,
    feed_lap_time_ms is null and jolpica_lap_time_ms is null and start_to_end_ms is not null as is_lap_time_derived,
    sector1_ms,
    sector2_ms,
    sector3_ms,
    lap_start_ms,
    lap_end_ms,
    position,
    compound,
    tyre_life,
    stint,
    is_pit_in_lap,
    is_pit_out_lap,
    track_status,
    source_loaded_at
from joined
