"""The OpenAI-compatible backend against a local HTTP server on loopback."""

import json

import pytest
from fakes import chat_body, model_output, tokens_of
from werkzeug import Response

from langbot.config import Settings
from langbot.errors import ConfigError
from langbot.lessons import load_lessons
from langbot.tutor import FALLBACK_SOURCE, Tutor
from langbot.wiring import build_judge

LESSONS = load_lessons()
REPLY = "¡Casi! ¿Cómo te llamas? Usa «me ...»."
OUTPUT = model_output(False, REPLY, "context", ["Say your name."])


def sse(tokens: list[str]) -> str:
    """Chat-completion chunks as an OpenAI-compatible server streams them."""

    def chunk(delta: dict, finish: str | None) -> str:
        body = {
            "id": "chatcmpl-1",
            "object": "chat.completion.chunk",
            "created": 1732240000,
            "model": "llama3",
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        }
        return "data: " + json.dumps(body, ensure_ascii=False)

    lines = [
        chunk({"role": "assistant", "content": tok} if i == 0 else {"content": tok}, None)
        for i, tok in enumerate(tokens)
    ]
    lines.append(chunk({}, "stop"))
    lines.append("data: [DONE]")
    return "\n\n".join(lines) + "\n\n"


def _tutor(httpserver, streaming=True, **overrides) -> Tutor:
    settings = Settings(
        backend="openai",
        openai_base_url=httpserver.url_for("/v1"),
        openai_model="llama3",
        fast_path=False,
        read_timeout=2,
        **overrides,
    )
    return Tutor(LESSONS, build_judge(settings, streaming=streaming))


def _turn(tutor: Tutor):
    conv = tutor.start("greetings").model_copy(update={"step": 2})
    stream = tutor.stream(conv, "Yo bien")
    return list(stream), stream.outcome


@pytest.mark.integration
def test_streaming_chat_completions(httpserver) -> None:
    httpserver.expect_request("/v1/chat/completions", method="POST").respond_with_response(
        Response(sse(tokens_of(OUTPUT)), content_type="text/event-stream")
    )
    chunks, outcome = _turn(_tutor(httpserver))
    assert "".join(chunks) == REPLY and len(chunks) > 1 and outcome.source == "openai"
    assert outcome.conversation.attempt == 2 and outcome.response.errors == ["Say your name."]
    request, _ = httpserver.log[0]
    body = request.get_json()
    assert body["stream"] is True and body["model"] == "llama3"
    assert [m["role"] for m in body["messages"]] == ["system", "user"]


@pytest.mark.integration
def test_non_streaming_chat_completion(httpserver) -> None:
    httpserver.expect_request("/v1/chat/completions", method="POST").respond_with_data(
        chat_body(OUTPUT), content_type="application/json"
    )
    chunks, outcome = _turn(_tutor(httpserver, streaming=False))
    assert "".join(chunks) == REPLY
    body = httpserver.log[0][0].get_json()
    assert "stream" not in body or body["stream"] is False


@pytest.mark.integration
@pytest.mark.parametrize(
    ("status", "payload"),
    [
        (429, {"error": "Model is overloaded", "error_type": "overloaded"}),
        (500, {"error": "Incomplete generation", "error_type": "incomplete_generation"}),
        (422, {"error": "Input validation error", "error_type": "validation"}),
    ],
)
def test_server_errors_fall_back_to_the_built_in_engine(httpserver, status, payload) -> None:
    httpserver.expect_request("/v1/chat/completions").respond_with_json(payload, status=status)
    chunks, outcome = _turn(_tutor(httpserver))
    assert outcome.source == FALLBACK_SOURCE and outcome.conversation.attempt == 2
    assert outcome.messages[0].kind == "notice"


@pytest.mark.integration
def test_a_stream_cut_midway_falls_back(httpserver) -> None:
    half = sse(tokens_of(OUTPUT)).split("\n\n")
    body = "\n\n".join(half[: len(half) // 2])  # no [DONE], reply never closed
    httpserver.expect_request("/v1/chat/completions").respond_with_response(
        Response(body, content_type="text/event-stream")
    )
    chunks, outcome = _turn(_tutor(httpserver))
    assert outcome.source == FALLBACK_SOURCE and chunks


def test_misconfigured_openai_backend_says_what_to_set() -> None:
    with pytest.raises(ConfigError, match="LANGBOT_OPENAI_BASE_URL.*LANGBOT_OPENAI_MODEL"):
        build_judge(Settings(backend="openai"))


@pytest.mark.integration
def test_health_check_runs_once_and_is_described(httpserver, monkeypatch) -> None:
    from langbot.llm import health

    monkeypatch.setattr(health, "_cache", {})
    httpserver.expect_request("/v1/models").respond_with_json({"object": "list", "data": []})
    settings = Settings(
        backend="openai", openai_base_url=httpserver.url_for("/v1"), openai_model="llama3"
    )
    first = health.describe_backend(settings)
    assert "OpenAI-compatible (llama3)" in first and "· reachable ·" in first
    assert health.describe_backend(settings) == first and len(httpserver.log) == 1
    assert "built-in engine" in health.describe_backend(Settings())


def test_version_shows_the_backend(monkeypatch, capsys) -> None:
    import io

    from langbot import cli
    from langbot.llm import health

    monkeypatch.setattr(health, "_cache", {})
    out = io.StringIO()
    assert cli.main(["--version"], out=out) == 0
    assert out.getvalue().splitlines()[1] == "Backend: built-in engine · always available"


def _sent(httpserver, **overrides) -> dict:
    httpserver.expect_request("/v1/chat/completions", method="POST").respond_with_response(
        Response(sse(tokens_of(OUTPUT)), content_type="text/event-stream")
    )
    _turn(_tutor(httpserver, **overrides))
    return httpserver.log[-1][0].get_json()


@pytest.mark.integration
def test_requests_suit_tgi_and_other_compatible_servers(httpserver) -> None:
    from langbot.llm.parser import OUTPUT_SCHEMA

    body = _sent(httpserver, top_p=1.0, temperature=0.3)
    assert body["max_tokens"] == 200 and "max_completion_tokens" not in body  # TGI < 3.0.2
    assert "top_p" not in body  # top_p=1 is a 422 on TGI
    assert body["response_format"] == {
        "type": "json_schema",
        "json_schema": {"name": "tutor_verdict", "schema": OUTPUT_SCHEMA, "strict": True},
    }


@pytest.mark.integration
@pytest.mark.parametrize(
    ("style", "expected"),
    [("tgi", {"type": "json"}), ("none", None)],
)
def test_the_schema_follows_the_servers_dialect(httpserver, style, expected) -> None:
    body = _sent(httpserver, openai_response_format=style)
    if expected is None:
        assert "response_format" not in body
    else:
        assert body["response_format"]["type"] == "json" and "value" in body["response_format"]


@pytest.mark.integration
def test_temperature_zero_sends_no_top_p(httpserver) -> None:
    body = _sent(httpserver, temperature=0.0, top_p=0.9)
    assert body["temperature"] == 0.0 and "top_p" not in body  # top_p would make TGI sample


@pytest.mark.integration
def test_an_empty_stream_falls_back(httpserver) -> None:
    httpserver.expect_request("/v1/chat/completions", method="POST").respond_with_response(
        Response(sse([""]), content_type="text/event-stream")
    )
    chunks, outcome = _turn(_tutor(httpserver))
    assert outcome.source == FALLBACK_SOURCE and chunks
