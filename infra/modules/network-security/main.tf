# ---------------------------------------------------------------------------------------------------------------------
# Locals
# ---------------------------------------------------------------------------------------------------------------------

locals {
  tags = merge(var.tags, { "pitwall:module" = "network-security" })

  groups = {
    alb         = "Pitwall load balancer: internet on 443/80 in, timing-ws out"
    instances   = "Pitwall ECS container instances: no inbound, AWS APIs and image pulls out over HTTPS"
    "timing-ws" = "Pitwall timing-ws tasks: the load balancer in; staging, replayer and Kafka out"
    staging     = "Pitwall staging tasks: timing-ws in; Kafka, Snowflake and Jolpica out"
    replayer    = "Pitwall replayer tasks: timing-ws in; Kafka out"
  }

  # Only these flows exist between the groups: ALB -> timing-ws, timing-ws -> staging (analysis proxy),
  # timing-ws -> replayer (replay control).
  internal_flows = {
    "alb-to-timing-ws"      = { from = "alb", to = "timing-ws", port = var.service_ports["timing-ws"], description = "ALB to timing-ws (HTTP and WebSocket)" }
    "timing-ws-to-staging"  = { from = "timing-ws", to = "staging", port = var.service_ports["staging"], description = "timing-ws analysis proxy to staging" }
    "timing-ws-to-replayer" = { from = "timing-ws", to = "replayer", port = var.service_ports["replayer"], description = "timing-ws replay control to replayer" }
  }

  public_ingress = merge([
    for port in [443, 80] : {
      for cidr in var.public_ingress_cidr_blocks : "alb-${port}-${cidr}" => { port = port, cidr = cidr }
    }
  ]...)

  internet_egress = merge(
    merge([
      for service in ["timing-ws", "staging", "replayer"] : merge([
        for port in var.kafka_ports : {
          for cidr in var.kafka_cidr_blocks : "${service}-kafka-${port}-${cidr}" => {
            group = service, port = port, cidr = cidr, description = "${service} to Kafka (TLS)"
          }
        }
      ]...)
    ]...),
    {
      for cidr in var.https_egress_cidr_blocks : "staging-https-${cidr}" => {
        group = "staging", port = 443, cidr = cidr, description = "staging to Snowflake and the Jolpica API (HTTPS)"
      }
    },
    {
      for cidr in var.https_egress_cidr_blocks : "replayer-https-${cidr}" => {
        group = "replayer", port = 443, cidr = cidr, description = "replayer to F1's live-timing archive (HTTPS, library imports)"
      } if var.replayer_archive_egress
    },
    {
      for cidr in var.https_egress_cidr_blocks : "instances-https-${cidr}" => {
        group = "instances", port = 443, cidr = cidr, description = "ECS agent, ECR, CloudWatch Logs, Secrets Manager, SSM (HTTPS)"
      }
    },
  )
}

# ---------------------------------------------------------------------------------------------------------------------
# Security groups
# ---------------------------------------------------------------------------------------------------------------------

resource "aws_security_group" "this" {
  #checkov:skip=CKV2_AWS_5:Attached outside this module through its outputs: alb to the load balancer, instances to the launch template, the service groups to the ECS services (envs/prod/main.tf); checkov's graph does not follow module outputs.
  for_each = local.groups

  name_prefix = "${var.name_prefix}-${each.key}-"
  description = each.value
  vpc_id      = var.vpc_id

  tags = merge(local.tags, { Name = "${var.name_prefix}-${each.key}" })

  lifecycle {
    create_before_destroy = true
  }
}

# ---------------------------------------------------------------------------------------------------------------------
# Ingress
# ---------------------------------------------------------------------------------------------------------------------

resource "aws_vpc_security_group_ingress_rule" "public" {
  #checkov:skip=CKV_AWS_260:The internet-facing load balancer must take port 80 from anywhere to redirect it to HTTPS; its listener on 80 only answers 301.
  for_each = local.public_ingress

  security_group_id = aws_security_group.this["alb"].id
  description       = "Internet to the load balancer on ${each.value.port}${each.value.port == 80 ? " (redirected to 443)" : ""}"
  ip_protocol       = "tcp"
  from_port         = each.value.port
  to_port           = each.value.port
  cidr_ipv4         = each.value.cidr
  tags              = local.tags
}

resource "aws_vpc_security_group_ingress_rule" "internal" {
  for_each = local.internal_flows

  security_group_id            = aws_security_group.this[each.value.to].id
  referenced_security_group_id = aws_security_group.this[each.value.from].id
  description                  = each.value.description
  ip_protocol                  = "tcp"
  from_port                    = each.value.port
  to_port                      = each.value.port
  tags                         = local.tags
}

# ---------------------------------------------------------------------------------------------------------------------
# Egress
# ---------------------------------------------------------------------------------------------------------------------

resource "aws_vpc_security_group_egress_rule" "internal" {
  for_each = local.internal_flows

  security_group_id            = aws_security_group.this[each.value.from].id
  referenced_security_group_id = aws_security_group.this[each.value.to].id
  description                  = each.value.description
  ip_protocol                  = "tcp"
  from_port                    = each.value.port
  to_port                      = each.value.port
  tags                         = local.tags
}

resource "aws_vpc_security_group_egress_rule" "internet" {
  for_each = local.internet_egress

  security_group_id = aws_security_group.this[each.value.group].id
  description       = each.value.description
  ip_protocol       = "tcp"
  from_port         = each.value.port
  to_port           = each.value.port
  cidr_ipv4         = each.value.cidr
  tags              = local.tags
}
