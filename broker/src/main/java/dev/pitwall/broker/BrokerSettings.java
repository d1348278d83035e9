package dev.pitwall.broker;

import java.nio.file.Path;
import java.util.Properties;

/**
 * The settings of a single-node KRaft broker. Every internal topic gets replication factor 1, or
 * consumers hang waiting for {@code __consumer_offsets}.
 */
public final class BrokerSettings {

    /** Partitions given to a topic created without an explicit count: one per car of a 22-car grid. */
    public static final int DEFAULT_PARTITIONS = 22;

    private BrokerSettings() {
    }

    /** Properties for a combined broker+controller node listening on loopback. */
    public static Properties singleNode(Path logDir, int port, int controllerPort) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", logDir.toString());
        p.setProperty("num.partitions", Integer.toString(DEFAULT_PARTITIONS));
        p.setProperty("auto.create.topics.enable", "false");
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "5");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("log.retention.hours", "168");
        p.setProperty("log.segment.bytes", "268435456");
        p.setProperty("message.max.bytes", "8388608");
        return p;
    }
}
