#!/bin/sh
# Entrypoint of staging's JVM image (Dockerfile.jvm). On ECS the root filesystem is read-only and /tmp is a tmpfs,
# so before the JVM starts:
# - the dbt project is copied to PITWALL_DBT_PROJECT_DIR (dbt writes target/ and logs/ inside its project);
# - a Snowflake private key given as a value (SNOWFLAKE_PRIVATE_KEY, PEM, e.g. from Secrets Manager) is written to
#   a file only this user can read, and SNOWFLAKE_PRIVATE_KEY_FILE points at it: staging's JDBC connection and
#   dbt's profile both take the key as a file.
set -eu

project_dir="${PITWALL_DBT_PROJECT_DIR:-/tmp/dbt}"
rm -rf "$project_dir"
cp -R /deployments/dbt "$project_dir"

if [ -n "${SNOWFLAKE_PRIVATE_KEY:-}" ]; then
  key_dir="${TMPDIR:-/tmp}/snowflake"
  mkdir -p "$key_dir"
  chmod 700 "$key_dir"
  (umask 077 && printf '%s\n' "$SNOWFLAKE_PRIVATE_KEY" > "$key_dir/rsa_key.p8")
  export SNOWFLAKE_PRIVATE_KEY_FILE="$key_dir/rsa_key.p8"
  unset SNOWFLAKE_PRIVATE_KEY
fi

exec "${PITWALL_RUN_JAVA:-/opt/jboss/container/java/run/run-java.sh}" "$@"
