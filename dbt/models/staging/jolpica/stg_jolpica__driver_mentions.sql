{#- Every driver record nested in a result, sprint result, qualifying result or standings row: the drivers lists
    may not have been loaded for a season, and these rows carry the whole driver. -#}
{% set tables = ['stg_results', 'stg_sprint_results', 'stg_qualifying', 'stg_driver_standings'] %}
{% for table in tables %}
    select
        driver_id,
        {{ json_text('raw', 'Driver.code') }} as driver_code,
        {{ json_number('raw', 'Driver.permanentNumber', 'int') }} as permanent_number,
        {{ json_text('raw', 'Driver.givenName') }} as given_name,
        {{ json_text('raw', 'Driver.familyName') }} as family_name,
        cast({{ json_text('raw', 'Driver.dateOfBirth') }} as date) as date_of_birth,
        {{ json_text('raw', 'Driver.nationality') }} as nationality,
        {{ json_text('raw', 'Driver.url') }} as driver_url,
        loaded_at
    from {{ source('jolpica', table) }}
    {% if not loop.last %}union all{% endif %}
{% endfor %}
