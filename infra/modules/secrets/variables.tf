# ---------------------------------------------------------------------------------------------------------------------
# Required
# ---------------------------------------------------------------------------------------------------------------------

variable "name_prefix" {
  description = "Prefix of the secret names, e.g. \"pitwall/prod\" gives pitwall/prod/snowflake."
  type        = string
}

variable "kms_key_arn" {
  description = "ARN of the customer-managed KMS key that encrypts the secrets."
  type        = string
}

# ---------------------------------------------------------------------------------------------------------------------
# Optional
# ---------------------------------------------------------------------------------------------------------------------

variable "secrets" {
  description = "Secrets to create, name => what its value holds. Created empty: the values are set outside Terraform (see README)."
  type        = map(string)
  default = {
    snowflake       = "JSON {\"account\",\"user\",\"password\"} or {\"account\",\"user\",\"private_key\"}: staging's Snowflake login (SNOWFLAKE_ACCOUNT, SNOWFLAKE_USER, and SNOWFLAKE_PASSWORD or SNOWFLAKE_PRIVATE_KEY)"
    kafka           = "JSON {\"api_key\",\"api_secret\",\"sasl_jaas_config\"}: the Confluent Cloud API key of the services (KAFKA_SASL_JAAS_CONFIG)"
    "staging-token" = "Plain string: PITWALL_STAGING_TOKEN, the bearer token of staging's mutating endpoints"
    "control-token" = "Plain string: PITWALL_CONTROL_TOKEN, the bearer token of the replayer's control endpoints"
  }
}

variable "recovery_window_in_days" {
  description = "Days a deleted secret can still be restored (0 deletes at once; 7-30 otherwise)."
  type        = number
  default     = 7
}

variable "tags" {
  description = "Tags added to every resource of the module."
  type        = map(string)
  default     = {}
}
