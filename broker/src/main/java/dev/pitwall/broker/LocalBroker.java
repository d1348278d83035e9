package dev.pitwall.broker;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Runs a single-node Apache Kafka broker in KRaft mode (broker and controller in one process) on a data
 * folder: writes its {@code server.properties}, formats the storage on first start, then starts Kafka.
 * Started again on the same folder it keeps every record it had.
 *
 * <p>Usage: {@code LocalBroker <data-dir> <port> <controller-port>}.
 */
public final class LocalBroker {

    private LocalBroker() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: LocalBroker <data-dir> <port> <controller-port>");
            System.exit(2);
        }
        Path dir = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        int controllerPort = Integer.parseInt(args[2]);
        Path config = writeConfig(dir, port, controllerPort);
        formatIfNew(dir, config);
        kafka.Kafka.main(new String[] {config.toString()});
    }

    /** Writes (or rewrites) the broker's properties for this folder and ports. */
    static Path writeConfig(Path dir, int port, int controllerPort) throws IOException {
        Files.createDirectories(dir.resolve("logs"));
        Properties props = BrokerSettings.singleNode(dir.resolve("logs"), port, controllerPort);
        Path config = dir.resolve("server.properties");
        try (Writer out = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
            props.store(out, "Pitwall local broker (KRaft, single node)");
        }
        return config;
    }

    /** Formats the log folder with a cluster id the first time; a formatted folder is left alone. */
    static void formatIfNew(Path dir, Path config) throws IOException {
        if (Files.exists(dir.resolve("logs").resolve("meta.properties"))) {
            return;
        }
        Path idFile = dir.resolve("cluster.id");
        if (!Files.exists(idFile)) {
            Files.writeString(idFile, org.apache.kafka.common.Uuid.randomUuid().toString());
        }
        String clusterId = Files.readString(idFile).trim();
        int rc = kafka.tools.StorageTool.execute(new String[] {
            "format", "-t", clusterId, "-c", config.toString(), "--ignore-formatted"},
                new PrintStream(System.out, true, StandardCharsets.UTF_8));
        if (rc != 0) {
            throw new IllegalStateException("formatting Kafka storage in " + dir + " failed with code " + rc);
        }
    }

    /** Reads a properties file (used by tests to check the written settings). */
    static Properties read(Path config) throws IOException {
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
            props.load(in);
        }
        return props;
    }
}
