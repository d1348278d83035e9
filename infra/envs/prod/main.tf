# ---------------------------------------------------------------------------------------------------------------------
# Locals and data
# ---------------------------------------------------------------------------------------------------------------------

data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}

locals {
  name = "${var.project}-${var.environment}"
  tags = merge(var.tags, {
    "pitwall:project"     = var.project
    "pitwall:environment" = var.environment
    "pitwall:managed-by"  = "terraform"
  })

  # Named zones, not a data source: the set never changes under the VPC when AWS adds a zone.
  azs       = var.availability_zones != null ? var.availability_zones : ["${var.region}a", "${var.region}b"]
  namespace = "${var.environment}.${var.project}.internal"

  # Secrets are referenced by ARN (and JSON key); ECS reads the values at task start, Terraform never does.
  secret_arn = module.secrets.arns
  kafka_auth = {
    environment = {
      KAFKA_SECURITY_PROTOCOL = "SASL_SSL"
      KAFKA_SASL_MECHANISM    = "PLAIN"
    }
    secrets = {
      KAFKA_SASL_JAAS_CONFIG = "${local.secret_arn["kafka"]}:sasl_jaas_config::"
    }
  }

  # Staging's Snowflake login (snowflake_auth): the password, or a private key (PEM) that staging's JVM image writes
  # to a file at start (SNOWFLAKE_PRIVATE_KEY_FILE) for the JDBC driver and dbt.
  snowflake_login = var.snowflake_auth == "key-pair" ? tomap({
    SNOWFLAKE_PRIVATE_KEY = "${local.secret_arn["snowflake"]}:private_key::"
    }) : tomap({
    SNOWFLAKE_PASSWORD = "${local.secret_arn["snowflake"]}:password::"
  })

  # Default task size of a native image; service_sizes overrides cpu, memory, memory_reservation and count.
  native_size = { cpu = 256, memory = 512, memory_reservation = 256, tmpfs_mib = 64, start_period = 30 }

  # Container health checks. The native images (Quarkus micro image) have no curl: the executable probes
  # /q/health/live itself when started with --health-check (dev.pitwall.contract.HealthProbe). Staging's JVM
  # image has curl.
  native_health_check = ["CMD", "/work/application", "--health-check"]
  curl_health_check   = ["CMD-SHELL", "curl -fsS --max-time 4 http://127.0.0.1:{port}/q/health/live || exit 1"]

  # The single source of truth for the services: ECR repositories, task definitions, services, security groups
  # and the `services` output are all derived from this map. Ports are each service's quarkus.http.port default.
  services = {
    # Deployments: the replayer publishes and staging runs scheduled loads, so never two of either at once
    # (stop, then start: 0 % / 100 %); timing-ws reads the topics without a consumer group, so a new task can
    # start beside the old one (100 % / 200 %) and viewers see no gap.
    replayer = {
      port         = 8081
      public       = false
      deployment   = { min_healthy_percent = 0, max_percent = 100 }
      size         = local.native_size
      health_check = local.native_health_check
      environment = merge(local.kafka_auth.environment, {
        KAFKA_BOOTSTRAP_SERVERS = var.kafka_bootstrap_servers
        PITWALL_CORS_ORIGINS    = var.site_origin
        # The bundled races, and the sessions imported from F1's live-timing archive (POST /api/library/import)
        # on the library volume. Without replayer_archive_import /work/library is the image's empty, read-only
        # directory and imports fail (no egress to the archive either).
        PITWALL_LIBRARY_DIRS       = "/work/races,/work/library"
        PITWALL_LIBRARY_IMPORT_DIR = "/work/library"
      })
      secrets = merge(local.kafka_auth.secrets, {
        PITWALL_CONTROL_TOKEN = local.secret_arn["control-token"]
      })
      secret_names = ["kafka", "control-token"]
      # Imported races go to a Docker volume on the container instance's disk, not to the small /tmp tmpfs; it is
      # kept across task restarts on that instance (not across its replacement; modules/ecs-service).
      docker_volumes = var.replayer_archive_import ? { library = { container_path = "/work/library" } } : {}
    }

    # Staging runs the JVM image built with -Psnowflake (Snowflake's JDBC driver and dbt; docs/deploy.md): more
    # memory for the JVM and the dbt subprocess, a larger /tmp for the dbt project it copies there, more start time.
    staging = {
      port         = 8082
      public       = false
      deployment   = { min_healthy_percent = 0, max_percent = 100 }
      size         = { cpu = 512, memory = 1536, memory_reservation = 1024, tmpfs_mib = 256, start_period = 120 }
      health_check = local.curl_health_check
      environment = merge(local.kafka_auth.environment, {
        KAFKA_BOOTSTRAP_SERVERS = var.kafka_bootstrap_servers
        PITWALL_WAREHOUSE_KIND  = "snowflake"
        PITWALL_DATA_DIR        = "/tmp/pitwall"
        SNOWFLAKE_ROLE          = var.snowflake_role
        SNOWFLAKE_WAREHOUSE     = var.snowflake_warehouse
        SNOWFLAKE_DATABASE      = var.snowflake_database
        SNOWFLAKE_SCHEMA        = var.snowflake_schema
        # The managed connector fills the sink tables when Confluent is managed here.
        PITWALL_SINK_ENABLED = var.enable_confluent ? "false" : "true"
        PITWALL_DBT_ENABLED  = var.staging_dbt_enabled ? "true" : "false"
        PITWALL_DBT_TARGET   = "snowflake"
      })
      secrets = merge(local.kafka_auth.secrets, local.snowflake_login, {
        SNOWFLAKE_ACCOUNT     = "${local.secret_arn["snowflake"]}:account::"
        SNOWFLAKE_USER        = "${local.secret_arn["snowflake"]}:user::"
        PITWALL_STAGING_TOKEN = local.secret_arn["staging-token"]
      })
      secret_names   = ["kafka", "snowflake", "staging-token"]
      docker_volumes = {}
    }

    timing-ws = {
      port         = 8080
      public       = true
      deployment   = { min_healthy_percent = 100, max_percent = 200 }
      size         = local.native_size
      health_check = local.native_health_check
      environment = merge(local.kafka_auth.environment, {
        KAFKA_BOOTSTRAP_SERVERS   = var.kafka_bootstrap_servers
        TIMING_WS_ALLOWED_ORIGINS = var.site_origin
        TIMING_VIEWER_CONTROL     = "false"
        PITWALL_REPLAYER_URL      = "http://replayer.${local.namespace}:8081"
        PITWALL_STAGING_URL       = "http://staging.${local.namespace}:8082"
      })
      # timing-ws passes the caller's Authorization header on to the replayer; it holds no token itself.
      secrets        = local.kafka_auth.secrets
      secret_names   = ["kafka"]
      docker_volumes = {}
    }
  }
}

