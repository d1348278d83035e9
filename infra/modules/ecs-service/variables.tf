# ---------------------------------------------------------------------------------------------------------------------
# Required
# ---------------------------------------------------------------------------------------------------------------------

variable "name" {
  description = "Service name (replayer, staging, timing-ws); names the task family, service, roles and log group."
  type        = string
}

variable "name_prefix" {
  description = "Prefix of the task family, roles and log group, e.g. \"pitwall-prod\"."
  type        = string
}

variable "cluster_arn" {
  description = "ARN of the ECS cluster the service runs in."
  type        = string
}

variable "capacity_provider_name" {
  description = "Name of the EC2 capacity provider the service places its tasks on."
  type        = string
}

variable "image" {
  description = "Full image reference, repository URL plus tag (immutable tags: the git SHA)."
  type        = string
}

variable "ecr_repository_arn" {
  description = "ARN of the ECR repository the image is pulled from; the execution role may pull from it only."
  type        = string
}

variable "container_port" {
  description = "Port the service listens on (passed to the container as PORT, which sets quarkus.http.port)."
  type        = number
}

variable "subnet_ids" {
  description = "Private subnets of the tasks' network interfaces (awsvpc mode)."
  type        = list(string)
}

variable "security_group_ids" {
  description = "Security groups of the tasks' network interfaces."
  type        = list(string)
}

variable "kms_key_arn" {
  description = "ARN of the KMS key that encrypts the log group and the Secrets Manager secrets the task reads."
  type        = string
}

# ---------------------------------------------------------------------------------------------------------------------
# Optional: sizing and count
# ---------------------------------------------------------------------------------------------------------------------

variable "cpu" {
  description = "CPU units reserved for the task (1024 = one vCPU). Native images need little: 256."
  type        = number
  default     = 256
}

variable "memory" {
  description = "Hard memory limit of the container in MiB; the container is killed above it."
  type        = number
  default     = 512
}

variable "memory_reservation" {
  description = "Soft memory reservation in MiB used for placement; a native image idles well below it."
  type        = number
  default     = 256
}

variable "desired_count" {
  description = "Number of tasks. The replayer and timing-ws hold in-memory state: keep them at 1 unless the code says otherwise."
  type        = number
  default     = 1
}

variable "deployment_minimum_healthy_percent" {
  description = "Lower bound of running tasks during a deployment, in percent of desired_count."
  type        = number
  default     = 0
}

variable "deployment_maximum_percent" {
  description = "Upper bound of running tasks during a deployment, in percent of desired_count."
  type        = number
  default     = 200
}

# ---------------------------------------------------------------------------------------------------------------------
# Optional: configuration
# ---------------------------------------------------------------------------------------------------------------------

variable "environment" {
  description = "Plain environment variables of the container (no secrets: these end up in the task definition and the state)."
  type        = map(string)
  default     = {}
}

variable "secrets" {
  description = "Environment variables filled by ECS from Secrets Manager at start: name => valueFrom (secret ARN, optionally with \":json-key::\")."
  type        = map(string)
  default     = {}
}

variable "secret_arns" {
  description = "ARNs of the Secrets Manager secrets named in `secrets`; the execution role may read these and nothing else."
  type        = list(string)
  default     = []
}

variable "health_check_command" {
  description = "Container health check command (ECS form); {port} is replaced by container_port. The image must contain the tool it runs: the default needs curl (staging's JVM image has it); Pitwall's native images on the Quarkus micro image have none and run [\"CMD\", \"/work/application\", \"--health-check\"]; [] turns the container health check off."
  type        = list(string)
  default     = ["CMD-SHELL", "curl -fsS --max-time 4 http://127.0.0.1:{port}/q/health/live || exit 1"]
}

variable "health_check_start_period" {
  description = "Seconds after start during which failed container health checks do not count (native images start in well under a second; a JVM image takes longer)."
  type        = number
  default     = 30
}

variable "readonly_root_filesystem" {
  description = "Whether the container's root filesystem is read-only; writable places come from tmpfs_mounts (scratch) and docker_volumes (kept across tasks)."
  type        = bool
  default     = true
}

variable "tmpfs_mounts" {
  description = "tmpfs mounts (path => size in MiB) for a read-only container, e.g. { \"/tmp\" = 64 }."
  type        = map(number)
  default     = { "/tmp" = 64 }
}

variable "docker_volumes" {
  description = "Docker volumes mounted read-write into the container (name => container_path), for data that must outlive a task, e.g. { library = { container_path = \"/work/library\" } }. Each is a \"shared\", autoprovisioned volume of the local driver on the container instance's disk (EC2 launch type): it survives task restarts on that instance, not the instance's replacement, and a task placed on another instance finds an empty one. Docker fills an empty volume with the image's content at container_path, ownership included."
  type = map(object({
    container_path = string
  }))
  default = {}
}

variable "log_retention_days" {
  description = "Retention of the service's CloudWatch log group, in days."
  type        = number
  default     = 365
}

variable "task_role_policy_json" {
  description = "Optional IAM policy (JSON) for the task role, for AWS APIs the application itself calls. Null: the task role has no permissions."
  type        = string
  default     = null
}

# ---------------------------------------------------------------------------------------------------------------------
# Optional: traffic
# ---------------------------------------------------------------------------------------------------------------------

variable "target_group_arn" {
  description = "ARN of a load balancer target group to register the tasks in; null for services reached only inside the VPC."
  type        = string
  default     = null
}

variable "health_check_grace_period_seconds" {
  description = "Seconds the service ignores load balancer health checks after a task starts (only with target_group_arn)."
  type        = number
  default     = 30
}

variable "service_discovery_namespace_id" {
  description = "ID of a Cloud Map private DNS namespace to register the tasks in as <name>.<namespace>; null for none."
  type        = string
  default     = null
}

variable "enable_execute_command" {
  description = "Whether ECS Exec is allowed into the tasks (sessions are logged by the cluster's exec configuration)."
  type        = bool
  default     = false
}

variable "exec_log_group_arn" {
  description = "ARN of the cluster's ECS Exec log group; with enable_execute_command the task role may write session transcripts there."
  type        = string
  default     = null
}

variable "tags" {
  description = "Tags added to every resource of the module."
  type        = map(string)
  default     = {}
}
