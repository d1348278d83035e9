# ---------------------------------------------------------------------------------------------------------------------
# Security groups
# ---------------------------------------------------------------------------------------------------------------------

output "alb_security_group_id" {
  description = "ID of the load balancer's security group."
  value       = aws_security_group.this["alb"].id
}

output "instances_security_group_id" {
  description = "ID of the ECS container instances' security group."
  value       = aws_security_group.this["instances"].id
}

output "service_security_group_ids" {
  description = "ID of each service's task security group, by service name."
  value       = { for name in ["replayer", "staging", "timing-ws"] : name => aws_security_group.this[name].id }
}
