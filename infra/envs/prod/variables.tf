# ---------------------------------------------------------------------------------------------------------------------
# Required
# ---------------------------------------------------------------------------------------------------------------------

variable "certificate_arn" {
  description = "ARN of the ACM certificate (in var.region) for the site's host name, served by the load balancer."
  type        = string
}

variable "site_origin" {
  description = "Origin the race view is served from, e.g. https://pitwall.example.com (TIMING_WS_ALLOWED_ORIGINS, PITWALL_CORS_ORIGINS)."
  type        = string
}

variable "kafka_bootstrap_servers" {
  description = "Kafka bootstrap servers (Confluent Cloud: pkc-....<region>.<cloud>.confluent.cloud:9092). Not a secret."
  type        = string
}

variable "image_tag" {
  description = "Image tag deployed for every service (the git SHA CI pushed); image_tags overrides it per service."
  type        = string
}

# ---------------------------------------------------------------------------------------------------------------------
# Optional: naming and placement
# ---------------------------------------------------------------------------------------------------------------------

variable "region" {
  description = "AWS region of everything in this env."
  type        = string
  default     = "eu-west-1"
}

variable "project" {
  description = "Project name; prefixes resource names and tags."
  type        = string
  default     = "pitwall"
}

variable "environment" {
  description = "Environment name; prefixes resource names and tags."
  type        = string
  default     = "prod"
}

variable "tags" {
  description = "Extra tags for every resource (merged into local.tags)."
  type        = map(string)
  default     = {}
}

variable "vpc_cidr" {
  description = "CIDR block of the VPC."
  type        = string
  default     = "10.40.0.0/16"
}

variable "availability_zones" {
  description = "Availability zones (two or more, for the load balancer); null takes <region>a and <region>b."
  type        = list(string)
  default     = null
}

variable "single_nat_gateway" {
  description = "One NAT gateway for all private subnets (cheaper) instead of one per zone (survives a zone outage)."
  type        = bool
  default     = true
}

# ---------------------------------------------------------------------------------------------------------------------
# Optional: capacity
# ---------------------------------------------------------------------------------------------------------------------

variable "instance_type" {
  description = "EC2 instance type of the container instances."
  type        = string
  default     = "t3.small"
}

variable "instances_min" {
  description = "Minimum number of container instances."
  type        = number
  default     = 1
}

variable "instances_max" {
  description = "Maximum number of container instances."
  type        = number
  default     = 4
}

variable "image_tags" {
  description = "Image tag per service, overriding image_tag (keys: replayer, staging, timing-ws)."
  type        = map(string)
  default     = {}
}

variable "service_sizes" {
  description = "Per-service overrides of cpu, memory (hard limit, MiB), memory_reservation (MiB) and desired_count; the defaults are in local.services (native images 256 / 512 / 256, staging's JVM image 512 / 1536 / 1024) and a count of 1."
  type = map(object({
    cpu                = optional(number)
    memory             = optional(number)
    memory_reservation = optional(number)
    desired_count      = optional(number)
  }))
  default = {}
}

variable "extra_environment" {
  description = "Per-service extra environment variables (no secrets), merged over the ones this env sets."
  type        = map(map(string))
  default     = {}
}

variable "enable_execute_command" {
  description = "Allow ECS Exec into the tasks (sessions encrypted with the env's key and logged by the cluster)."
  type        = bool
  default     = false
}

variable "log_retention_days" {
  description = "Retention of the services' and the VPC flow logs' CloudWatch log groups, in days."
  type        = number
  default     = 365
}

# ---------------------------------------------------------------------------------------------------------------------
# Optional: load balancer
# ---------------------------------------------------------------------------------------------------------------------

variable "alb_deletion_protection" {
  description = "Whether the load balancer is protected from deletion."
  type        = bool
  default     = true
}

variable "alb_access_logs_bucket" {
  description = "S3 bucket for the load balancer's access logs; null for none."
  type        = string
  default     = null
}

# ---------------------------------------------------------------------------------------------------------------------
# Optional: the replayer's library
# ---------------------------------------------------------------------------------------------------------------------

variable "replayer_archive_import" {
  description = "Let the replayer import sessions from F1's live-timing archive: HTTPS egress for it, and a library volume on the container instance (/work/library, kept across task restarts on that instance, not across its replacement)."
  type        = bool
  default     = true
}

# ---------------------------------------------------------------------------------------------------------------------
# Optional: staging's warehouse
# ---------------------------------------------------------------------------------------------------------------------

variable "snowflake_role" {
  description = "SNOWFLAKE_ROLE of staging."
  type        = string
  default     = "PITWALL_STAGING"
}

variable "snowflake_warehouse" {
  description = "SNOWFLAKE_WAREHOUSE of staging."
  type        = string
  default     = "PITWALL_WH"
}

variable "snowflake_database" {
  description = "SNOWFLAKE_DATABASE of staging (and of the connector)."
  type        = string
  default     = "PITWALL"
}

variable "snowflake_schema" {
  description = "SNOWFLAKE_SCHEMA of staging's tables (and of the connector)."
  type        = string
  default     = "STAGING"
}

variable "snowflake_auth" {
  description = "How staging logs in to Snowflake: \"password\" (SNOWFLAKE_PASSWORD from the snowflake secret's password) or \"key-pair\" (SNOWFLAKE_PRIVATE_KEY from its private_key, a PEM that staging's JVM image writes to a file at start)."
  type        = string
  default     = "password"

  validation {
    condition     = contains(["password", "key-pair"], var.snowflake_auth)
    error_message = "snowflake_auth is \"password\" or \"key-pair\"."
  }
}

variable "staging_dbt_enabled" {
  description = "PITWALL_DBT_ENABLED of staging: dbt runs after loads. The staging image deploy.yml pushes (Dockerfile.jvm, -Psnowflake) carries dbt; set false for a native staging image, which does not."
  type        = bool
  default     = true
}

# ---------------------------------------------------------------------------------------------------------------------
# Optional: Confluent Cloud
# ---------------------------------------------------------------------------------------------------------------------

variable "enable_confluent" {
  description = "Manage the topics and a Snowflake sink connector in Confluent Cloud; staging's own sink is then switched off (PITWALL_SINK_ENABLED=false)."
  type        = bool
  default     = false
}

variable "confluent_environment_id" {
  description = "Confluent Cloud environment ID (env-...); with enable_confluent."
  type        = string
  default     = null
}

variable "confluent_kafka_cluster_id" {
  description = "Confluent Cloud Kafka cluster ID (lkc-...); with enable_confluent."
  type        = string
  default     = null
}

variable "confluent_connector_service_account_id" {
  description = "Service account (sa-...) of the Snowflake sink connector; with enable_confluent."
  type        = string
  default     = null
}

variable "connector_snowflake_url" {
  description = "Snowflake account URL for the connector (https://<account>.snowflakecomputing.com:443); with enable_confluent."
  type        = string
  default     = null
}

variable "connector_snowflake_user" {
  description = "Snowflake user of the connector (key-pair authentication); with enable_confluent."
  type        = string
  default     = null
}

variable "connector_snowflake_private_key" {
  description = "Private key (PEM body) of the connector's Snowflake user, from TF_VAR_connector_snowflake_private_key only; it is stored in the state (Confluent takes it only as connector config)."
  type        = string
  default     = null
  sensitive   = true
}
