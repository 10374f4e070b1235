"""Tests for the AWS deployment assets in infrastructure/ and the Dockerfile.

Nothing here talks to AWS: templates are linted offline with cfn-lint and
inspected as data; deploy.sh/destroy.sh run with DRY_RUN=1 only.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
from cfnlint import api as cfnlint_api
from cfnlint.decode import cfn_yaml

ROOT = Path(__file__).resolve().parents[1]
INFRA = ROOT / "infrastructure"
TEMPLATES = ["storage.yaml", "model.yaml", "scaling.yaml", "app.yaml"]
DEPLOY = INFRA / "deploy.sh"
DESTROY = INFRA / "destroy.sh"

# Keys deploy.sh refuses to run without.
REQUIRED_DEPLOY_KEYS = [
    "STACK_PREFIX",
    "AWS_REGION",
    "MODEL_ID",
    "APP_IMAGE_URI",
    "VPC_ID",
    "SUBNET_IDS",
]


def load(name: str) -> dict:
    """Load a template; cfn_yaml understands !Ref, !Sub, !GetAtt, ... tags."""
    return cfn_yaml.load(str(INFRA / name))


def resources_of_type(template: dict, type_: str) -> dict:
    return {k: v for k, v in template["Resources"].items() if v["Type"] == type_}


def single(template: dict, type_: str) -> dict:
    found = resources_of_type(template, type_)
    assert len(found) == 1, f"expected exactly one {type_}, found {list(found)}"
    return next(iter(found.values()))


def as_list(value):
    return value if isinstance(value, list) else [value]


def is_ref(value, name: str) -> bool:
    return value == {"Ref": name}


# --------------------------------------------------------------- cfn-lint


@pytest.mark.parametrize("name", TEMPLATES)
def test_template_passes_cfn_lint(name):
    # All levels (errors, warnings and informational) must be clean: the
    # templates are written to produce no findings at all, so there is
    # nothing to explain away.
    matches = cfnlint_api.lint_file(
        INFRA / name,
        config={"include_checks": ["I"], "regions": ["us-east-1", "eu-west-1"]},
    )
    assert [str(m) for m in matches] == []


def test_cfn_lint_detects_a_broken_template(tmp_path):
    # Guard against the lint test passing vacuously (e.g. wrong API use).
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        "Resources:\n  T:\n    Type: AWS::DynamoDB::Table\n"
        "    Properties:\n      BillingMode: FREE_LUNCH\n"
    )
    assert cfnlint_api.lint_file(broken)


# ------------------------------------------------------------------ model


def test_model_container_is_configured_from_parameters():
    t = load("model.yaml")
    params = t["Parameters"]
    assert params["InstanceType"]["Default"] == "ml.g5.2xlarge"
    assert params["HfToken"]["NoEcho"] is True
    assert params["HfToken"]["Default"] == ""
    assert "" in params["Quantize"]["AllowedValues"]

    container = single(t, "AWS::SageMaker::Model")["Properties"]["PrimaryContainer"]
    assert is_ref(container["Image"], "ImageUri")
    env = container["Environment"]
    assert is_ref(env["HF_MODEL_ID"], "ModelId")
    assert is_ref(env["SM_NUM_GPUS"], "NumGpus")
    assert is_ref(env["MAX_INPUT_TOKENS"], "MaxInputTokens")
    assert is_ref(env["MAX_TOTAL_TOKENS"], "MaxTotalTokens")
    # Optional settings disappear (AWS::NoValue) when their parameter is empty.
    assert env["HF_MODEL_QUANTIZE"] == {
        "Fn::If": ["HasQuantize", {"Ref": "Quantize"}, {"Ref": "AWS::NoValue"}]
    }
    assert env["HF_TOKEN"]["Fn::If"][0] == "HasHfToken"


def test_endpoint_config_uses_instance_type_parameter():
    t = load("model.yaml")
    variants = single(t, "AWS::SageMaker::EndpointConfig")["Properties"]["ProductionVariants"]
    assert len(variants) == 1
    v = variants[0]
    assert is_ref(v["InstanceType"], "InstanceType")
    assert is_ref(v["InitialInstanceCount"], "InstanceCount")
    assert is_ref(v["ContainerStartupHealthCheckTimeoutInSeconds"], "HealthCheckTimeoutSeconds")
    assert is_ref(v["VariantName"], "VariantName")

    endpoint = single(t, "AWS::SageMaker::Endpoint")["Properties"]
    assert endpoint["EndpointConfigName"] == {
        "Fn::GetAtt": ["EndpointConfig", "EndpointConfigName"]
    }
    assert t["Outputs"]["EndpointName"]["Value"] == {"Fn::GetAtt": ["Endpoint", "EndpointName"]}


def test_model_execution_role_is_least_privilege():
    t = load("model.yaml")
    role = single(t, "AWS::IAM::Role")["Properties"]
    principal = role["AssumeRolePolicyDocument"]["Statement"][0]["Principal"]
    assert principal == {"Service": "sagemaker.amazonaws.com"}
    assert "ManagedPolicyArns" not in role

    statements = [s for p in role["Policies"] for s in p["PolicyDocument"]["Statement"]]
    by_sid = {s["Sid"]: s for s in statements}
    actions = [a for s in statements for a in as_list(s["Action"])]
    assert not any("*" in a for a in actions), actions

    # Only the two actions without resource-level permissions may use "*".
    star = {a for s in statements if s["Resource"] == "*" for a in as_list(s["Action"])}
    assert star == {"ecr:GetAuthorizationToken", "cloudwatch:PutMetricData"}
    assert "Condition" in by_sid["EndpointMetrics"]

    pull = by_sid["EcrPullImage"]
    assert set(pull["Action"]) == {
        "ecr:BatchCheckLayerAvailability",
        "ecr:BatchGetImage",
        "ecr:GetDownloadUrlForLayer",
    }
    assert "repository/${ImageRepository}" in pull["Resource"]["Fn::Sub"][0]

    log_resources = json.dumps(by_sid["EndpointLogs"]["Resource"])
    assert "log-group:/aws/sagemaker/Endpoints/${EndpointName}" in log_resources


# ---------------------------------------------------------------- scaling


def test_scaling_is_target_tracking_on_invocations_per_instance():
    t = load("scaling.yaml")
    target = single(t, "AWS::ApplicationAutoScaling::ScalableTarget")["Properties"]
    assert target["ServiceNamespace"] == "sagemaker"
    assert target["ScalableDimension"] == "sagemaker:variant:DesiredInstanceCount"
    assert target["ResourceId"] == {"Fn::Sub": "endpoint/${EndpointName}/variant/${VariantName}"}
    assert is_ref(target["MinCapacity"], "MinCapacity")
    assert is_ref(target["MaxCapacity"], "MaxCapacity")

    policy = single(t, "AWS::ApplicationAutoScaling::ScalingPolicy")["Properties"]
    assert policy["PolicyType"] == "TargetTrackingScaling"
    assert is_ref(policy["ScalingTargetId"], "ScalableTarget")
    cfg = policy["TargetTrackingScalingPolicyConfiguration"]
    assert cfg["PredefinedMetricSpecification"]["PredefinedMetricType"] == (
        "SageMakerVariantInvocationsPerInstance"
    )
    assert is_ref(cfg["TargetValue"], "TargetInvocationsPerInstance")

    for name in [
        "EndpointName",
        "VariantName",
        "MinCapacity",
        "MaxCapacity",
        "TargetInvocationsPerInstance",
    ]:
        assert name in t["Parameters"]


# ---------------------------------------------------------------- storage


def test_progress_table_is_on_demand_with_ttl_and_pitr():
    t = load("storage.yaml")
    table = single(t, "AWS::DynamoDB::Table")
    props = table["Properties"]
    assert props["BillingMode"] == "PAY_PER_REQUEST"
    assert "ProvisionedThroughput" not in props
    assert props["TimeToLiveSpecification"] == {"AttributeName": "expires_at", "Enabled": True}
    assert props["PointInTimeRecoverySpecification"]["PointInTimeRecoveryEnabled"] is True
    assert props["KeySchema"] == [
        {"AttributeName": "learner", "KeyType": "HASH"},
        {"AttributeName": "lesson", "KeyType": "RANGE"},
    ]
    types = {a["AttributeName"]: a["AttributeType"] for a in props["AttributeDefinitions"]}
    assert types == {"learner": "S", "lesson": "S"}
    assert table["DeletionPolicy"] == "Retain"
    assert {"TableName", "TableArn"} <= set(t["Outputs"])


# -------------------------------------------------------------------- app


def _attrs(resource: dict, key: str) -> dict:
    return {a["Key"]: a["Value"] for a in resource["Properties"][key]}


def test_target_group_is_sticky_and_checks_streamlit_health():
    t = load("app.yaml")
    tg = single(t, "AWS::ElasticLoadBalancingV2::TargetGroup")
    props = tg["Properties"]
    assert props["Port"] == 8501
    assert props["TargetType"] == "ip"
    assert props["HealthCheckPath"] == "/_stcore/health"
    attrs = _attrs(tg, "TargetGroupAttributes")
    assert attrs["stickiness.enabled"] == "true"
    assert attrs["stickiness.type"] == "lb_cookie"


def test_load_balancer_idle_timeout_allows_long_websockets():
    t = load("app.yaml")
    alb = single(t, "AWS::ElasticLoadBalancingV2::LoadBalancer")
    assert int(_attrs(alb, "LoadBalancerAttributes")["idle_timeout.timeout_seconds"]) >= 3600


def test_listeners_http_always_https_only_with_certificate():
    t = load("app.yaml")
    listeners = resources_of_type(t, "AWS::ElasticLoadBalancingV2::Listener")
    by_port = {x["Properties"]["Port"]: x for x in listeners.values()}
    assert set(by_port) == {80, 443}
    assert "Condition" not in by_port[80]
    assert by_port[443]["Condition"] == "HasCertificate"
    assert t["Conditions"]["HasCertificate"] == {
        "Fn::Not": [{"Fn::Equals": [{"Ref": "CertificateArn"}, ""]}]
    }
    # Without a certificate, port 80 forwards to the app.
    no_cert = by_port[80]["Properties"]["DefaultActions"]["Fn::If"][2]
    assert no_cert[0]["Type"] == "forward"


def test_security_groups_only_alb_reaches_tasks():
    t = load("app.yaml")
    groups = resources_of_type(t, "AWS::EC2::SecurityGroup")
    alb_ports = {
        r["FromPort"]
        for r in groups["LoadBalancerSecurityGroup"]["Properties"]["SecurityGroupIngress"]
    }
    assert alb_ports == {80, 443}
    task_rules = groups["TaskSecurityGroup"]["Properties"]["SecurityGroupIngress"]
    assert len(task_rules) == 1
    rule = task_rules[0]
    assert (rule["FromPort"], rule["ToPort"]) == (8501, 8501)
    assert is_ref(rule["SourceSecurityGroupId"], "LoadBalancerSecurityGroup")
    assert "CidrIp" not in rule


def test_task_definition_environment_and_logging():
    t = load("app.yaml")
    td = single(t, "AWS::ECS::TaskDefinition")["Properties"]
    assert td["RequiresCompatibilities"] == ["FARGATE"]
    assert is_ref(td["Cpu"], "Cpu") and is_ref(td["Memory"], "Memory")
    (container,) = td["ContainerDefinitions"]
    assert is_ref(container["Image"], "ContainerImage")
    assert container["PortMappings"][0]["ContainerPort"] == 8501
    env = {e["Name"]: e["Value"] for e in container["Environment"]}
    assert env["LANGBOT_STORE"] == "dynamodb"
    assert is_ref(env["LANGBOT_BACKEND"], "Backend")
    assert is_ref(env["LANGBOT_SAGEMAKER_ENDPOINT"], "SageMakerEndpointName")
    assert is_ref(env["LANGBOT_DYNAMODB_TABLE"], "DynamoDbTableName")
    assert is_ref(env["AWS_REGION"], "AWS::Region")
    assert container["LogConfiguration"]["LogDriver"] == "awslogs"

    log_group = single(t, "AWS::Logs::LogGroup")["Properties"]
    assert is_ref(log_group["RetentionInDays"], "LogRetentionDays")

    service = single(t, "AWS::ECS::Service")["Properties"]
    assert is_ref(service["DesiredCount"], "DesiredCount")
    assert service["LaunchType"] == "FARGATE"


def test_app_service_scales_between_min_and_max_task_parameters():
    t = load("app.yaml")
    target = single(t, "AWS::ApplicationAutoScaling::ScalableTarget")["Properties"]
    assert target["ServiceNamespace"] == "ecs"
    assert target["ScalableDimension"] == "ecs:service:DesiredCount"
    assert target["ResourceId"] == {"Fn::Sub": "service/${Cluster}/${Service.Name}"}
    assert is_ref(target["MinCapacity"], "MinTaskCount")
    assert is_ref(target["MaxCapacity"], "MaxTaskCount")
    params = t["Parameters"]
    assert params["MinTaskCount"]["MinValue"] >= 1  # never scaled to no task at all
    assert params["MinTaskCount"]["Default"] <= params["MaxTaskCount"]["Default"]


def _policies_by_metric(t: dict) -> dict:
    policies = resources_of_type(t, "AWS::ApplicationAutoScaling::ScalingPolicy").values()
    by_metric = {}
    for policy in policies:
        props = policy["Properties"]
        assert props["PolicyType"] == "TargetTrackingScaling"
        assert is_ref(props["ScalingTargetId"], "ScalableTarget")
        cfg = props["TargetTrackingScalingPolicyConfiguration"]
        by_metric[cfg["PredefinedMetricSpecification"]["PredefinedMetricType"]] = cfg
    return by_metric


def test_app_scales_on_cpu_and_on_alb_requests_per_task():
    t = load("app.yaml")
    by_metric = _policies_by_metric(t)
    assert set(by_metric) == {"ECSServiceAverageCPUUtilization", "ALBRequestCountPerTarget"}
    cpu = by_metric["ECSServiceAverageCPUUtilization"]
    assert is_ref(cpu["TargetValue"], "TargetCpuUtilization")
    assert is_ref(cpu["ScaleInCooldown"], "ScaleInCooldown")
    assert cpu.get("DisableScaleIn", False) is False  # CPU decides when tasks go
    requests = by_metric["ALBRequestCountPerTarget"]
    assert is_ref(requests["TargetValue"], "TargetRequestsPerTask")
    assert requests["DisableScaleIn"] is True  # bursts of page loads add tasks, never remove
    # The label names this stack's load balancer and target group, joined by "/".
    label = requests["PredefinedMetricSpecification"]["ResourceLabel"]
    assert label == {
        "Fn::Join": [
            "/",
            [
                {"Fn::GetAtt": ["LoadBalancer", "LoadBalancerFullName"]},
                {"Fn::GetAtt": ["TargetGroup", "TargetGroupFullName"]},
            ],
        ]
    }


def test_every_autoscaling_parameter_is_documented_and_grouped():
    t = load("app.yaml")
    names = [
        "MinTaskCount",
        "MaxTaskCount",
        "TargetCpuUtilization",
        "TargetRequestsPerTask",
        "ScaleInCooldown",
        "ScaleOutCooldown",
    ]
    groups = t["Metadata"]["AWS::CloudFormation::Interface"]["ParameterGroups"]
    grouped = {name for group in groups for name in group["Parameters"]}
    for name in names:
        assert t["Parameters"][name]["Description"].strip(), name
        assert "Default" in t["Parameters"][name], name
        assert name in grouped, name
    readme = (INFRA / "README.md").read_text()
    for name in names:
        assert name in readme, f"infrastructure/README.md does not document {name}"


def test_task_role_grants_exactly_one_endpoint_and_one_table():
    t = load("app.yaml")
    role = t["Resources"]["TaskRole"]["Properties"]
    assert "ManagedPolicyArns" not in role
    statements = [s for p in role["Policies"] for s in p["PolicyDocument"]["Statement"]]
    assert all(s["Effect"] == "Allow" for s in statements)

    actions = sorted(a for s in statements for a in as_list(s["Action"]))
    assert actions == sorted(
        [
            "sagemaker:InvokeEndpoint",
            "sagemaker:InvokeEndpointWithResponseStream",
            "sagemaker:DescribeEndpoint",  # langbot.llm.health's one check at start-up
            "dynamodb:GetItem",
            "dynamodb:PutItem",
            "dynamodb:UpdateItem",
            "dynamodb:Query",
        ]
    )

    resources = {}
    for s in statements:
        for r in as_list(s["Resource"]):
            assert r != "*"
            sub = r["Fn::Sub"]
            assert not sub.endswith("*") and not sub.endswith("/")
            resources[as_list(s["Action"])[0].split(":")[0]] = sub
    assert resources["sagemaker"].endswith(":endpoint/${SageMakerEndpointName}")
    assert resources["dynamodb"].endswith(":table/${DynamoDbTableName}")


def test_execution_role_uses_managed_ecs_policy():
    t = load("app.yaml")
    role = t["Resources"]["ExecutionRole"]["Properties"]
    assert role["ManagedPolicyArns"] == [
        {
            "Fn::Sub": "arn:${AWS::Partition}:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"
        }
    ]
    td = single(t, "AWS::ECS::TaskDefinition")["Properties"]
    assert td["ExecutionRoleArn"] == {"Fn::GetAtt": ["ExecutionRole", "Arn"]}
    assert td["TaskRoleArn"] == {"Fn::GetAtt": ["TaskRole", "Arn"]}


# ------------------------------------------------------------ deploy.sh


def _clean_env(**extra: str) -> dict:
    """Environment without any deployment key, so only the file provides them."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "HF_"))}
    for key in REQUIRED_DEPLOY_KEYS + ["QUANTIZE", "CERTIFICATE_ARN", "DRY_RUN", "DELETE_DATA"]:
        env.pop(key, None)
    env.update(extra)
    return env


