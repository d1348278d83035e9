package dev.pitwall.replayer.it;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link FullReplayTest} against the packaged service: the native binary in the native job (the bundled race read, paced and published by the binary into the real broker). */
@QuarkusIntegrationTest
class FullReplayIT extends FullReplayTest {
}
