package dev.pitwall.staging.analysis;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link AnalysisResourceTest} against the packaged service: the analysis API's queries through the native binary's DuckDB driver. */
@QuarkusIntegrationTest
class AnalysisResourceIT extends AnalysisResourceTest {
}
