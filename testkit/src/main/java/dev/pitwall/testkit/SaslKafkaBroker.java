package dev.pitwall.testkit;

import java.util.Map;
import org.apache.kafka.common.network.ListenerName;
import org.apache.kafka.common.test.KafkaClusterTestKit;

/**
 * A real single-node Kafka broker (the settings of {@link KafkaBrokerResource}) with a second listener that wants a
 * login: {@code SASL_PLAINTEXT} with the {@code PLAIN} mechanism and one user, as a managed cluster (Confluent Cloud:
 * {@code SASL_SSL} + {@code PLAIN} with an API key and secret) asks for. The users live in the listener's own JAAS
 * setting ({@code listener.name.sasl.plain.sasl.jaas.config}), so no JVM-wide JAAS file or system property is set. The
 * plain listener stays, for a test's own set-up (topics, checks).
 */
public final class SaslKafkaBroker implements AutoCloseable {

    /** The name of the listener that wants a login. */
    public static final String LISTENER = "SASL";

    private final KafkaClusterTestKit cluster;
    private final String user;
    private final String password;

    private SaslKafkaBroker(KafkaClusterTestKit cluster, String user, String password) {
        this.cluster = cluster;
        this.user = user;
        this.password = password;
    }

    /** Starts a broker whose SASL listener knows one user, {@code user} with {@code password}. */
    public static SaslKafkaBroker start(String user, String password) {
        KafkaClusterTestKit cluster = null;
        try {
            // the test kit names its listeners EXTERNAL (clients) and CONTROLLER, and keeps these settings if given
            cluster = KafkaBrokerResource.singleNode()
                    .setConfigProp("listeners", "EXTERNAL://localhost:0,CONTROLLER://localhost:0," + LISTENER + "://localhost:0")
                    .setConfigProp("listener.security.protocol.map",
                            "EXTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT," + LISTENER + ":SASL_PLAINTEXT")
                    .setConfigProp("listener.name.sasl.sasl.enabled.mechanisms", "PLAIN")
                    .setConfigProp("listener.name.sasl.plain.sasl.jaas.config",
                            "org.apache.kafka.common.security.plain.PlainLoginModule required user_" + user + "=\"" + password + "\";")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            return new SaslKafkaBroker(cluster, user, password);
        } catch (Exception e) {
            if (cluster != null) {
                try {
                    cluster.close();
                } catch (Exception suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw new IllegalStateException("could not start the in-process Kafka broker with a SASL listener", e);
        }
    }

    /** The plain listener (no login), for the test's own set-up. */
    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    /** The listener that wants a login. */
    public String saslBootstrapServers() {
        int port = cluster.brokers().values().iterator().next().boundPort(new ListenerName(LISTENER));
        return "localhost:" + port;
    }

    /**
     * The {@code kafka.*} configuration of a service logging in as {@code user} with {@code password}, keys without
     * the prefix, as Quarkus hands it over ({@code @Identifier("default-kafka-broker")}).
     */
    public Map<String, Object> kafkaConfig(String user, String password) {
        return Map.of("bootstrap.servers", saslBootstrapServers(),
                "security.protocol", "SASL_PLAINTEXT",
                "sasl.mechanism", "PLAIN",
                "sasl.jaas.config", jaasConfig(user, password));
    }

    /** The {@code kafka.*} configuration of a service logging in as the broker's user. */
    public Map<String, Object> kafkaConfig() {
        return kafkaConfig(user, password);
    }

    /** A client's {@code sasl.jaas.config} for the PLAIN mechanism. */
    public static String jaasConfig(String user, String password) {
        return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + user + "\" password=\""
                + password + "\";";
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
