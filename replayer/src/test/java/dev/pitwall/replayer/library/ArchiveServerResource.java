package dev.pitwall.replayer.library;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * The test copy of the live-timing archive ({@code src/test/resources/archive}) served by WireMock, handed to
 * the service as {@code pitwall.library.archive-base-url}. One file of the 2023 Bahrain race answers after
 * {@link #DELAY_MS}, so an import of that race is reliably still running for that long. Registered with GLOBAL
 * scope so that the test class using it shares the Quarkus application of the other tests (no restart); no
 * other test talks to the archive.
 */
public class ArchiveServerResource implements QuarkusTestResourceLifecycleManager {

    /** The archive folder of the 2023 Bahrain GP race. */
    static final String RACE = LiveTimingImporterTest.RACE;
    static final String DELAYED_FILE = RACE + "TimingAppData.jsonStream";
    static final int DELAY_MS = 3000;

    private ArchiveServer server;

    @Override
    public Map<String, String> start() {
        server = ArchiveServer.serving(ArchiveServer.bundledArchive());
        server.override(DELAYED_FILE, aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(server.bytes(DELAYED_FILE)).withFixedDelay(DELAY_MS));
        return Map.of("pitwall.library.archive-base-url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
