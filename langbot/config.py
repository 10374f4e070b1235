"""Settings: read from the environment and `.streamlit/secrets.toml` when asked, never at import.

Environment variables win over the secrets file. The embedded default (the built-in
engine, SQLite progress under ./.langbot/) needs no setting at all.
"""

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from langbot.errors import ConfigError
from langbot.registry import backend_names

SECRETS_FILE = Path(".streamlit/secrets.toml")
DEFAULT_MODEL_ID = "meta-llama/Llama-3.1-8B-Instruct"  # the canonical id on the Hub

# field name -> the variable (or secrets.toml key) it is read from
ENV_NAMES: dict[str, tuple[str, ...]] = {
    "backend": ("LANGBOT_BACKEND",),
    "sagemaker_endpoint": ("LANGBOT_SAGEMAKER_ENDPOINT",),
    "sagemaker_format": ("LANGBOT_SAGEMAKER_FORMAT",),
    "sagemaker_inference_component": ("LANGBOT_SAGEMAKER_INFERENCE_COMPONENT",),
    "model_id": ("LANGBOT_MODEL_ID",),
    "aws_region": ("AWS_REGION", "AWS_DEFAULT_REGION"),
    "openai_base_url": ("LANGBOT_OPENAI_BASE_URL",),
    "openai_model": ("LANGBOT_OPENAI_MODEL",),
    "openai_api_key": ("LANGBOT_OPENAI_API_KEY",),
    "openai_response_format": ("LANGBOT_OPENAI_RESPONSE_FORMAT",),
    "fast_path": ("LANGBOT_FAST_PATH",),
    "read_timeout": ("LANGBOT_READ_TIMEOUT",),
    "connect_timeout": ("LANGBOT_CONNECT_TIMEOUT",),
    "verdict_deadline": ("LANGBOT_VERDICT_DEADLINE",),
    "reply_deadline": ("LANGBOT_REPLY_DEADLINE",),
    "max_pool_connections": ("LANGBOT_MAX_POOL_CONNECTIONS",),
    "breaker_threshold": ("LANGBOT_BREAKER_THRESHOLD",),
    "breaker_cooldown": ("LANGBOT_BREAKER_COOLDOWN",),
    "max_new_tokens": ("LANGBOT_MAX_NEW_TOKENS",),
    "temperature": ("LANGBOT_TEMPERATURE",),
    "top_p": ("LANGBOT_TOP_P",),
    "store": ("LANGBOT_STORE",),
    "store_path": ("LANGBOT_STORE_PATH",),
    "dynamodb_table": ("LANGBOT_DYNAMODB_TABLE",),
    "lessons_dir": ("LANGBOT_LESSONS_DIR",),
    "prompts_dir": ("LANGBOT_PROMPTS_DIR",),
}


