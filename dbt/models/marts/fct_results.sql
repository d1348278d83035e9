{{ result_facts(ref('stg_jolpica__results'), 'result_id') }}
