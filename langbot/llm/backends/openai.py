"""The OpenAI-compatible backend: TGI's /v1/chat/completions, vLLM or Ollama at a base URL."""

from typing import Any

from langchain_openai import ChatOpenAI

from langbot.config import Settings
from langbot.llm.backends.chat_model import TranslatedChatModel
from langbot.llm.backends.common import (
    ModelBackend,
    missing_settings,
    require,
)


def check_settings(settings: Settings) -> None:
    """Raise one ConfigError saying what to set, if the OpenAI-compatible backend cannot start."""
    needs = {
        "openai_base_url": "LANGBOT_OPENAI_BASE_URL (e.g. http://localhost:8080/v1)",
        "openai_model": "LANGBOT_OPENAI_MODEL (the model name the server expects)",
    }
    require("openai", missing_settings(settings, needs))


class CompatibleChatModel(TranslatedChatModel, ChatOpenAI):
    """ChatOpenAI whose transport failures surface as LangbotError subclasses, and whose
    requests suit TGI and other compatible servers: `max_tokens` (TGI before 3.0.2 ignores
    `max_completion_tokens`), no `top_p` of 1 (a 422) or with greedy decoding, and the
    output schema as `response_format`."""

    grammar: dict[str, Any] | None = None
    """The output JSON schema, sent as response_format when the server supports one."""
    grammar_style: str = "json_schema"
    """How the server takes a schema: json_schema (OpenAI, vLLM, Ollama), tgi, or none."""

    def _get_request_payload(self, input_: Any, *, stop: Any = None, **kwargs: Any) -> dict:
        payload = super()._get_request_payload(input_, stop=stop, **kwargs)
        if "max_completion_tokens" in payload:
            payload["max_tokens"] = payload.pop("max_completion_tokens")
        top_p = payload.get("top_p")
        if top_p is not None and (top_p >= 1 or not payload.get("temperature")):
            payload.pop("top_p")
        if self.grammar is not None and self.grammar_style != "none":
            payload["response_format"] = response_format(self.grammar, self.grammar_style)
        return payload


def response_format(schema: dict[str, Any], style: str) -> dict[str, Any]:
    """The response_format field for a JSON schema, in the server's dialect."""
    if style == "tgi":  # TGI's GrammarType: {"type": "json", "value": schema}
        return {"type": "json", "value": schema}
    return {
        "type": "json_schema",
        "json_schema": {"name": "tutor_verdict", "schema": schema, "strict": True},
    }


def build_openai_model(
    settings: Settings, schema: dict | None = None, streaming: bool = True
) -> CompatibleChatModel:
    """The chat model for an OpenAI-compatible server at LANGBOT_OPENAI_BASE_URL."""
    import httpx

    return CompatibleChatModel(
        base_url=settings.openai_base_url,
        model=settings.openai_model,
        api_key=settings.openai_api_key or "not-needed",
        # Each read waits at most the first-byte deadline: a stream's, the verdict deadline;
        # a whole (non-streaming) reply's, the reply deadline. Both are capped by read_timeout.
        timeout=httpx.Timeout(
            min(
                settings.read_timeout,
                settings.verdict_deadline if streaming else settings.reply_deadline,
            ),
            connect=settings.connect_timeout,
        ),
        max_retries=0,  # a failed turn goes to simple mode at once; the next turn retries
        max_tokens=settings.max_new_tokens,
        temperature=settings.temperature,
        top_p=settings.top_p,
        grammar=schema,
        grammar_style=settings.openai_response_format,
    )


def _health(settings: Settings, timeout: float) -> tuple[bool, str]:
    """Reachable if the models list answers without a server error."""
    url = _models_url(settings)
    try:
        response = _models(settings, timeout)
    except Exception as e:  # any failure only means "not reachable"
        return False, f"{url}: {type(e).__name__}"
    return response.status_code < 500, f"{url}: HTTP {response.status_code}"


def _models_url(settings: Settings) -> str:
    return (settings.openai_base_url or "").rstrip("/") + "/models"


def _models(settings: Settings, timeout: float) -> Any:
    import httpx

    return httpx.get(_models_url(settings), timeout=timeout)


BACKEND = ModelBackend(
    name="openai",
    settings=("openai_base_url", "openai_model", "openai_api_key", "openai_response_format"),
    describe=lambda settings: f"OpenAI-compatible ({settings.openai_model})",
    check=check_settings,
    model=lambda settings, schema, client, streaming: build_openai_model(
        settings, schema, streaming
    ),
    probe=lambda settings, client: (
        lambda: _models(settings, settings.connect_timeout).raise_for_status()
    ),
    health=_health,
)
