# ---------------------------------------------------------------------------------------------------------------------
# Required
# ---------------------------------------------------------------------------------------------------------------------

variable "name_prefix" {
  description = "Prefix of the security group names, e.g. \"pitwall-prod\"."
  type        = string
}

variable "vpc_id" {
  description = "VPC the security groups belong to."
  type        = string
}

variable "service_ports" {
  description = "Port each service listens on; must name replayer, staging and timing-ws (the flows between them are fixed here)."
  type        = map(number)

  validation {
    condition     = alltrue([for name in ["replayer", "staging", "timing-ws"] : contains(keys(var.service_ports), name)])
    error_message = "service_ports must name replayer, staging and timing-ws."
  }
}

# ---------------------------------------------------------------------------------------------------------------------
# Optional
# ---------------------------------------------------------------------------------------------------------------------

variable "kafka_ports" {
  description = "TCP ports of the Kafka brokers. Confluent Cloud is reached over the internet with TLS (SASL_SSL) on 9092."
  type        = list(number)
  default     = [9092]
}

variable "kafka_cidr_blocks" {
  description = "Where the Kafka brokers are. Confluent Cloud's public endpoints have no fixed addresses, hence the internet."
  type        = list(string)
  default     = ["0.0.0.0/0"]
}

variable "https_egress_cidr_blocks" {
  description = "Where staging reaches Snowflake and the Jolpica API over HTTPS (443), the replayer F1's live-timing archive (with replayer_archive_egress), and the instances the AWS APIs."
  type        = list(string)
  default     = ["0.0.0.0/0"]
}

variable "replayer_archive_egress" {
  description = "Whether the replayer may reach F1's live-timing archive (livetiming.formula1.com) over HTTPS (443, to https_egress_cidr_blocks) to import sessions into its library (POST /api/library/import)."
  type        = bool
  default     = true
}

variable "public_ingress_cidr_blocks" {
  description = "Who may reach the load balancer on 443 and 80 (80 only redirects to 443)."
  type        = list(string)
  default     = ["0.0.0.0/0"]
}

variable "tags" {
  description = "Tags added to every resource of the module."
  type        = map(string)
  default     = {}
}
