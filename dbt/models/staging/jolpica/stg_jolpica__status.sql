select
    status_id,
    {{ json_text('raw', 'status') }} as status,
    {{ json_number('raw', 'count', 'int') }} as status_count,
    loaded_at
from {{ source('jolpica', 'stg_status') }}
