#!/usr/bin/env bash
# Tear LangBot down: app -> scaling -> model -> storage (reverse of deploy.sh).
#
# Usage: infrastructure/destroy.sh [parameters-file]
#   parameters-file  defaults to infrastructure/parameters.env
# Environment:
#   DRY_RUN=1        print the aws commands instead of running them
#   DELETE_DATA=1    also delete the learner-progress DynamoDB table, which the
#                    storage stack retains on deletion (DeletionPolicy: Retain)
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PARAMS_FILE="${1:-${SCRIPT_DIR}/parameters.env}"
DRY_RUN="${DRY_RUN:-0}"
DELETE_DATA="${DELETE_DATA:-0}"

die() { echo "destroy.sh: error: $*" >&2; exit 1; }

[[ -f "$PARAMS_FILE" ]] || die "parameters file not found: $PARAMS_FILE"
# shellcheck source=/dev/null
source "$PARAMS_FILE"

for key in STACK_PREFIX AWS_REGION; do
  [[ -n "${!key:-}" ]] || die "required parameter $key is missing or empty in $PARAMS_FILE"
done
[[ "$STACK_PREFIX" =~ ^[a-z][a-z0-9-]{0,31}$ ]] \
  || die "STACK_PREFIX must be lower case letters, digits and '-', start with a letter, <= 32 chars (got '$STACK_PREFIX')"

if [[ "$DRY_RUN" != "1" ]] && ! command -v aws >/dev/null 2>&1; then
  die "the aws CLI was not found on PATH (install AWS CLI v2, or run with DRY_RUN=1)"
fi

run() {
  if [[ "$DRY_RUN" == "1" ]]; then
    local out=() arg
    for arg in "$@"; do out+=("$(printf '%q' "$arg")"); done
    echo "${out[*]}"
  else
    "$@"
  fi
}

for suffix in app scaling model storage; do
  stack="${STACK_PREFIX}-${suffix}"
  echo "==> deleting stack $stack" >&2
  run aws cloudformation delete-stack --region "$AWS_REGION" --stack-name "$stack"
  run aws cloudformation wait stack-delete-complete --region "$AWS_REGION" --stack-name "$stack"
done

if [[ "$DELETE_DATA" == "1" ]]; then
  table="${STACK_PREFIX}-progress"
  echo "==> deleting retained table $table (learner progress is lost)" >&2
  run aws dynamodb delete-table --region "$AWS_REGION" --table-name "$table"
  run aws dynamodb wait table-not-exists --region "$AWS_REGION" --table-name "$table"
else
  echo "note: table ${STACK_PREFIX}-progress is retained; run with DELETE_DATA=1 to delete it" >&2
fi
