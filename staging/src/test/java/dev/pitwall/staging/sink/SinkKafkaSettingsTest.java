package dev.pitwall.staging.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sink's clients take the cluster's login from the kafka.* configuration and keep their own settings. */
class SinkKafkaSettingsTest {

    private static final Map<String, Object> KAFKA = Map.of(
            "bootstrap.servers", "pkc-1.eu-west-1.aws.confluent.cloud:9092",
            "security.protocol", "SASL_SSL",
            "sasl.mechanism", "PLAIN",
            "sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"K\" password=\"S\";",
            "ssl.truststore.location", "/etc/pitwall/truststore.p12",
            // not connection keys: they must not reach the sink's clients
            "group.id", "pitwall-staging",
            "enable.auto.commit", "true",
            "auto.offset.reset", "latest",
            "enable.idempotence", "false",
            "acks", "0");

    @Test
    void theConsumerLogsInAndKeepsItsManualCommitsAndGroup() {
        Map<String, Object> c = KafkaSink.consumerConfig(KAFKA, new SinkRetryTest.TestConfig("pitwall-staging-sink"));

        assertLogsIn(c);
        assertThat(c).containsEntry("group.id", "pitwall-staging-sink")
                .containsEntry("enable.auto.commit", false)
                .containsEntry("auto.offset.reset", "earliest")
                .containsEntry("client.id", "pitwall-staging-sink");
    }

    @Test
    void theDeadLetterProducerAndAdminLogIn() {
        Map<String, Object> p = DeadLetters.producerConfig(KAFKA);
        assertLogsIn(p);
        assertThat(p).containsEntry("enable.idempotence", true).containsEntry("acks", "all").doesNotContainKey("group.id");

        Map<String, Object> a = DeadLetters.adminConfig(KAFKA);
        assertLogsIn(a);
        assertThat(a).containsOnlyKeys("bootstrap.servers", "security.protocol", "sasl.mechanism", "sasl.jaas.config",
                "ssl.truststore.location", "client.id");
    }

    private static void assertLogsIn(Map<String, Object> settings) {
        assertThat(settings).containsEntry("bootstrap.servers", KAFKA.get("bootstrap.servers"))
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "PLAIN")
                .containsEntry("sasl.jaas.config", KAFKA.get("sasl.jaas.config"))
                .containsEntry("ssl.truststore.location", "/etc/pitwall/truststore.p12");
    }
}
