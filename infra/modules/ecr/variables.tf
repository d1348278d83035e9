# ---------------------------------------------------------------------------------------------------------------------
# Required
# ---------------------------------------------------------------------------------------------------------------------

variable "name_prefix" {
  description = "Prefix of every repository name, e.g. \"pitwall\" gives pitwall/replayer."
  type        = string
}

variable "repositories" {
  description = "Names of the repositories to create, one per service (the env passes the keys of its services map)."
  type        = set(string)
}

variable "kms_key_arn" {
  description = "ARN of the customer-managed KMS key that encrypts the images."
  type        = string
}

# ---------------------------------------------------------------------------------------------------------------------
# Optional
# ---------------------------------------------------------------------------------------------------------------------

variable "keep_tagged_images" {
  description = "How many tagged images each repository keeps; older tagged images are expired."
  type        = number
  default     = 20

  validation {
    condition     = var.keep_tagged_images >= 1
    error_message = "Keep at least one tagged image."
  }
}

variable "untagged_expiry_days" {
  description = "Days after which untagged images (left behind by multi-arch pushes and failed builds) are expired."
  type        = number
  default     = 7
}

variable "force_delete" {
  description = "Whether `terraform destroy` may delete a repository that still holds images."
  type        = bool
  default     = false
}

variable "tags" {
  description = "Tags added to every resource of the module."
  type        = map(string)
  default     = {}
}
