# ---------------------------------------------------------------------------------------------------------------------
# Locals
# ---------------------------------------------------------------------------------------------------------------------

locals {
  # Confluent resources take no tags; the connector name and the topic names carry the project prefix instead.
  sink_topics = keys(var.topic_to_table)
}

# ---------------------------------------------------------------------------------------------------------------------
# Topics
#
# The provider's Kafka credentials and REST endpoint come from the root module's provider block (KAFKA_API_KEY,
# KAFKA_API_SECRET, KAFKA_REST_ENDPOINT, KAFKA_ID in the environment), so no credentials block here writes them
# to the state.
# ---------------------------------------------------------------------------------------------------------------------

resource "confluent_kafka_topic" "this" {
  for_each = var.topics

  topic_name       = each.key
  partitions_count = each.value

  config = {
    "cleanup.policy" = "delete"
    "retention.ms"   = tostring(var.topic_retention_ms)
  }

  lifecycle {
    prevent_destroy = true
  }
}

# ---------------------------------------------------------------------------------------------------------------------
# Snowflake sink connector (replaces staging's own Kafka sink: the env sets PITWALL_SINK_ENABLED=false)
# ---------------------------------------------------------------------------------------------------------------------

resource "confluent_connector" "snowflake_sink" {
  environment {
    id = var.environment_id
  }

  kafka_cluster {
    id = var.kafka_cluster_id
  }

  config_sensitive = {
    "snowflake.private.key" = var.snowflake_private_key
  }

  # Snowpipe Streaming with schematization writes the JSON fields into the tables' columns instead of one
  # RECORD_CONTENT variant column.
  config_nonsensitive = {
    "connector.class"                   = "SnowflakeSink"
    "name"                              = var.connector_name
    "kafka.auth.mode"                   = "SERVICE_ACCOUNT"
    "kafka.service.account.id"          = var.connector_service_account_id
    "topics"                            = join(",", local.sink_topics)
    "input.data.format"                 = "JSON"
    "snowflake.url.name"                = var.snowflake_url
    "snowflake.user.name"               = var.snowflake_user
    "snowflake.role.name"               = var.snowflake_role
    "snowflake.database.name"           = var.snowflake_database
    "snowflake.schema.name"             = var.snowflake_schema
    "snowflake.topic2table.map"         = join(",", [for topic, table in var.topic_to_table : "${topic}:${table}"])
    "snowflake.ingestion.method"        = "SNOWPIPE_STREAMING"
    "snowflake.enable.schematization"   = "true"
    "errors.tolerance"                  = "all"
    "errors.deadletterqueue.topic.name" = var.dead_letter_topic
    "tasks.max"                         = tostring(var.connector_tasks)
  }

  depends_on = [confluent_kafka_topic.this]
}
