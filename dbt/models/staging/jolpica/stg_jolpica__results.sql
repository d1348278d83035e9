{{ jolpica_result_columns(source('jolpica', 'stg_results')) }}
