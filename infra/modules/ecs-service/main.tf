# ---------------------------------------------------------------------------------------------------------------------
# Locals and data
# ---------------------------------------------------------------------------------------------------------------------

locals {
  tags   = merge(var.tags, { "pitwall:module" = "ecs-service", "pitwall:service" = var.name })
  family = "${var.name_prefix}-${var.name}"

  container_definition = {
    name      = var.name
    image     = var.image
    essential = true

    cpu               = var.cpu
    memory            = var.memory
    memoryReservation = var.memory_reservation

    portMappings = [{ containerPort = var.container_port, protocol = "tcp", name = var.name }]

    # PORT sets quarkus.http.port in every service's application.properties.
    environment = [
      for key, value in merge(var.environment, { PORT = tostring(var.container_port) }) : { name = key, value = value }
    ]
    # Only ARNs are in the task definition; ECS reads the values at task start with the execution role.
    secrets = [for key, value_from in var.secrets : { name = key, valueFrom = value_from }]

    # null (no container health check) when health_check_command is empty; see the variable.
    healthCheck = length(var.health_check_command) == 0 ? null : {
      command     = [for part in var.health_check_command : replace(part, "{port}", tostring(var.container_port))]
      interval    = 15
      timeout     = 5
      retries     = 3
      startPeriod = var.health_check_start_period
    }

    readonlyRootFilesystem = var.readonly_root_filesystem
    privileged             = false
    user                   = "1001"
    linuxParameters = {
      initProcessEnabled = true
      tmpfs              = [for path, size in var.tmpfs_mounts : { containerPath = path, size = size }]
    }
    # Writable places that outlive the task: the Docker volumes of the task definition (docker_volumes).
    mountPoints = [
      for name, volume in var.docker_volumes : { sourceVolume = name, containerPath = volume.container_path, readOnly = false }
    ]

    logConfiguration = {
      logDriver = "awslogs"
      options = {
        awslogs-group         = aws_cloudwatch_log_group.this.name
        awslogs-region        = data.aws_region.current.name
        awslogs-stream-prefix = var.name
      }
    }
  }
}

data "aws_region" "current" {}

data "aws_iam_policy_document" "tasks_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }
  }
}

# ---------------------------------------------------------------------------------------------------------------------
# Logs
# ---------------------------------------------------------------------------------------------------------------------

resource "aws_cloudwatch_log_group" "this" {
  name              = "/ecs/${local.family}"
  retention_in_days = var.log_retention_days
  kms_key_id        = var.kms_key_arn
  tags              = local.tags
}

# ---------------------------------------------------------------------------------------------------------------------
# Execution role: pull this service's image, write this service's log group, read this service's secrets
# ---------------------------------------------------------------------------------------------------------------------

data "aws_iam_policy_document" "execution" {
  # GetAuthorizationToken has no resource-level permissions: "*" is the only value AWS accepts.
  statement {
    sid       = "EcrAuth"
    actions   = ["ecr:GetAuthorizationToken"]
    resources = ["*"]
  }

  statement {
    sid       = "EcrPull"
    actions   = ["ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
    resources = [var.ecr_repository_arn]
  }

  statement {
    sid       = "Logs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.this.arn}:*"]
  }

  dynamic "statement" {
    for_each = length(var.secret_arns) > 0 ? [1] : []
    content {
      sid       = "Secrets"
      actions   = ["secretsmanager:GetSecretValue"]
      resources = var.secret_arns
    }
  }

  dynamic "statement" {
    for_each = length(var.secret_arns) > 0 ? [1] : []
    content {
      sid       = "SecretsKey"
      actions   = ["kms:Decrypt"]
      resources = [var.kms_key_arn]
      condition {
        test     = "StringEquals"
        variable = "kms:ViaService"
        values   = ["secretsmanager.${data.aws_region.current.name}.amazonaws.com"]
      }
    }
  }
}

resource "aws_iam_role" "execution" {
  name_prefix        = "${substr(local.family, 0, 24)}-exec-"
  assume_role_policy = data.aws_iam_policy_document.tasks_assume.json
  tags               = local.tags
}

resource "aws_iam_role_policy" "execution" {
  name   = "execution"
  role   = aws_iam_role.execution.id
  policy = data.aws_iam_policy_document.execution.json
}

# ---------------------------------------------------------------------------------------------------------------------
# Task role: what the application itself may call (nothing by default; ECS Exec's channels when enabled)
# ---------------------------------------------------------------------------------------------------------------------

resource "aws_iam_role" "task" {
  name_prefix        = "${substr(local.family, 0, 24)}-task-"
  assume_role_policy = data.aws_iam_policy_document.tasks_assume.json
  tags               = local.tags
}

