select
    constructor_id,
    {{ json_text('raw', 'name') }} as constructor_name,
    {{ json_text('raw', 'nationality') }} as nationality,
    {{ json_text('raw', 'url') }} as constructor_url,
    loaded_at
from {{ source('jolpica', 'stg_constructors') }}
