package dev.pitwall.replayer.dev;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.File;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Live coding only ({@code quarkus:dev}): when the local Kafka broker is not running, starts it through
 * {@code ./pitwall broker start}, so a developer needs nothing but {@code ./mvnw -pl replayer quarkus:dev}.
 */
@ApplicationScoped
public class DevBroker {

    private static final Logger LOG = Logger.getLogger(DevBroker.class);

    void onStart(@Observes @jakarta.annotation.Priority(1) StartupEvent event,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap) {
        if (LaunchMode.current() != LaunchMode.DEVELOPMENT) {
            return;
        }
        String first = bootstrap.split(",")[0].trim();
        URI uri = URI.create("kafka://" + first);
        if (reachable(uri.getHost(), uri.getPort())) {
            LOG.infof("using the Kafka broker already running at %s", first);
            return;
        }
        Path launcher = findLauncher();
        if (launcher == null) {
            LOG.warnf("no Kafka broker at %s and no ./pitwall launcher found to start one", first);
            return;
        }
        try {
            LOG.infof("no Kafka broker at %s: starting one with %s broker start", first, launcher);
            Process p = new ProcessBuilder(launcher.toString(), "broker", "start").inheritIO().start();
            int rc = p.waitFor();
            if (rc != 0) {
                LOG.warnf("%s broker start exited with %d", launcher, rc);
            }
        } catch (Exception e) {
            LOG.warnf("cannot start the local Kafka broker: %s", e.getMessage());
        }
    }

    private static boolean reachable(String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static Path findLauncher() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("pitwall");
            if (Files.isExecutable(candidate) && new File(dir.toFile(), "mvnw").exists()) {
                return candidate;
            }
            dir = dir.getParent();
        }
        return null;
    }
}
