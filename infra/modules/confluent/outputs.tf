# ---------------------------------------------------------------------------------------------------------------------
# Topics
# ---------------------------------------------------------------------------------------------------------------------

output "topics" {
  description = "Partition count of each topic created."
  value       = { for name, topic in confluent_kafka_topic.this : name => topic.partitions_count }
}

# ---------------------------------------------------------------------------------------------------------------------
# Connector
# ---------------------------------------------------------------------------------------------------------------------

output "connector_id" {
  description = "ID of the Snowflake sink connector."
  value       = confluent_connector.snowflake_sink.id
}

output "sink_topics" {
  description = "Topics the connector writes to Snowflake (staging's own sink is switched off for these)."
  value       = local.sink_topics
}
