package dev.pitwall.staging.sink;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link SinkApiTest} against the packaged service: the native binary's Kafka consumer, DuckDB merges and dead letters. */
@QuarkusIntegrationTest
class SinkApiIT extends SinkApiTest {
}
