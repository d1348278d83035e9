select
    season,
    {{ json_text('raw', 'url') }} as season_url,
    loaded_at
from {{ source('jolpica', 'stg_seasons') }}