def _params(**overrides) -> dict:
    values = {
        "STACK_PREFIX": "lbtest",
        "AWS_REGION": "eu-west-1",
        "MODEL_ID": "meta-llama/Llama-3.1-8B-Instruct",
        "MODEL_INSTANCE_TYPE": "ml.g5.12xlarge",
        "APP_IMAGE_URI": "123456789012.dkr.ecr.eu-west-1.amazonaws.com/langbot:test",
        "VPC_ID": "vpc-0abc",
        "SUBNET_IDS": "subnet-1,subnet-2",
        "HF_TOKEN": "hf_supersecret",
        "MIN_CAPACITY": "1",
        "MAX_CAPACITY": "3",
    }
    values.update(overrides)
    return {k: v for k, v in values.items() if v is not None}


def _write_params(tmp_path: Path, values: dict) -> Path:
    path = tmp_path / "parameters.env"
    path.write_text("".join(f"# {k}\n{k}={shlex.quote(v)}\n" for k, v in values.items()))
    return path


def _run(script: Path, params_file: Path, **env) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["bash", str(script), str(params_file)],
        cwd=ROOT,
        env=_clean_env(**env),
        capture_output=True,
        text=True,
        timeout=60,
    )


def _all_aws_commands(stdout: str) -> list[list[str]]:
    return [shlex.split(line) for line in stdout.splitlines() if line.startswith("aws ")]


