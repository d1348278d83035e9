package dev.pitwall.timing.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link WebJarsTest} against the packaged service: the race view and its scripts served by the native binary. */
@QuarkusIntegrationTest
class WebJarsIT extends WebJarsTest {
}