class Settings(BaseModel):
    """Every setting LangBot reads, with its default."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    backend: str = "builtin"
    """Which judge answers turns: a name in `langbot.registry` (the built-in engine, a
    SageMaker TGI endpoint, or an OpenAI-compatible server)."""
    sagemaker_endpoint: str | None = None
    """Name of the SageMaker real-time endpoint serving TGI."""
    sagemaker_format: Literal["generate", "messages"] = "messages"
    """TGI request format on /invocations: the Messages API (TGI applies the model's own
    chat template), or generate (`inputs`+`parameters`, our template for the model family)."""
    sagemaker_inference_component: str | None = None
    """Inference component name, for endpoints that host several models."""
    model_id: str = DEFAULT_MODEL_ID
    """The deployed model's Hugging Face id; picks the chat template in the generate format."""
    aws_region: str | None = None
    """AWS region of the endpoint (AWS_REGION)."""
    openai_base_url: str | None = None
    """Base URL of an OpenAI-compatible server, e.g. http://localhost:8080/v1."""
    openai_model: str | None = None
    """Model name to ask the OpenAI-compatible server for."""
    openai_api_key: str | None = None
    """API key for the OpenAI-compatible server, if it wants one."""
    openai_response_format: Literal["json_schema", "tgi", "none"] = "json_schema"
    """How to send the output schema: OpenAI's json_schema (vLLM, Ollama, OpenAI), TGI's
    {"type": "json", "value": ...} for TGI's /v1, or none for servers without grammars."""
    fast_path: bool = True
    """Answer turns the built-in grader is certain about without a model call."""
    read_timeout: float = Field(6.0, gt=0)
    """Seconds one read of the endpoint may wait: the first byte of a stream and each later
    part (at most the verdict deadline too), or a whole non-streaming reply, which comes in one
    piece (at most the reply deadline too). Read timeouts are never retried, and one opens
    the circuit breaker at once."""
    connect_timeout: float = Field(2.0, gt=0)
    """Seconds to wait for a connection to the model endpoint."""
    verdict_deadline: float = Field(6.0, gt=0)
    """Seconds from the start of a turn to the model's verdict, or the built-in engine answers."""
    reply_deadline: float = Field(10.0, gt=0)
    """Seconds from the start of a turn to the end of the model's reply (a short reply: the
    output is capped at max_new_tokens)."""
    max_pool_connections: int = Field(50, ge=1, le=1000)
    """HTTP connections the app process keeps to the endpoint (one per concurrent turn)."""
    breaker_threshold: int = Field(3, ge=1)
    """Backend faults in a row that open the circuit breaker (simple mode, no model calls).
    A timeout (no answer within a deadline) opens it at once: the next call would hang too."""
    breaker_cooldown: float = Field(30.0, gt=0)
    """Most seconds between probes of the endpoint while the breaker is open (the first
    comes after 1 s, and the wait doubles after each failed probe)."""
    max_new_tokens: int = Field(200, ge=1, le=4096)
    """Most tokens the model may generate for one reply."""
    temperature: float = Field(0.3, ge=0, le=2)
    """Sampling temperature; 0 means greedy decoding in both TGI formats."""
    top_p: float = Field(0.9, gt=0, le=1)
    """Nucleus-sampling threshold."""
    store: Literal["sqlite", "memory", "dynamodb"] = "sqlite"
    """Where learner progress is kept."""
    store_path: Path | None = None
    """SQLite file for progress; default ./.langbot/progress.sqlite3."""
    dynamodb_table: str | None = None
    """DynamoDB table for progress when store is dynamodb."""
    lessons_dir: Path | None = None
    """Folder of lesson files; default the repository's lessons/."""
    prompts_dir: Path | None = None
    """Folder of prompt files; default the repository's prompts/."""

    @field_validator("backend")
    @classmethod
    def _registered(cls, value: str) -> str:
        if value not in backend_names():
            raise ValueError(
                f"{value!r} is not a known backend; use one of: {', '.join(backend_names())}"
            )
        return value

    @field_validator("fast_path", mode="before")
    @classmethod
    def _on_off(cls, value: object) -> object:
        if isinstance(value, str) and value.strip().lower() in ("on", "off"):
            return value.strip().lower() == "on"
        return value


def _read_secrets(path: Path) -> Mapping[str, object]:
    if not path.is_file():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise ConfigError(f"{path}: cannot be read as TOML: {e}") from e


def load_settings(
    environ: Mapping[str, str] | None = None, secrets_path: Path | None = SECRETS_FILE
) -> Settings:
    """Read settings from the environment, then the secrets file; raise ConfigError if invalid."""
    environ = os.environ if environ is None else environ
    secrets = _read_secrets(secrets_path) if secrets_path else {}
    values: dict[str, object] = {}
    for field, names in ENV_NAMES.items():
        for name in names:
            if environ.get(name, "").strip():
                values[field] = environ[name].strip()
                break
            if name in secrets and str(secrets[name]).strip():
                values[field] = secrets[name]
                break
    try:
        return Settings.model_validate(values)
    except ValidationError as e:
        problems = []
        for err in e.errors():
            field = str(err["loc"][0]) if err["loc"] else "?"
            name = ENV_NAMES.get(field, (field,))[0]
            problems.append(f"{name}: {err['msg']}")
        first = e.errors()[0]["loc"] if e.errors() else ()
        field = ENV_NAMES.get(str(first[0]), (None,))[0] if first else None
        raise ConfigError("Invalid configuration: " + "; ".join(problems), field=field) from e
