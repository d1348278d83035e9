{#- Every constructor record nested in a result, sprint or qualifying result, or standings row. -#}
{% set nested = [
    ('stg_results', 'Constructor'), ('stg_sprint_results', 'Constructor'), ('stg_qualifying', 'Constructor'),
    ('stg_driver_standings', 'Constructors[0]'), ('stg_constructor_standings', 'Constructor')
] %}
{% for table, path in nested %}
    select
        {{ json_text('raw', path ~ '.constructorId') }} as constructor_id,
        {{ json_text('raw', path ~ '.name') }} as constructor_name,
        {{ json_text('raw', path ~ '.nationality') }} as nationality,
        {{ json_text('raw', path ~ '.url') }} as constructor_url,
        loaded_at
    from {{ source('jolpica', table) }}
    {% if not loop.last %}union all{% endif %}
{% endfor %}
