#!/usr/bin/env bash
# Deploy LangBot to AWS: storage -> model -> scaling -> app.
#
# Usage: infrastructure/deploy.sh [parameters-file]
#   parameters-file  defaults to infrastructure/parameters.env
#                    (see infrastructure/parameters.example.env)
# Environment:
#   DRY_RUN=1        print the aws commands instead of running them
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PARAMS_FILE="${1:-${SCRIPT_DIR}/parameters.env}"
DRY_RUN="${DRY_RUN:-0}"

die() { echo "deploy.sh: error: $*" >&2; exit 1; }

[[ -f "$PARAMS_FILE" ]] || die "parameters file not found: $PARAMS_FILE (copy infrastructure/parameters.example.env)"
# shellcheck source=/dev/null
source "$PARAMS_FILE"

for key in STACK_PREFIX AWS_REGION MODEL_ID MODEL_IMAGE_URI APP_IMAGE_URI VPC_ID SUBNET_IDS; do
  [[ -n "${!key:-}" ]] || die "required parameter $key is missing or empty in $PARAMS_FILE"
done
[[ "$STACK_PREFIX" =~ ^[a-z][a-z0-9-]{0,31}$ ]] \
  || die "STACK_PREFIX must be lower case letters, digits and '-', start with a letter, <= 32 chars (got '$STACK_PREFIX')"

MODEL_INSTANCE_TYPE="${MODEL_INSTANCE_TYPE:-ml.g5.2xlarge}"
MODEL_INSTANCE_COUNT="${MODEL_INSTANCE_COUNT:-1}"
NUM_GPUS="${NUM_GPUS:-1}"
MAX_INPUT_TOKENS="${MAX_INPUT_TOKENS:-4096}"
MAX_TOTAL_TOKENS="${MAX_TOTAL_TOKENS:-8192}"
QUANTIZE="${QUANTIZE:-}"
HEALTH_CHECK_TIMEOUT_SECONDS="${HEALTH_CHECK_TIMEOUT_SECONDS:-900}"
HF_TOKEN="${HF_TOKEN:-}"
VARIANT_NAME="${VARIANT_NAME:-AllTraffic}"
MIN_CAPACITY="${MIN_CAPACITY:-1}"
MAX_CAPACITY="${MAX_CAPACITY:-2}"
TARGET_INVOCATIONS_PER_INSTANCE="${TARGET_INVOCATIONS_PER_INSTANCE:-30}"
CERTIFICATE_ARN="${CERTIFICATE_ARN:-}"
ALLOWED_CIDR="${ALLOWED_CIDR:-0.0.0.0/0}"
APP_CPU="${APP_CPU:-512}"
APP_MEMORY="${APP_MEMORY:-1024}"
DESIRED_COUNT="${DESIRED_COUNT:-1}"
LOG_RETENTION_DAYS="${LOG_RETENTION_DAYS:-14}"
LANGBOT_BACKEND="${LANGBOT_BACKEND:-sagemaker}"

ENDPOINT_NAME="${STACK_PREFIX}-tgi"
TABLE_NAME="${STACK_PREFIX}-progress"

if [[ "$DRY_RUN" != "1" ]] && ! command -v aws >/dev/null 2>&1; then
  die "the aws CLI was not found on PATH (install AWS CLI v2, or run with DRY_RUN=1)"
fi

# run: execute, or with DRY_RUN=1 print, one command. Values of HfToken are
# masked in the printed form.
run() {
  if [[ "$DRY_RUN" == "1" ]]; then
    local out=() arg
    for arg in "$@"; do
      [[ "$arg" == HfToken=?* ]] && arg="HfToken=****"
      out+=("$(printf '%q' "$arg")")
    done
    echo "${out[*]}"
  else
    "$@"
  fi
}

deploy_stack() {  # deploy_stack <suffix> <template> <Key=Value>...
  local stack="${STACK_PREFIX}-$1" template="${SCRIPT_DIR}/$2"
  shift 2
  echo "==> deploying stack $stack ($template)" >&2
  run aws cloudformation deploy \
    --region "$AWS_REGION" \
    --stack-name "$stack" \
    --template-file "$template" \
    --capabilities CAPABILITY_NAMED_IAM \
    --no-fail-on-empty-changeset \
    --tags Project=langbot "StackPrefix=${STACK_PREFIX}" \
    --parameter-overrides "$@"
}

deploy_stack storage storage.yaml \
  "TableName=${TABLE_NAME}"

deploy_stack model model.yaml \
  "EndpointName=${ENDPOINT_NAME}" \
  "VariantName=${VARIANT_NAME}" \
  "ModelId=${MODEL_ID}" \
  "ImageUri=${MODEL_IMAGE_URI}" \
  "InstanceType=${MODEL_INSTANCE_TYPE}" \
  "InstanceCount=${MODEL_INSTANCE_COUNT}" \
  "NumGpus=${NUM_GPUS}" \
  "MaxInputTokens=${MAX_INPUT_TOKENS}" \
  "MaxTotalTokens=${MAX_TOTAL_TOKENS}" \
  "Quantize=${QUANTIZE}" \
  "HealthCheckTimeoutSeconds=${HEALTH_CHECK_TIMEOUT_SECONDS}" \
  "HfToken=${HF_TOKEN}"

deploy_stack scaling scaling.yaml \
  "EndpointName=${ENDPOINT_NAME}" \
  "VariantName=${VARIANT_NAME}" \
  "MinCapacity=${MIN_CAPACITY}" \
  "MaxCapacity=${MAX_CAPACITY}" \
  "TargetInvocationsPerInstance=${TARGET_INVOCATIONS_PER_INSTANCE}"

deploy_stack app app.yaml \
  "VpcId=${VPC_ID}" \
  "SubnetIds=${SUBNET_IDS}" \
  "AllowedCidr=${ALLOWED_CIDR}" \
  "CertificateArn=${CERTIFICATE_ARN}" \
  "ContainerImage=${APP_IMAGE_URI}" \
  "Cpu=${APP_CPU}" \
  "Memory=${APP_MEMORY}" \
  "DesiredCount=${DESIRED_COUNT}" \
  "LogRetentionDays=${LOG_RETENTION_DAYS}" \
  "Backend=${LANGBOT_BACKEND}" \
  "SageMakerEndpointName=${ENDPOINT_NAME}" \
  "DynamoDbTableName=${TABLE_NAME}"

if [[ "$DRY_RUN" != "1" ]]; then
  run aws cloudformation describe-stacks --region "$AWS_REGION" \
    --stack-name "${STACK_PREFIX}-app" \
    --query "Stacks[0].Outputs[?OutputKey=='AppUrl'].OutputValue" --output text
fi
