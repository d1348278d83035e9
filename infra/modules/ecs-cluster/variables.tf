# ---------------------------------------------------------------------------------------------------------------------
# Required
# ---------------------------------------------------------------------------------------------------------------------

variable "name" {
  description = "Name of the cluster; also prefixes the Auto Scaling group, launch template and instance role."
  type        = string
}

variable "subnet_ids" {
  description = "Private subnets the container instances are launched in."
  type        = list(string)
}

variable "instance_security_group_ids" {
  description = "Security groups of the container instances themselves (tasks run in awsvpc mode with their own groups)."
  type        = list(string)
}

variable "kms_key_arn" {
  description = "ARN of the KMS key that encrypts the ECS Exec log group and sessions."
  type        = string
}

# ---------------------------------------------------------------------------------------------------------------------
# Optional
# ---------------------------------------------------------------------------------------------------------------------

variable "instance_type" {
  description = "EC2 instance type of the container instances. t3.small: 2 vCPU, 2 GiB and room for two awsvpc task interfaces, so the prod env's three tasks run on two instances (managed scaling adds one during some deployments)."
  type        = string
  default     = "t3.small"
}

variable "min_size" {
  description = "Minimum number of container instances."
  type        = number
  default     = 1
}

variable "max_size" {
  description = "Maximum number of container instances (managed scaling adds instances up to this for deployments)."
  type        = number
  default     = 3
}

variable "target_capacity" {
  description = "Managed scaling target: percentage of the instances' capacity that tasks should use."
  type        = number
  default     = 100

  validation {
    condition     = var.target_capacity > 0 && var.target_capacity <= 100
    error_message = "target_capacity is a percentage between 1 and 100."
  }
}

variable "root_volume_size" {
  description = "Size in GiB of the instances' encrypted root volume (the ECS AMI needs at least 30)."
  type        = number
  default     = 30
}

variable "ami_ssm_parameter" {
  description = "SSM parameter that names the ECS-optimised AMI."
  type        = string
  default     = "/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id"
}

variable "log_retention_days" {
  description = "Retention of the ECS Exec audit log group, in days."
  type        = number
  default     = 365
}

variable "tags" {
  description = "Tags added to every resource of the module."
  type        = map(string)
  default     = {}
}