resource "aws_iam_role_policy" "task" {
  count = var.task_role_policy_json == null ? 0 : 1

  name   = "application"
  role   = aws_iam_role.task.id
  policy = var.task_role_policy_json
}

data "aws_iam_policy_document" "exec" {
  # The SSM message channels have no resource-level permissions.
  statement {
    sid = "ExecChannels"
    actions = [
      "ssmmessages:CreateControlChannel",
      "ssmmessages:CreateDataChannel",
      "ssmmessages:OpenControlChannel",
      "ssmmessages:OpenDataChannel",
    ]
    resources = ["*"]
  }

  # The cluster encrypts exec sessions with the key.
  statement {
    sid       = "ExecSessionKey"
    actions   = ["kms:Decrypt"]
    resources = [var.kms_key_arn]
  }

  # The session transcript goes to the cluster's exec log group.
  dynamic "statement" {
    for_each = var.exec_log_group_arn == null ? [] : [var.exec_log_group_arn]
    content {
      sid       = "ExecLogs"
      actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
      resources = ["${statement.value}:*"]
    }
  }

  # DescribeLogGroups has no resource-level permissions; the agent calls it before writing the transcript.
  dynamic "statement" {
    for_each = var.exec_log_group_arn == null ? [] : [var.exec_log_group_arn]
    content {
      sid       = "ExecLogGroups"
      actions   = ["logs:DescribeLogGroups"]
      resources = ["*"]
    }
  }
}

resource "aws_iam_role_policy" "exec" {
  count = var.enable_execute_command ? 1 : 0

  name   = "ecs-exec"
  role   = aws_iam_role.task.id
  policy = data.aws_iam_policy_document.exec.json
}

# ---------------------------------------------------------------------------------------------------------------------
# Task definition
# ---------------------------------------------------------------------------------------------------------------------

resource "aws_ecs_task_definition" "this" {
  family                   = local.family
  requires_compatibilities = ["EC2"]
  network_mode             = "awsvpc"
  cpu                      = tostring(var.cpu)
  memory                   = tostring(var.memory)
  execution_role_arn       = aws_iam_role.execution.arn
  task_role_arn            = aws_iam_role.task.arn

  container_definitions = jsonencode([local.container_definition])

  # Docker volumes on the container instance's disk (EC2 launch type): "shared" keeps a volume after the task
  # stops, so the next task on the same instance finds its content; a replaced instance starts empty.
  dynamic "volume" {
    for_each = var.docker_volumes
    content {
      name = volume.key

      docker_volume_configuration {
        scope         = "shared"
        autoprovision = true
        driver        = "local"
      }
    }
  }

  tags = local.tags
}

# ---------------------------------------------------------------------------------------------------------------------
# Service discovery (optional)
# ---------------------------------------------------------------------------------------------------------------------

resource "aws_service_discovery_service" "this" {
  count = var.service_discovery_namespace_id == null ? 0 : 1

  name = var.name

  dns_config {
    namespace_id   = var.service_discovery_namespace_id
    routing_policy = "MULTIVALUE"

    dns_records {
      type = "A"
      ttl  = 10
    }
  }

  tags = local.tags
}

# ---------------------------------------------------------------------------------------------------------------------
# Service
# ---------------------------------------------------------------------------------------------------------------------

resource "aws_ecs_service" "this" {
  name            = var.name
  cluster         = var.cluster_arn
  task_definition = aws_ecs_task_definition.this.arn
  desired_count   = var.desired_count

  deployment_minimum_healthy_percent = var.deployment_minimum_healthy_percent
  deployment_maximum_percent         = var.deployment_maximum_percent
  health_check_grace_period_seconds  = var.target_group_arn == null ? null : var.health_check_grace_period_seconds
  enable_execute_command             = var.enable_execute_command
  propagate_tags                     = "SERVICE"
  enable_ecs_managed_tags            = true
  wait_for_steady_state              = false

  capacity_provider_strategy {
    capacity_provider = var.capacity_provider_name
    weight            = 1
    base              = 0
  }

  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }

  network_configuration {
    subnets          = var.subnet_ids
    security_groups  = var.security_group_ids
    assign_public_ip = false
  }

  dynamic "load_balancer" {
    for_each = var.target_group_arn == null ? [] : [var.target_group_arn]
    content {
      target_group_arn = load_balancer.value
      container_name   = var.name
      container_port   = var.container_port
    }
  }

  dynamic "service_registries" {
    for_each = aws_service_discovery_service.this
    content {
      registry_arn = service_registries.value.arn
    }
  }

  # Spread over instances first, then pack; the capacity provider adds instances when nothing fits.
  ordered_placement_strategy {
    type  = "spread"
    field = "attribute:ecs.availability-zone"
  }

  ordered_placement_strategy {
    type  = "binpack"
    field = "memory"
  }

  tags = local.tags
}
