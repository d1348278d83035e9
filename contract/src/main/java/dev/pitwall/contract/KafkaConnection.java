package dev.pitwall.contract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How every Kafka client a service builds itself reaches and logs in to the cluster: the connection settings out of
 * the service's {@code kafka.*} configuration, laid over the client's own settings.
 *
 * <p>The {@code kafka.*} configuration is what Quarkus' Kafka extension collects into the bean
 * {@code @Identifier("default-kafka-broker") Map<String, Object>}: every {@code kafka.*} property and every
 * {@code KAFKA_*} environment variable, with the prefix removed ({@code KAFKA_SASL_JAAS_CONFIG} becomes
 * {@code sasl.jaas.config}). Only the <em>connection keys</em> of it are taken:
 * <ul>
 * <li>{@code bootstrap.servers}, {@code client.dns.lookup}, {@code socket.connection.setup.timeout.ms},
 * {@code socket.connection.setup.timeout.max.ms};</li>
 * <li>{@code security.protocol}, {@code security.providers}, every {@code sasl.*} and every {@code ssl.*} key
 * (mechanism, JAAS config, login and OAuth settings, trust and key stores, endpoint identification);</li>
 * <li>{@code tls-configuration-name} (a Quarkus TLS registry configuration; the extension adds its
 * {@code ssl.engine.factory.class} beside it).</li>
 * </ul>
 * Everything else under {@code kafka.*} (acks, idempotence, group id, auto commit, deserializers, timeouts, ...) is
 * left out: each client keeps the settings its code relies on (the replayer's idempotent producer, the sink's manual
 * commits, the feed reading without a consumer group), and a {@code group.id} the extension derives from the
 * application name never reaches them. Plain strings and maps only, so nothing here needs reflection.
 */
public final class KafkaConnection {

    /** The name of the Quarkus bean holding the {@code kafka.*} configuration. */
    public static final String DEFAULT_KAFKA_BROKER = "default-kafka-broker";

    /** Connection keys taken as they are. */
    public static final Set<String> KEYS = Set.of(
            "bootstrap.servers",
            "client.dns.lookup",
            "socket.connection.setup.timeout.ms",
            "socket.connection.setup.timeout.max.ms",
            "security.protocol",
            "security.providers",
            "tls-configuration-name");

    /** Prefixes of connection keys: SASL (login) and SSL/TLS (encryption, trust). */
    public static final List<String> PREFIXES = List.of("sasl.", "ssl.");

    private KafkaConnection() {
    }

    /** Whether a client setting says how to reach or log in to the cluster (and so comes from {@code kafka.*}). */
    public static boolean isConnectionKey(String key) {
        if (KEYS.contains(key)) {
            return true;
        }
        for (String prefix : PREFIXES) {
            if (key.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The connection settings of a {@code kafka.*} configuration (keys without the prefix); the rest is dropped, and
     * so is an empty value (an environment variable set to nothing means "not set", as everywhere in the
     * configuration).
     */
    public static Map<String, Object> of(Map<String, ?> kafkaConfig) {
        Map<String, Object> connection = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (value != null && !value.toString().isBlank() && isConnectionKey(key)) {
                connection.put(key, value);
            }
        });
        return connection;
    }

    /**
     * A client's settings: its own {@code clientSettings}, with the connection settings of {@code kafkaConfig} laid
     * over them. The two meet only on connection keys (a client passes at most a default {@code bootstrap.servers});
     * there the configuration wins. No other {@code kafka.*} key can change a client's settings.
     */
    public static Map<String, Object> settings(Map<String, ?> kafkaConfig, Map<String, ?> clientSettings) {
        Map<String, Object> settings = new HashMap<>(clientSettings);
        settings.putAll(of(kafkaConfig));
        return settings;
    }

    /** The configured bootstrap servers (for messages), or {@code "(not configured)"}. */
    public static String bootstrap(Map<String, ?> kafkaConfig) {
        Object servers = kafkaConfig.get("bootstrap.servers");
        return servers == null ? "(not configured)" : servers.toString();
    }
}
