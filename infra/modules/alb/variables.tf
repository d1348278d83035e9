# ---------------------------------------------------------------------------------------------------------------------
# Required
# ---------------------------------------------------------------------------------------------------------------------

variable "name" {
  description = "Name of the load balancer (at most 32 characters); also prefixes the target group."
  type        = string
}

variable "vpc_id" {
  description = "VPC of the load balancer and its target group."
  type        = string
}

variable "subnet_ids" {
  description = "Public subnets (at least two availability zones) the load balancer is placed in."
  type        = list(string)
}

variable "security_group_ids" {
  description = "Security groups of the load balancer (internet on 443/80 in, the timing-ws port out)."
  type        = list(string)
}

variable "certificate_arn" {
  description = "ARN of the ACM certificate served on the HTTPS listener."
  type        = string
}

variable "target_port" {
  description = "Port timing-ws listens on; the target group forwards to it."
  type        = number
}

# ---------------------------------------------------------------------------------------------------------------------
# Optional
# ---------------------------------------------------------------------------------------------------------------------

variable "ssl_policy" {
  description = "TLS policy of the HTTPS listener (TLS 1.2 and 1.3 only by default)."
  type        = string
  default     = "ELBSecurityPolicy-TLS13-1-2-2021-06"
}

variable "idle_timeout" {
  description = "Seconds an idle connection stays open. 3600: a race's WebSocket may be quiet for long stretches."
  type        = number
  default     = 3600
}

variable "health_check_path" {
  description = "Path the target group checks; readiness, so a task joins only once Kafka is reachable."
  type        = string
  default     = "/q/health/ready"
}

variable "deregistration_delay" {
  description = "Seconds a deregistering target keeps its connections before they are cut."
  type        = number
  default     = 30
}

variable "deletion_protection" {
  description = "Whether the load balancer is protected from deletion (turn off before a deliberate destroy)."
  type        = bool
  default     = true
}

variable "access_logs_bucket" {
  description = "S3 bucket for the load balancer's access logs (SSE-S3, with the ELB log delivery policy); null for none."
  type        = string
  default     = null
}

variable "tags" {
  description = "Tags added to every resource of the module."
  type        = map(string)
  default     = {}
}
