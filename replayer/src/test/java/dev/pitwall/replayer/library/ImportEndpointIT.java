package dev.pitwall.replayer.library;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ImportEndpointTest} against the packaged service: the archive client and the feed parser of the native binary over real HTTP. */
@QuarkusIntegrationTest
class ImportEndpointIT extends ImportEndpointTest {
}
