# ---------------------------------------------------------------------------------------------------------------------
# Cluster
# ---------------------------------------------------------------------------------------------------------------------

output "cluster_name" {
  description = "Name of the ECS cluster."
  value       = aws_ecs_cluster.this.name
}

output "cluster_arn" {
  description = "ARN of the ECS cluster."
  value       = aws_ecs_cluster.this.arn
}

output "exec_log_group_arn" {
  description = "ARN of the log group ECS Exec sessions are written to."
  value       = aws_cloudwatch_log_group.exec.arn
}

output "capacity_provider_name" {
  description = "Name of the EC2 capacity provider; services use it in their capacity provider strategy."
  value       = aws_ecs_capacity_provider.this.name
}

# ---------------------------------------------------------------------------------------------------------------------
# Container instances
# ---------------------------------------------------------------------------------------------------------------------

output "autoscaling_group_name" {
  description = "Name of the Auto Scaling group of container instances."
  value       = aws_autoscaling_group.this.name
}

output "instance_role_arn" {
  description = "ARN of the container instances' IAM role."
  value       = aws_iam_role.instance.arn
}
