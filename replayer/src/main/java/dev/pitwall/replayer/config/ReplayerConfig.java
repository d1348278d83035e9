package dev.pitwall.replayer.config;

import dev.pitwall.replayer.model.BadLinePolicy;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The replayer's settings ({@code pitwall.*}; environment variables {@code PITWALL_...}). */
@ConfigMapping(prefix = "pitwall")
public interface ReplayerConfig {

    /** Where recorded sessions are found. */
    Library library();

    /** How replays run. */
    Replay replay();

    /** Topic layout. */
    TopicSettings topics();

    /** Who may control the replay. */
    Control control();

    /** Where recorded sessions are found. */
    interface Library {
        /** Folders that hold session folders (the bundled races, the import folder). */
        @WithDefault("data/races,.pitwall/library")
        List<String> dirs();

        /** Folder the archive importer writes to. */
        @WithDefault(".pitwall/library")
        String importDir();

        /** Base URL of F1's live-timing archive. */
        @WithDefault("https://livetiming.formula1.com/static/")
        String archiveBaseUrl();
    }

    /** How replays run. */
    interface Replay {
        /** Session id to replay as soon as the service is up (the local stack sets the bundled race). */
        Optional<String> autostart();

        /** Speed of the automatic replay: a factor from 0.25 to 100, or {@code max}. */
        @WithDefault("1")
        String autostartSpeed();

        /** Lap the automatic replay starts at (1 = just before the start, skipping the pre-race feed). */
        @WithDefault("1")
        int autostartFromLap();

        /** Seconds of feed replayed before the lap an automatic replay or a seek to a lap starts at. */
        @WithDefault("0")
        int leadInSeconds();

        /** What a corrupt line of a recorded file does: SKIP it (counted and reported) or FAIL the load. */
        @WithDefault("SKIP")
        BadLinePolicy badLines();

        /** How long the producer keeps retrying a record while the broker is away, before giving it up. */
        @WithDefault("30m")
        Duration deliveryTimeout();

        /**
         * Producer compression ({@code none}, {@code lz4}, {@code zstd}, ...). {@code none} suits a broker close
         * by and keeps a paced replay on schedule; a compressor saves bandwidth to a remote cluster.
         */
        @WithDefault("none")
        String compression();

        /** How often progress is written to the log. */
        @WithDefault("10s")
        Duration progressLogInterval();
    }

    /** Topic layout. */
    interface TopicSettings {
        /** Partitions of each per-car topic created by the replayer (one per car; grids have up to 22). */
        @WithDefault("22")
        int carPartitions();

        /** Whether the replayer creates missing topics at start-up. */
        @WithDefault("true")
        boolean create();
    }

    /** Who may control the replay. */
    interface Control {
        /**
         * Bearer token required by the control endpoints (start, pause, seek, speed, import). Unset, anyone
         * may control the replay; the production profile refuses to start without one.
         */
        Optional<String> token();
    }
}
