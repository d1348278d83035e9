select
    season,
    round,
    driver_id,
    {{ json_text('raw', 'Constructors[0].constructorId') }} as constructor_id,
    {{ json_number('raw', 'position', 'int') }} as position,
    {{ json_text('raw', 'positionText') }} as position_text,
    {{ json_number('raw', 'points', 'float') }} as points,
    {{ json_number('raw', 'wins', 'int') }} as wins,
    loaded_at
from {{ source('jolpica', 'stg_driver_standings') }}
