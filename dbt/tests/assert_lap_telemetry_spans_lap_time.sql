-- A lap's car samples span its lap time within 0.5 s.
select laps.lap_id, laps.lap_time_ms, telemetry.span_ms
from {{ ref('fct_laps') }} as laps
inner join {{ ref('fct_lap_telemetry') }} as telemetry
    on telemetry.session_key = laps.session_key
    and telemetry.car_number = laps.car_number
    and telemetry.lap = laps.lap
where abs(telemetry.span_ms - laps.lap_time_ms) > 500
