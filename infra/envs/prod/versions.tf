# ---------------------------------------------------------------------------------------------------------------------
# Requirements and backend
# ---------------------------------------------------------------------------------------------------------------------

terraform {
  # 1.10 for the S3 backend's native lock file (use_lockfile = true in backend.hcl).
  required_version = ">= 1.10"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.70"
    }
    confluent = {
      source  = "confluentinc/confluent"
      version = "~> 2.0"
    }
  }

  # Partial configuration: bucket, key, region and locking come from backend.hcl (see backend.hcl.example).
  backend "s3" {}
}

# ---------------------------------------------------------------------------------------------------------------------
# Providers
# ---------------------------------------------------------------------------------------------------------------------

provider "aws" {
  region = var.region

  default_tags {
    tags = local.tags
  }
}

# Credentials only from the environment, never variables: CONFLUENT_CLOUD_API_KEY and CONFLUENT_CLOUD_API_SECRET
# (environment-level), KAFKA_ID, KAFKA_REST_ENDPOINT, KAFKA_API_KEY and KAFKA_API_SECRET (the cluster, for the
# topics). Only needed with enable_confluent = true.
provider "confluent" {}
