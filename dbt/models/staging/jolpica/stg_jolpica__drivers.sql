select
    driver_id,
    {{ json_text('raw', 'code') }} as driver_code,
    {{ json_number('raw', 'permanentNumber', 'int') }} as permanent_number,
    {{ json_text('raw', 'givenName') }} as given_name,
    {{ json_text('raw', 'familyName') }} as family_name,
    cast({{ json_text('raw', 'dateOfBirth') }} as date) as date_of_birth,
    {{ json_text('raw', 'nationality') }} as nationality,
    {{ json_text('raw', 'url') }} as driver_url,
    loaded_at
from {{ source('jolpica', 'stg_drivers') }}
