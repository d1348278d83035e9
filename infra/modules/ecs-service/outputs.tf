# ---------------------------------------------------------------------------------------------------------------------
# Service
# ---------------------------------------------------------------------------------------------------------------------

output "service_name" {
  description = "Name of the ECS service."
  value       = aws_ecs_service.this.name
}

output "service_id" {
  description = "ID (ARN) of the ECS service."
  value       = aws_ecs_service.this.id
}

output "discovery_name" {
  description = "Name the service is registered under in Cloud Map (null without a namespace)."
  value       = one(aws_service_discovery_service.this[*].name)
}

# ---------------------------------------------------------------------------------------------------------------------
# Task definition
# ---------------------------------------------------------------------------------------------------------------------

output "task_definition_arn" {
  description = "ARN (with revision) of the task definition."
  value       = aws_ecs_task_definition.this.arn
}

output "task_definition_family" {
  description = "Family of the task definition; CI registers new revisions in it."
  value       = aws_ecs_task_definition.this.family
}

output "container_name" {
  description = "Name of the container in the task definition (the service name)."
  value       = var.name
}

# ---------------------------------------------------------------------------------------------------------------------
# Roles and logs
# ---------------------------------------------------------------------------------------------------------------------

output "execution_role_arn" {
  description = "ARN of the execution role (image pull, logs, the listed secrets)."
  value       = aws_iam_role.execution.arn
}

output "task_role_arn" {
  description = "ARN of the task role (what the application may call)."
  value       = aws_iam_role.task.arn
}

output "log_group_name" {
  description = "Name of the service's CloudWatch log group."
  value       = aws_cloudwatch_log_group.this.name
}
