{{ result_facts(ref('stg_jolpica__sprint_results'), 'sprint_result_id') }}
