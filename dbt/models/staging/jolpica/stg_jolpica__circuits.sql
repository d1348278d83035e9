select
    circuit_id,
    {{ json_text('raw', 'circuitName') }} as circuit_name,
    {{ json_text('raw', 'Location.locality') }} as locality,
    {{ json_text('raw', 'Location.country') }} as country,
    {{ json_number('raw', 'Location.lat', 'float') }} as latitude,
    {{ json_number('raw', 'Location.long', 'float') }} as longitude,
    {{ json_text('raw', 'url') }} as circuit_url,
    loaded_at
from {{ source('jolpica', 'stg_circuits') }}
