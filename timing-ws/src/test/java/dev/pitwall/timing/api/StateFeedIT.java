package dev.pitwall.timing.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link StateFeedTest} against the packaged service: the native binary's Kafka consumer, race state and WebSocket snapshot. */
@QuarkusIntegrationTest
class StateFeedIT extends StateFeedTest {
}
