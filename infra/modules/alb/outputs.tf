# ---------------------------------------------------------------------------------------------------------------------
# Load balancer
# ---------------------------------------------------------------------------------------------------------------------

output "arn" {
  description = "ARN of the load balancer."
  value       = aws_lb.this.arn
}

output "dns_name" {
  description = "DNS name of the load balancer; point the site's record (alias) at it."
  value       = aws_lb.this.dns_name
}

output "zone_id" {
  description = "Route 53 hosted zone ID of the load balancer, for an alias record."
  value       = aws_lb.this.zone_id
}

output "https_listener_arn" {
  description = "ARN of the HTTPS listener."
  value       = aws_lb_listener.https.arn
}

# ---------------------------------------------------------------------------------------------------------------------
# Target group
# ---------------------------------------------------------------------------------------------------------------------

output "target_group_arn" {
  description = "ARN of the timing-ws target group (pass to the timing-ws ecs-service)."
  value       = aws_lb_target_group.this.arn
}
