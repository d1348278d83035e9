# ---------------------------------------------------------------------------------------------------------------------
# Repositories
# ---------------------------------------------------------------------------------------------------------------------

output "repository_urls" {
  description = "Repository URL (registry/name, no tag) per service."
  value       = { for name, repo in aws_ecr_repository.this : name => repo.repository_url }
}

output "repository_arns" {
  description = "Repository ARN per service (for pull permissions of the execution roles and push permissions of CI)."
  value       = { for name, repo in aws_ecr_repository.this : name => repo.arn }
}

output "repository_names" {
  description = "Repository name per service."
  value       = { for name, repo in aws_ecr_repository.this : name => repo.name }
}
