package dev.pitwall.replayer.replay;

import dev.pitwall.contract.log.MdcScope;
import dev.pitwall.replayer.config.ReplayerConfig;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * At start-up: refuses to run the production profile without a control token, creates the topics, and starts
 * the configured automatic replay (the local stack replays the bundled race by itself).
 */
@ApplicationScoped
public class ReplayStartup {

    private static final Logger LOG = Logger.getLogger(ReplayStartup.class);

    private final ReplayerConfig config;
    private final TopicGuard topics;
    private final ReplayService service;

    public ReplayStartup(ReplayerConfig config, TopicGuard topics, ReplayService service) {
        this.config = config;
        this.topics = topics;
        this.service = service;
    }

    void onStart(@Observes StartupEvent event) {
        TokenPolicy.check(LaunchMode.current(), ConfigUtils.getProfiles(), config.control().token());
        Thread starter = new Thread(this::prepare, "replay-startup");
        starter.setDaemon(true);
        starter.start();
    }

    private void prepare() {
        while (!topics.ensure()) {
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        config.replay().autostart().filter(id -> !id.isBlank()).ifPresent(id -> {
            try {
                service.start(new StartRequest(id, config.replay().autostartSpeed(), config.replay().autostartFromLap(), null, false));
            } catch (RuntimeException e) {
                try (MdcScope log = MdcScope.of(MdcScope.LIBRARY_ID, id)) {
                    LOG.errorf("cannot start the automatic replay of %s: %s", id, e.getMessage());
                }
            }
        });
    }
}
