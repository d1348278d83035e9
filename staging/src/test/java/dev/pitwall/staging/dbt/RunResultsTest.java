package dev.pitwall.staging.dbt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** run_results.json read into counts and failed nodes, every status dbt writes. */
class RunResultsTest {

    @Test
    void countsModelsAndTestsAndNamesTheFailures() throws Exception {
        String json = """
                {"metadata": {"dbt_version": "1.11.16"}, "elapsed_time": 2.1, "results": [
                  {"unique_id": "model.pitwall.fct_results", "status": "success", "failures": null, "message": "OK"},
                  {"unique_id": "model.pitwall.fct_laps", "status": "error", "failures": null,
                   "message": "Runtime Error in model fct_laps: column x not found"},
                  {"unique_id": "model.pitwall.fct_stints", "status": "skipped", "failures": null, "message": null},
                  {"unique_id": "snapshot.pitwall.drivers_snapshot", "status": "success", "message": "OK"},
                  {"unique_id": "test.pitwall.unique_fct_results_result_id.ab12", "status": "pass", "failures": 0},
                  {"unique_id": "test.pitwall.assert_points", "status": "warn", "failures": 2, "message": "Got 2 results"},
                  {"unique_id": "test.pitwall.assert_no_gaps", "status": "fail", "failures": 3,
                   "message": "Got 3 results, configured to fail if != 0"},
                  {"unique_id": "unit_test.pitwall.fct_results.test_points", "status": "fail", "failures": 1, "message": ""}
                ]}""";
        RunResults r = RunResults.of(new ObjectMapper().readTree(json));
        assertThat(r.modelsBuilt()).isEqualTo(1);
        assertThat(r.testsPassed()).isEqualTo(2);
        assertThat(r.testsFailed()).isEqualTo(2);
        assertThat(r.skipped()).isEqualTo(1);
        assertThat(r.red()).isTrue();
        assertThat(r.failedNodes()).containsExactly("model.pitwall.fct_laps", "test.pitwall.assert_no_gaps",
                "unit_test.pitwall.fct_results.test_points");
        assertThat(r.message()).isEqualTo("1 models built, 2 tests passed, 2 tests failed, 1 skipped;"
                + " model.pitwall.fct_laps: Runtime Error in model fct_laps: column x not found;"
                + " test.pitwall.assert_no_gaps: Got 3 results, configured to fail if != 0;"
                + " unit_test.pitwall.fct_results.test_points: fail (1 rows)");
    }

    @Test
    void noResultsIsGreenAndEmpty() throws Exception {
        RunResults r = RunResults.of(new ObjectMapper().readTree("{\"results\": []}"));
        assertThat(r.red()).isFalse();
        assertThat(r.message()).isEqualTo("0 models built, 0 tests passed, 0 tests failed");
    }
}