def _aws_commands(stdout: str) -> list[list[str]]:
    """The stack deploys (and deletes) only, without the warm-up call."""
    return [c for c in _all_aws_commands(stdout) if c[1] == "cloudformation"]


def _option(argv: list[str], name: str) -> str:
    return argv[argv.index(name) + 1]


def _overrides(argv: list[str]) -> dict:
    start = argv.index("--parameter-overrides") + 1
    return dict(arg.split("=", 1) for arg in argv[start:])


def test_scripts_are_valid_bash():
    for script in (DEPLOY, DESTROY):
        subprocess.run(["bash", "-n", str(script)], check=True)
        assert script.read_text().splitlines()[1:].count("set -euo pipefail") == 1


def test_deploy_dry_run_prints_four_deploys_in_order(tmp_path):
    result = _run(DEPLOY, _write_params(tmp_path, _params()), DRY_RUN="1")
    assert result.returncode == 0, result.stderr
    commands = _aws_commands(result.stdout)
    assert len(commands) == 4, result.stdout
    expected = [
        ("lbtest-storage", "storage.yaml"),
        ("lbtest-model", "model.yaml"),
        ("lbtest-scaling", "scaling.yaml"),
        ("lbtest-app", "app.yaml"),
    ]
    for argv, (stack, template) in zip(commands, expected, strict=False):
        assert argv[:3] == ["aws", "cloudformation", "deploy"]
        assert _option(argv, "--stack-name") == stack
        template_file = Path(_option(argv, "--template-file"))
        assert template_file == INFRA / template and template_file.is_file()
        assert _option(argv, "--capabilities") == "CAPABILITY_NAMED_IAM"
        assert _option(argv, "--region") == "eu-west-1"

    storage, model, scaling, app = (_overrides(c) for c in commands)
    assert storage == {"TableName": "lbtest-progress"}
    assert model["InstanceType"] == "ml.g5.12xlarge"
    assert model["ModelId"] == app["ModelId"] == "meta-llama/Llama-3.1-8B-Instruct"
    assert app["SageMakerFormat"] == "messages"  # the Messages API is the production default
    assert model["RoutingStrategy"] == "LEAST_OUTSTANDING_REQUESTS"  # up to 3 instances
    assert model["ImageUri"] == _pinned_image("eu-west-1")
    assert (
        model["EndpointName"]
        == scaling["EndpointName"]
        == app["SageMakerEndpointName"]
        == "lbtest-tgi"
    )
    assert app["DynamoDbTableName"] == "lbtest-progress"
    assert (scaling["MinCapacity"], scaling["MaxCapacity"]) == ("1", "3")
    assert app["SubnetIds"] == "subnet-1,subnet-2"
    # Optional empty values are passed explicitly so a redeploy can clear them.
    assert model["Quantize"] == "" and app["CertificateArn"] == ""
    # The HF token never shows up in printed output.
    assert model["HfToken"] == "****"
    assert "hf_supersecret" not in result.stdout + result.stderr

    # Every override names a real parameter of its template.
    for overrides, (_, template) in zip((storage, model, scaling, app), expected, strict=False):
        assert set(overrides) <= set(load(template)["Parameters"]), template


