# ---------------------------------------------------------------------------------------------------------------------
# Services
# ---------------------------------------------------------------------------------------------------------------------

output "services" {
  description = "The services this env runs, sorted (the same names key the ECR repositories, task definitions and ECS services)."
  value       = sort(keys(local.services))
}

output "ecr_repository_urls" {
  description = "ECR repository URL per service (CI pushes <url>:<git sha>)."
  value       = module.ecr.repository_urls
}

output "task_definition_families" {
  description = "Task definition family per service."
  value       = { for name, service in module.service : name => service.task_definition_family }
}

output "ecs_service_names" {
  description = "ECS service name per service."
  value       = { for name, service in module.service : name => service.service_name }
}

output "ecs_cluster_name" {
  description = "Name of the ECS cluster."
  value       = module.ecs_cluster.cluster_name
}

# ---------------------------------------------------------------------------------------------------------------------
# Access
# ---------------------------------------------------------------------------------------------------------------------

output "alb_dns_name" {
  description = "DNS name of the load balancer; point the site's host name (alias record) at it."
  value       = module.alb.dns_name
}

output "alb_zone_id" {
  description = "Hosted zone ID of the load balancer, for a Route 53 alias record."
  value       = module.alb.zone_id
}

output "secret_names" {
  description = "Secrets Manager secret names to fill outside Terraform (see infra/README.md)."
  value       = module.secrets.names
}

output "confluent_topics" {
  description = "Topics created in Confluent Cloud with their partition counts (empty when enable_confluent is false)."
  value       = try(module.confluent[0].topics, {})
}
