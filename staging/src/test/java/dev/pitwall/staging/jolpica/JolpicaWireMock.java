package dev.pitwall.staging.jolpica;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Starts a real WireMock HTTP server for the Jolpica tests and points the client at it. */
public class JolpicaWireMock implements QuarkusTestResourceLifecycleManager {

    /** Path prefix the fake serves under, as the real API does. */
    public static final String PREFIX = "/ergast/f1";

    static volatile WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        return Map.of("pitwall.jolpica.url", server.baseUrl() + PREFIX);
    }

    /** The running server, for tests in other packages. */
    public static WireMockServer server() {
        return server;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
