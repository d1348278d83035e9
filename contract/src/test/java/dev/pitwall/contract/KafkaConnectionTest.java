package dev.pitwall.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

class KafkaConnectionTest {

    /** What Quarkus' default-kafka-broker bean holds for a Confluent Cloud deployment (plus what it adds itself). */
    static final Map<String, Object> CLOUD = Map.of(
            "bootstrap.servers", "pkc-1.eu-west-1.aws.confluent.cloud:9092",
            "security.protocol", "SASL_SSL",
            "sasl.mechanism", "PLAIN",
            "sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"k\" password=\"s\";",
            "ssl.truststore.location", "/etc/pitwall/truststore.p12",
            "ssl.truststore.password", "changeit",
            "group.id", "pitwall-timing-ws",
            "enable.auto.commit", "true",
            "acks", "1",
            "enable.idempotence", "false");

    @Test
    void takesTheConnectionAndSecurityKeysAndNothingElse() {
        Map<String, Object> connection = KafkaConnection.of(CLOUD);

        assertThat(connection).containsOnlyKeys("bootstrap.servers", "security.protocol", "sasl.mechanism",
                "sasl.jaas.config", "ssl.truststore.location", "ssl.truststore.password");
        assertThat(connection.get("sasl.jaas.config")).isEqualTo(CLOUD.get("sasl.jaas.config"));
    }

    @Test
    void aClientKeepsItsOwnSettingsAndGetsTheConnectionOnTop() {
        Map<String, Object> settings = KafkaConnection.settings(CLOUD, Map.of(
                "bootstrap.servers", "localhost:9092",
                "enable.auto.commit", false,
                "acks", "all",
                "enable.idempotence", true,
                "client.id", "pitwall-test"));

        assertThat(settings)
                .containsEntry("bootstrap.servers", "pkc-1.eu-west-1.aws.confluent.cloud:9092")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "PLAIN")
                .containsEntry("ssl.truststore.location", "/etc/pitwall/truststore.p12")
                .containsEntry("enable.auto.commit", false)
                .containsEntry("acks", "all")
                .containsEntry("enable.idempotence", true)
                .containsEntry("client.id", "pitwall-test")
                .doesNotContainKey("group.id");
    }

    @Test
    void withoutSecuritySettingsOnlyTheBootstrapServersComeAlong() {
        Map<String, Object> settings = KafkaConnection.settings(Map.of("bootstrap.servers", "127.0.0.1:9092",
                "group.id", "pitwall-replayer"), Map.of("client.id", "c"));

        assertThat(settings).containsOnlyKeys("bootstrap.servers", "client.id");
        assertThat(KafkaConnection.bootstrap(Map.of())).isEqualTo("(not configured)");
    }

    @Test
    void anEmptyValueCountsAsNotSet() {
        Map<String, Object> connection = KafkaConnection.of(Map.of("bootstrap.servers", "127.0.0.1:9092",
                "security.protocol", "", "sasl.jaas.config", " "));

        assertThat(connection).containsOnlyKeys("bootstrap.servers");
    }

    @Test
    void everyConnectionKeyIsAKeyOfProducersConsumersAndAdminClients() {
        Set<String> kafkaKeys = new HashSet<>(ProducerConfig.configNames());
        kafkaKeys.retainAll(ConsumerConfig.configNames());
        kafkaKeys.retainAll(AdminClientConfig.configNames());
        Set<String> exact = new HashSet<>(KafkaConnection.KEYS);
        exact.remove("tls-configuration-name"); // Quarkus' own, read by its SSL engine factory
        assertThat(kafkaKeys).containsAll(exact);
        // the keys every client has under sasl.* and ssl.* are connection keys, and no other shared key is
        for (String key : kafkaKeys) {
            boolean security = key.startsWith("sasl.") || key.startsWith("ssl.") || key.startsWith("security.");
            if (security) {
                assertThat(KafkaConnection.isConnectionKey(key)).as(key).isTrue();
            }
        }
        assertThat(KafkaConnection.isConnectionKey("group.id")).isFalse();
        assertThat(KafkaConnection.isConnectionKey("enable.auto.commit")).isFalse();
        assertThat(KafkaConnection.isConnectionKey("enable.idempotence")).isFalse();
        assertThat(KafkaConnection.isConnectionKey("acks")).isFalse();
        assertThat(KafkaConnection.isConnectionKey("key.deserializer")).isFalse();
    }
}
