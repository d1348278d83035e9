package dev.pitwall.timing.replayer;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

/**
 * A real HTTP server (WireMock) standing in for the replayer, handed to the service as {@code pitwall.replayer.url}
 * with a 1 s read timeout; tests stub its answers and check what it was sent. Inject it with {@link Server}.
 */
public class ReplayerStub implements QuarkusTestResourceLifecycleManager {

    /** Read timeout the service gets, so a slow replayer test is quick. */
    static final String READ_TIMEOUT = "1s";

    /** Marks the test's {@link WireMockServer} field. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Server {
    }

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        return Map.of("pitwall.replayer.url", server.baseUrl(), "pitwall.replayer.read-timeout", READ_TIMEOUT);
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.AnnotatedAndMatchesType(Server.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
