package dev.pitwall.staging.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link BackfillResourceTest} against the packaged service: the REST client, fault tolerance and DuckDB merges of the native binary over the recorded Jolpica replies. */
@QuarkusIntegrationTest
class BackfillResourceIT extends BackfillResourceTest {
}