def test_deploy_dry_run_with_example_parameters_file():
    result = _run(DEPLOY, INFRA / "parameters.example.env", DRY_RUN="1")
    assert result.returncode == 0, result.stderr
    stacks = [_option(c, "--stack-name") for c in _aws_commands(result.stdout)]
    assert stacks == ["langbot-storage", "langbot-model", "langbot-scaling", "langbot-app"]


def test_example_parameters_file_documents_every_key():
    lines = (INFRA / "parameters.example.env").read_text().splitlines()
    keys = []
    for i, line in enumerate(lines):
        if line and not line.startswith("#"):
            key = line.split("=", 1)[0]
            keys.append(key)
            assert i > 0 and (lines[i - 1].startswith("#") or lines[i - 1].split("=")[0] in keys), (
                f"{key} has no comment above it"
            )
    assert set(REQUIRED_DEPLOY_KEYS) <= set(keys)


@pytest.mark.parametrize("missing", ["MODEL_ID", "STACK_PREFIX", "VPC_ID"])
def test_deploy_fails_when_required_key_missing(tmp_path, missing):
    params = _write_params(tmp_path, _params(**{missing: None}))
    result = _run(DEPLOY, params, DRY_RUN="1")
    assert result.returncode != 0
    assert missing in result.stderr
    assert _aws_commands(result.stdout) == []


