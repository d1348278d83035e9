-- A lap's car samples span its lap time within 0.5 s.
select
    laps.lap_id,
    laps.lap_time_ms,
    telemetry.span_ms
from {{ ref('fct_laps') }} as laps
inner join {{ ref('fct_lap_telemetry') }} as telemetry
    on laps.session_key = telemetry.session_key
        and laps.car_number = telemetry.car_number
        and laps.lap = telemetry.lap
where abs(telemetry.span_ms - laps.lap_time_ms) > 500
