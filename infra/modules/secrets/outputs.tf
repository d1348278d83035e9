# ---------------------------------------------------------------------------------------------------------------------
# Secrets
# ---------------------------------------------------------------------------------------------------------------------

output "arns" {
  description = "ARN of each secret by its short name (snowflake, kafka, staging-token, control-token)."
  value       = { for name, secret in aws_secretsmanager_secret.this : name => secret.arn }
}

output "names" {
  description = "Full name of each secret by its short name, for `aws secretsmanager put-secret-value --secret-id`."
  value       = { for name, secret in aws_secretsmanager_secret.this : name => secret.name }
}