def test_deploy_rejects_bad_stack_prefix(tmp_path):
    result = _run(
        DEPLOY, _write_params(tmp_path, _params(STACK_PREFIX="LangBot_Prod")), DRY_RUN="1"
    )
    assert result.returncode != 0
    assert "STACK_PREFIX" in result.stderr


def test_deploy_fails_clearly_without_aws_cli(tmp_path):
    # PATH holds only a directory with bash's helpers, no aws.
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("dirname",):
        os.symlink(shutil.which(tool), bin_dir / tool)
    params = _write_params(tmp_path, _params())
    result = subprocess.run(
        [shutil.which("bash"), str(DEPLOY), str(params)],
        cwd=ROOT,
        env=_clean_env(PATH=str(bin_dir)),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "aws CLI" in result.stderr
    assert _aws_commands(result.stdout) == []


def test_destroy_dry_run_deletes_in_reverse_order(tmp_path):
    result = _run(DESTROY, _write_params(tmp_path, _params()), DRY_RUN="1")
    assert result.returncode == 0, result.stderr
    commands = _all_aws_commands(result.stdout)
    deletes = [_option(c, "--stack-name") for c in commands if c[2] == "delete-stack"]
    assert deletes == ["lbtest-app", "lbtest-scaling", "lbtest-model", "lbtest-storage"]
    # Each delete is followed by a wait on the same stack.
    for delete, wait in zip(commands[::2], commands[1::2], strict=False):
        assert wait[2:4] == ["wait", "stack-delete-complete"]
        assert _option(wait, "--stack-name") == _option(delete, "--stack-name")
    assert not any(c[1] == "dynamodb" for c in commands)

    with_data = _run(DESTROY, _write_params(tmp_path, _params()), DRY_RUN="1", DELETE_DATA="1")
    tables = [
        _option(c, "--table-name")
        for c in _all_aws_commands(with_data.stdout)
        if c[2] == "delete-table"
    ]
    assert tables == ["lbtest-progress"]


# ------------------------------------------------------------- Dockerfile


def _dockerfile_instructions() -> list[tuple[str, str]]:
    text = (ROOT / "Dockerfile").read_text().replace("\\\n", " ")
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, _, rest = line.partition(" ")
            out.append((word.upper(), rest.strip()))
    return out


def test_dockerfile_runs_streamlit_app():
    instructions = _dockerfile_instructions()
    assert instructions[0] == ("FROM", "python:3.11-slim")
    cmds = [rest for word, rest in instructions if word == "CMD"]
    assert len(cmds) == 1
    argv = json.loads(cmds[0])
    assert argv[:3] == ["streamlit", "run", "streamlit_app.py"]
    assert _option(argv, "--server.port") == "8501"
    assert _option(argv, "--server.address") == "0.0.0.0"
    assert _option(argv, "--server.headless") == "true"

    assert ("EXPOSE", "8501") in instructions
    runs = [rest for word, rest in instructions if word == "RUN"]
    assert "pip install -r requirements.txt" in runs
    assert any("PIP_NO_CACHE_DIR=1" in rest for word, rest in instructions if word == "ENV")
    healthchecks = [rest for word, rest in instructions if word == "HEALTHCHECK"]
    assert len(healthchecks) == 1 and "/_stcore/health" in healthchecks[0]


def test_dockerignore_keeps_secrets_and_git_out():
    ignored = (ROOT / ".dockerignore").read_text().splitlines()
    for pattern in (".git", "*.env", ".streamlit/secrets.toml"):
        assert pattern in ignored


# ---- one TGI version, warm-up, routing -------------------------------------------------------


def _tgi_env() -> dict[str, str]:
    lines = (INFRA / "tgi.env").read_text().splitlines()
    return dict(line.split("=", 1) for line in lines if line and not line.startswith("#"))


def _pinned_image(region: str) -> str:
    tgi = _tgi_env()
    return (
        f"{tgi['TGI_IMAGE_ACCOUNT']}.dkr.ecr.{region}.amazonaws.com/"
        f"{tgi['TGI_IMAGE_REPOSITORY']}:{tgi['TGI_IMAGE_TAG']}"
    )


def test_one_tgi_version_everywhere():
    import json
    import re

    tgi = _tgi_env()
    assert tgi["TGI_VERSION"] == "3.3.6" and f"-tgi{tgi['TGI_VERSION']}-" in tgi["TGI_IMAGE_TAG"]
    model = load("model.yaml")["Parameters"]
    assert tgi["TGI_IMAGE_TAG"] in model["ImageUri"]["Description"]
    params = (INFRA / "parameters.example.env").read_text()
    assert "\nMODEL_IMAGE_URI=\n" in params and "tgi.env" in params
    notebook = json.loads((ROOT / "notebooks" / "01_deploy_tgi_endpoint.ipynb").read_text())
    code = "".join("".join(c["source"]) for c in notebook["cells"] if c["cell_type"] == "code")
    assert "tgi.env" in code and not re.search(r"TGI_VERSION = \"\d", code)
    for path in [*INFRA.glob("*.yaml"), *INFRA.glob("*.env"), INFRA / "deploy.sh"]:
        assert "tgi2.4" not in path.read_text(), path


def test_the_example_parameters_deploy_the_pinned_image_with_the_canonical_model():
    result = _run(DEPLOY, INFRA / "parameters.example.env", DRY_RUN="1")
    model = _overrides(_aws_commands(result.stdout)[1])
    assert model["ImageUri"] == _pinned_image("us-east-1")
    assert model["ModelId"] == "meta-llama/Llama-3.1-8B-Instruct"


def test_deploy_warms_the_endpoint_up_after_the_model_stack(tmp_path):
    import json

    from langbot.llm.parser import OUTPUT_SCHEMA

    result = _run(DEPLOY, _write_params(tmp_path, _params()), DRY_RUN="1")
    commands = _all_aws_commands(result.stdout)
    stacks = [
        c[1] + ":" + (_option(c, "--stack-name") if "--stack-name" in c else "") for c in commands
    ]
    warm = next(i for i, c in enumerate(commands) if c[1] == "sagemaker-runtime")
    assert stacks[warm - 1] == "cloudformation:lbtest-model"  # after the endpoint is InService
    argv = commands[warm]
    assert argv[2] == "invoke-endpoint" and _option(argv, "--endpoint-name") == "lbtest-tgi"
    body_file = Path(_option(argv, "--body").removeprefix("fileb://"))
    body = json.loads(body_file.read_text())
    assert body["response_format"] == {"type": "json", "value": OUTPUT_SCHEMA}  # builds the index


@pytest.mark.parametrize(
    ("count", "max_capacity", "strategy"),
    [
        ("1", "1", "RANDOM"),
        ("2", "2", "LEAST_OUTSTANDING_REQUESTS"),
        ("1", "4", "LEAST_OUTSTANDING_REQUESTS"),
    ],
)
def test_routing_is_least_outstanding_requests_with_more_than_one_instance(
    tmp_path, count, max_capacity, strategy
):
    params = _params(MODEL_INSTANCE_COUNT=count, MAX_CAPACITY=max_capacity, MIN_CAPACITY="1")
    result = _run(DEPLOY, _write_params(tmp_path, params), DRY_RUN="1")
    model = _overrides(_aws_commands(result.stdout)[1])
    assert model["RoutingStrategy"] == strategy
    variant = single(load("model.yaml"), "AWS::SageMaker::EndpointConfig")["Properties"][
        "ProductionVariants"
    ][0]
    assert is_ref(variant["RoutingConfig"]["RoutingStrategy"], "RoutingStrategy")