# ---------------------------------------------------------------------------------------------------------------------
# Encryption key (logs, images, secrets)
# ---------------------------------------------------------------------------------------------------------------------

data "aws_iam_policy_document" "kms" {
  #checkov:skip=CKV_AWS_111:A key policy's Resource "*" means this key only; the first statement is AWS's default key policy (the account's IAM policies decide who may use the key).
  #checkov:skip=CKV_AWS_356:A key policy's Resource "*" means this key only, the sole value a key policy accepts.
  #checkov:skip=CKV_AWS_109:A key policy's Resource "*" means this key only; the account root statement is AWS's default key policy, without it the key becomes unmanageable.
  statement {
    sid       = "AccountAdministers"
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:${data.aws_partition.current.partition}:iam::${data.aws_caller_identity.current.account_id}:root"]
    }
  }

  statement {
    sid       = "CloudWatchLogs"
    actions   = ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"]
    resources = ["*"]
    principals {
      type        = "Service"
      identifiers = ["logs.${var.region}.amazonaws.com"]
    }
    condition {
      test     = "ArnLike"
      variable = "kms:EncryptionContext:aws:logs:arn"
      values   = ["arn:${data.aws_partition.current.partition}:logs:${var.region}:${data.aws_caller_identity.current.account_id}:log-group:*"]
    }
  }
}

resource "aws_kms_key" "this" {
  description             = "${local.name}: CloudWatch logs, ECR images, Secrets Manager secrets, ECS Exec"
  enable_key_rotation     = true
  deletion_window_in_days = 30
  policy                  = data.aws_iam_policy_document.kms.json
  tags                    = local.tags
}

resource "aws_kms_alias" "this" {
  name          = "alias/${local.name}"
  target_key_id = aws_kms_key.this.key_id
}

# ---------------------------------------------------------------------------------------------------------------------
# Network
# ---------------------------------------------------------------------------------------------------------------------

module "vpc" {
  #checkov:skip=CKV_TF_1:House style pins registry modules with a ~> version constraint (STYLE.md); the registry serves immutable releases and .terraform.lock.hcl pins the providers.
  source  = "terraform-aws-modules/vpc/aws"
  version = "~> 5.13"

  name = local.name
  cidr = var.vpc_cidr
  azs  = local.azs

  public_subnets  = [for i, _ in local.azs : cidrsubnet(var.vpc_cidr, 8, i)]
  private_subnets = [for i, _ in local.azs : cidrsubnet(var.vpc_cidr, 8, i + 10)]

  enable_nat_gateway   = true
  single_nat_gateway   = var.single_nat_gateway
  enable_dns_hostnames = true
  enable_dns_support   = true

  # The default security group of the VPC allows nothing.
  manage_default_security_group  = true
  default_security_group_ingress = []
  default_security_group_egress  = []

  enable_flow_log                                 = true
  create_flow_log_cloudwatch_log_group            = true
  create_flow_log_cloudwatch_iam_role             = true
  flow_log_cloudwatch_log_group_retention_in_days = var.log_retention_days
  flow_log_cloudwatch_log_group_kms_key_id        = aws_kms_key.this.arn

  tags = local.tags
}

module "network_security" {
  source = "../../modules/network-security"

