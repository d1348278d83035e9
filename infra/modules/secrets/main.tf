# ---------------------------------------------------------------------------------------------------------------------
# Locals
# ---------------------------------------------------------------------------------------------------------------------

locals {
  tags = merge(var.tags, { "pitwall:module" = "secrets" })
}

# ---------------------------------------------------------------------------------------------------------------------
# Secrets (containers only: no aws_secretsmanager_secret_version here, so no value ever reaches the state)
# ---------------------------------------------------------------------------------------------------------------------

resource "aws_secretsmanager_secret" "this" {
  #checkov:skip=CKV2_AWS_57:The values are issued by Snowflake and Confluent Cloud or chosen by the operator and put in by hand (README); there is no rotation Lambda that could change them at the issuer. Rotate by putting a new version and redeploying.
  for_each = var.secrets

  name                    = "${var.name_prefix}/${each.key}"
  description             = each.value
  kms_key_id              = var.kms_key_arn
  recovery_window_in_days = var.recovery_window_in_days

  tags = merge(local.tags, { "pitwall:secret" = each.key })
}
