package dev.pitwall.timing.analysis;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link AnalysisProxyTest} against the packaged service: the analysis pass-through of the native binary. */
@QuarkusIntegrationTest
class AnalysisProxyIT extends AnalysisProxyTest {
}
