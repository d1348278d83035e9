package dev.pitwall.replayer.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ApiBehaviourTest} against the packaged service: JSON of every API type, the error bodies, health, OpenAPI and metrics from the native binary. */
@QuarkusIntegrationTest
class ApiBehaviourIT extends ApiBehaviourTest {
}
