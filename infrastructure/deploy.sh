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
# The pinned TGI image (one source of truth); parameters may still override MODEL_IMAGE_URI.
# shellcheck source=infrastructure/tgi.env
source "${SCRIPT_DIR}/tgi.env"
# shellcheck source=/dev/null
source "$PARAMS_FILE"
[[ -n "${AWS_REGION:-}" ]] || die "required parameter AWS_REGION is missing or empty in $PARAMS_FILE"
MODEL_IMAGE_URI="${MODEL_IMAGE_URI:-${TGI_IMAGE_ACCOUNT}.dkr.ecr.${AWS_REGION}.amazonaws.com/${TGI_IMAGE_REPOSITORY}:${TGI_IMAGE_TAG}}"

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
LANGBOT_SAGEMAKER_FORMAT="${LANGBOT_SAGEMAKER_FORMAT:-messages}"
# More than one instance (now or after scaling): route each request to the least busy one.
if (( MODEL_INSTANCE_COUNT > 1 || MAX_CAPACITY > 1 )); then
  ROUTING_STRATEGY="LEAST_OUTSTANDING_REQUESTS"
else
  ROUTING_STRATEGY="RANDOM"
fi

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
  "RoutingStrategy=${ROUTING_STRATEGY}" \
  "HfToken=${HF_TOKEN}"

# Warm-up: the first grammar request builds TGI's index for the output schema (about 7 s on
# a 128k vocabulary); pay it here, not on a learner's first turn.
echo "==> warming up endpoint ${ENDPOINT_NAME} (first grammar request)" >&2
run aws sagemaker-runtime invoke-endpoint \
  --region "$AWS_REGION" \
  --endpoint-name "$ENDPOINT_NAME" \
  --content-type application/json \
  --body "fileb://${SCRIPT_DIR}/warmup.json" \
  "${TMPDIR:-/tmp}/langbot-warmup.json"

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
  "SageMakerFormat=${LANGBOT_SAGEMAKER_FORMAT}" \
  "ModelId=${MODEL_ID}" \
  "SageMakerEndpointName=${ENDPOINT_NAME}" \
  "DynamoDbTableName=${TABLE_NAME}"

if [[ "$DRY_RUN" != "1" ]]; then
  run aws cloudformation describe-stacks --region "$AWS_REGION" \
    --stack-name "${STACK_PREFIX}-app" \
    --query "Stacks[0].Outputs[?OutputKey=='AppUrl'].OutputValue" --output text
fi
