# ---------------------------------------------------------------------------------------------------------------------
# Required
# ---------------------------------------------------------------------------------------------------------------------

variable "environment_id" {
  description = "ID of the Confluent Cloud environment (env-...)."
  type        = string
}

variable "kafka_cluster_id" {
  description = "ID of the Confluent Cloud Kafka cluster (lkc-...). The cluster itself is not managed here."
  type        = string
}

variable "connector_service_account_id" {
  description = "ID of the service account (sa-...) the Snowflake sink connector reads the topics as; it needs READ on the three topics and a consumer group."
  type        = string
}

variable "snowflake_url" {
  description = "Snowflake account URL for the connector, e.g. https://<account>.snowflakecomputing.com:443 (no credentials)."
  type        = string
}

variable "snowflake_user" {
  description = "Snowflake user the connector writes as (key-pair authentication)."
  type        = string
}

variable "snowflake_private_key" {
  description = "PEM body of the connector user's private key. Confluent accepts it only as connector config, so it is in the state: keep the state bucket encrypted and access-controlled. Pass it through TF_VAR_snowflake_private_key, never a file in git."
  type        = string
  sensitive   = true
}

variable "snowflake_database" {
  description = "Snowflake database of the staging tables."
  type        = string
}

# ---------------------------------------------------------------------------------------------------------------------
# Optional
# ---------------------------------------------------------------------------------------------------------------------

variable "topics" {
  description = "Topics to create, name => partition count (docs/events.md: one partition per car on per-car topics)."
  type        = map(number)
  default = {
    "pitwall.car-samples"      = 22
    "pitwall.laps"             = 22
    "pitwall.timing"           = 22
    "pitwall.race-events"      = 1
    "pitwall.replay-clock"     = 1
    "pitwall.sink.dead-letter" = 1
  }
}

variable "topic_retention_ms" {
  description = "Retention of the race topics in milliseconds (default 7 days); a replay can be re-run to fill them again."
  type        = number
  default     = 604800000
}

variable "snowflake_schema" {
  description = "Snowflake schema of the staging tables (staging's SNOWFLAKE_SCHEMA default)."
  type        = string
  default     = "STAGING"
}

variable "snowflake_role" {
  description = "Snowflake role the connector uses; it needs INSERT on the staging tables."
  type        = string
  default     = "PITWALL_CONNECTOR"
}

variable "topic_to_table" {
  description = "Topics the sink connector reads => the staging table each lands in (the tables staging's own sink fills)."
  type        = map(string)
  default = {
    "pitwall.laps"        = "STG_LAPS"
    "pitwall.car-samples" = "STG_TELEMETRY"
    "pitwall.race-events" = "STG_RACE_EVENTS"
  }
}

variable "dead_letter_topic" {
  description = "Topic the connector sends records it cannot write to (the same one staging's sink uses)."
  type        = string
  default     = "pitwall.sink.dead-letter"
}

variable "connector_name" {
  description = "Name of the Snowflake sink connector."
  type        = string
  default     = "pitwall-snowflake-sink"
}

variable "connector_tasks" {
  description = "Number of connector tasks."
  type        = number
  default     = 1
}
