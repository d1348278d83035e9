package dev.pitwall.replayer.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.kafka.client.runtime.KafkaRuntimeConfigProducer;
import io.quarkus.runtime.ApplicationConfig;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The producer's settings: the cluster's login from the kafka.* configuration, the replayer's own tuning kept. */
class ProducerSettingsTest {

    private static final String JAAS =
            "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"KEY\" password=\"SECRET\";";

    @Test
    void theSecuritySettingsReachTheProducerAndItsOwnTuningStays() {
        Map<String, Object> kafka = Map.of(
                "bootstrap.servers", "pkc-1.eu-west-1.aws.confluent.cloud:9092",
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "PLAIN",
                "sasl.jaas.config", JAAS,
                "ssl.truststore.location", "/etc/pitwall/truststore.p12",
                // a kafka.* setting that is not a connection key must not weaken the producer
                "acks", "1",
                "enable.idempotence", "false",
                "group.id", "pitwall-replayer");

        Map<String, Object> p = ProducerSettings.of(kafka, 120_000, Map.of("compression.type", "lz4"));

        assertThat(p).containsEntry("bootstrap.servers", "pkc-1.eu-west-1.aws.confluent.cloud:9092")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "PLAIN")
                .containsEntry("sasl.jaas.config", JAAS)
                .containsEntry("ssl.truststore.location", "/etc/pitwall/truststore.p12")
                .containsEntry("acks", "all")
                .containsEntry("enable.idempotence", true)
                .containsEntry("delivery.timeout.ms", 120_000)
                .containsEntry("compression.type", "lz4")
                .containsEntry("client.id", "pitwall-replayer")
                .doesNotContainKey("group.id");
    }

    /**
     * The deployment sets KAFKA_* environment variables; Quarkus' Kafka extension turns them into the
     * {@code default-kafka-broker} map the replayer reads (run here on a configuration with those variables).
     */
    @Test
    void theKafkaEnvironmentVariablesReachTheProducer() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(Map.of("kafka.bootstrap.servers", "127.0.0.1:9092"),
                        "application.properties", 250))
                .withSources(new EnvConfigSource(Map.of(
                        "KAFKA_BOOTSTRAP_SERVERS", "pkc-1.eu-west-1.aws.confluent.cloud:9092",
                        "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                        "KAFKA_SASL_MECHANISM", "PLAIN",
                        "KAFKA_SASL_JAAS_CONFIG", JAAS), 300))
                .build();
        Map<String, Object> kafka = new KafkaRuntimeConfigProducer().createKafkaRuntimeConfig(config, application("replayer"));

        Map<String, Object> p = ProducerSettings.of(kafka, 120_000, Map.of());

        assertThat(p).containsEntry("bootstrap.servers", "pkc-1.eu-west-1.aws.confluent.cloud:9092")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "PLAIN")
                .containsEntry("sasl.jaas.config", JAAS)
                .containsEntry("enable.idempotence", true)
                .doesNotContainKey("group.id");
    }

    private static ApplicationConfig application(String name) {
        return new ApplicationConfig() {
            @Override
            public Optional<String> name() {
                return Optional.of(name);
            }

            @Override
            public Optional<String> version() {
                return Optional.empty();
            }

            @Override
            public Optional<String> uiHeader() {
                return Optional.empty();
            }
        };
    }
}