  name_prefix   = local.name
  vpc_id        = module.vpc.vpc_id
  service_ports = { for name, service in local.services : name => service.port }
  tags          = local.tags

  replayer_archive_egress = var.replayer_archive_import
}

resource "aws_service_discovery_private_dns_namespace" "this" {
  name        = local.namespace
  description = "${local.name}: replayer and staging, reached by timing-ws"
  vpc         = module.vpc.vpc_id
  tags        = local.tags
}

# ---------------------------------------------------------------------------------------------------------------------
# Images and secrets
# ---------------------------------------------------------------------------------------------------------------------

module "ecr" {
  source = "../../modules/ecr"

  name_prefix  = var.project
  repositories = toset(keys(local.services))
  kms_key_arn  = aws_kms_key.this.arn
  tags         = local.tags
}

module "secrets" {
  source = "../../modules/secrets"

  name_prefix = "${var.project}/${var.environment}"
  kms_key_arn = aws_kms_key.this.arn
  tags        = local.tags
}

# ---------------------------------------------------------------------------------------------------------------------
# Cluster and load balancer
# ---------------------------------------------------------------------------------------------------------------------

module "ecs_cluster" {
  source = "../../modules/ecs-cluster"

  name                        = local.name
  subnet_ids                  = module.vpc.private_subnets
  instance_security_group_ids = [module.network_security.instances_security_group_id]
  instance_type               = var.instance_type
  min_size                    = var.instances_min
  max_size                    = var.instances_max
  kms_key_arn                 = aws_kms_key.this.arn
  log_retention_days          = var.log_retention_days
  tags                        = local.tags
}

module "alb" {
  source = "../../modules/alb"

  name                = local.name
  vpc_id              = module.vpc.vpc_id
  subnet_ids          = module.vpc.public_subnets
  security_group_ids  = [module.network_security.alb_security_group_id]
  certificate_arn     = var.certificate_arn
  target_port         = local.services["timing-ws"].port
  deletion_protection = var.alb_deletion_protection
  access_logs_bucket  = var.alb_access_logs_bucket
  tags                = local.tags
}

# ---------------------------------------------------------------------------------------------------------------------
# Services
# ---------------------------------------------------------------------------------------------------------------------

module "service" {
  source   = "../../modules/ecs-service"
  for_each = local.services

  name                   = each.key
  name_prefix            = local.name
  cluster_arn            = module.ecs_cluster.cluster_arn
  capacity_provider_name = module.ecs_cluster.capacity_provider_name
  image                  = "${module.ecr.repository_urls[each.key]}:${lookup(var.image_tags, each.key, var.image_tag)}"
  ecr_repository_arn     = module.ecr.repository_arns[each.key]
  container_port         = each.value.port

  cpu                = coalesce(try(var.service_sizes[each.key].cpu, null), each.value.size.cpu)
  memory             = coalesce(try(var.service_sizes[each.key].memory, null), each.value.size.memory)
  memory_reservation = coalesce(try(var.service_sizes[each.key].memory_reservation, null), each.value.size.memory_reservation)
  desired_count      = coalesce(try(var.service_sizes[each.key].desired_count, null), 1)

  tmpfs_mounts              = { "/tmp" = each.value.size.tmpfs_mib }
  docker_volumes            = each.value.docker_volumes
  health_check_command      = each.value.health_check
  health_check_start_period = each.value.size.start_period

  deployment_minimum_healthy_percent = each.value.deployment.min_healthy_percent
  deployment_maximum_percent         = each.value.deployment.max_percent

  environment = merge(each.value.environment, lookup(var.extra_environment, each.key, {}))
  secrets     = each.value.secrets
  secret_arns = [for name in each.value.secret_names : local.secret_arn[name]]

  subnet_ids                     = module.vpc.private_subnets
  security_group_ids             = [module.network_security.service_security_group_ids[each.key]]
  target_group_arn               = each.value.public ? module.alb.target_group_arn : null
  service_discovery_namespace_id = each.value.public ? null : aws_service_discovery_private_dns_namespace.this.id

  enable_execute_command = var.enable_execute_command
  exec_log_group_arn     = module.ecs_cluster.exec_log_group_arn

  kms_key_arn        = aws_kms_key.this.arn
  log_retention_days = var.log_retention_days
  tags               = local.tags
}

# ---------------------------------------------------------------------------------------------------------------------
# Confluent Cloud (optional)
# ---------------------------------------------------------------------------------------------------------------------

module "confluent" {
  source = "../../modules/confluent"
  count  = var.enable_confluent ? 1 : 0

  environment_id               = var.confluent_environment_id
  kafka_cluster_id             = var.confluent_kafka_cluster_id
  connector_service_account_id = var.confluent_connector_service_account_id
  snowflake_url                = var.connector_snowflake_url
  snowflake_user               = var.connector_snowflake_user
  snowflake_private_key        = var.connector_snowflake_private_key
  snowflake_database           = var.snowflake_database
  snowflake_schema             = var.snowflake_schema
}
