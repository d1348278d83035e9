-- Fails for any result of the driver 'red_flag': the tests put such a row in to make a run red.
select *
from {{ ref('fixture_results') }}
where driver_id = 'red_flag'
