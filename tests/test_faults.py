"""Faults cost the learner nothing: the built-in engine judges, a notice is shown, no attempt
is lost to the fault and the transcript stays whole."""

import json

import pytest
from fakes import (
    FakeStreamingClient,
    chat_body,
    client_error,
    error_event,
    generate_stream,
    model_error,
    model_output,
    read_timeout,
    sagemaker_settings,
    split_parts,
    stream_cut,
    tokens_of,
)
from sim_endpoint import SimEndpoint

from langbot.config import Settings
from langbot.lessons import load_lessons
from langbot.tutor import FALLBACK_SOURCE, SIMPLE_MODE, Tutor
from langbot.wiring import build_judge

LESSONS = load_lessons()
GOOD = generate_stream(
    tokens_of(model_output(False, "¡Casi! Di tu nombre con «me ...».", "context"))
)
HALF = split_parts(GOOD, 9)[: len(split_parts(GOOD, 9)) // 2]


pytestmark = pytest.mark.usefixtures("fake_aws")


FAULTS = {
    "throttling": client_error("ThrottlingException", "Rate exceeded", 400),
    "overloaded 429": model_error(
        429, {"error": "Model is overloaded", "error_type": "overloaded"}
    ),
    "model error 5xx": model_error(
        500, {"error": "CUDA out of memory", "error_type": "generation"}
    ),
    "service 503": client_error("ServiceUnavailable", "Service unavailable", 503),
    "read timeout": read_timeout(),
    "timeout mid-stream": [*HALF, read_timeout()],
    "stream cut midway": [*HALF, stream_cut()],
    "stream ends early": HALF,
    "tgi error event": split_parts(
        error_event("Request failed during generation", "generation"), 10
    ),
    "malformed output": split_parts(generate_stream(tokens_of("Yes, the learner is right!")), 8),
    "empty reply": split_parts(generate_stream(tokens_of(model_output(False, "", "context"))), 8),
}


@pytest.mark.parametrize(
    ("step", "attempt", "text"),
    [
        (2, 1, "Yo bien"),  # a miss on the first try
        (2, 3, "Yo bien"),  # a miss on the last try: the answer is revealed
        (3, 2, "Yo soy de Lima y tú"),  # an answer the grader accepts but is not certain about
    ],
)
@pytest.mark.parametrize("fault", list(FAULTS), ids=list(FAULTS))
def test_a_fault_costs_the_learner_nothing(fault, step, attempt, text) -> None:
    client = FakeStreamingClient().enqueue(FAULTS[fault])
    settings = sagemaker_settings()
    tutor = Tutor(LESSONS, build_judge(settings, client=client))
    conv = tutor.start("greetings").model_copy(update={"step": step, "attempt": attempt})
    expected = Tutor(LESSONS).respond(conv, text)

    stream = tutor.stream(conv, text)
    shown = list(stream)
    outcome = stream.outcome

    assert len(client.calls) == 1 and outcome.source == FALLBACK_SOURCE
    assert outcome.conversation.attempt == expected.conversation.attempt
    assert outcome.conversation.step == expected.conversation.step
    assert outcome.response == expected.response
    assert [m.kind for m in outcome.messages] == ["notice", *(m.kind for m in expected.messages)]
    assert outcome.messages[0].text == SIMPLE_MODE
    learner, notice, *rest = outcome.conversation.transcript[len(conv.transcript) :]
    assert learner.text == text and notice.kind == "notice" and rest == expected.messages
    assert outcome.conversation.transcript[: len(conv.transcript)] == conv.transcript
    assert shown  # the caller always got some text for the turn


def test_fault_before_any_text_yields_the_simple_mode_feedback() -> None:
    client = FakeStreamingClient().enqueue(FAULTS["throttling"])
    settings = sagemaker_settings(sagemaker_endpoint="e")
    tutor = Tutor(LESSONS, build_judge(settings, client=client))
    conv = tutor.start("greetings").model_copy(update={"step": 2})
    stream = tutor.stream(conv, "Yo bien")
    assert list(stream) == [stream.outcome.messages[1].text]


def test_the_next_turn_after_a_fault_uses_the_model_again() -> None:
    client = FakeStreamingClient().enqueue(FAULTS["stream cut midway"], split_parts(GOOD, 9))
    settings = sagemaker_settings(sagemaker_endpoint="e")
    tutor = Tutor(LESSONS, build_judge(settings, client=client))
    conv = tutor.start("greetings").model_copy(update={"step": 2})
    first = tutor.respond(conv, "Yo bien")
    second = tutor.respond(first.conversation, "Yo bien")
    assert first.source == FALLBACK_SOURCE and second.source == "sagemaker"
    assert second.conversation.attempt == 3


def test_a_cut_after_reply_text_was_shown_still_ends_consistently() -> None:
    from fakes import model_output as output
    from fakes import scripted

    from langbot.errors import BackendTimeout
    from langbot.llm.chain import LLMJudge, build_chain
    from langbot.llm.prompts import load_prompts

    text = output(False, "¡Casi! Piensa en el verbo llamarse y en tu nombre.", "context")
    model = scripted(
        text, chunk_size=4, fail_after=text.index("nombre") // 4, failure=BackendTimeout("cut")
    )
    tutor = Tutor(
        LESSONS, LLMJudge("sagemaker", build_chain(load_prompts(), model), fast_path=False)
    )
    conv = tutor.start("greetings").model_copy(update={"step": 2})
    stream = tutor.stream(conv, "Yo bien")
    shown = "".join(stream)
    expected = Tutor(LESSONS).respond(conv, "Yo bien")
    # the first sentence was checked and shown; the rest was held back when the cut came
    assert shown == "¡Casi! "
    assert stream.outcome.messages[0].text == SIMPLE_MODE
    assert stream.outcome.messages[1:] == expected.messages  # the UI renders these as final
    assert stream.outcome.conversation.attempt == 2


def test_any_judge_raising_a_backend_error_falls_back() -> None:
    from langbot.errors import ModelError

    class Broken:
        name = "broken"

        def judge(self, lesson, conversation, text):
            raise ModelError("boom")

    tutor = Tutor(LESSONS, Broken())
    conv = tutor.start("greetings").model_copy(update={"step": 2})
    outcome = tutor.respond(conv, "Yo bien")
    assert outcome.source == FALLBACK_SOURCE and outcome.messages[0].kind == "notice"
    assert outcome.conversation.attempt == 2


# ---- a hung endpoint: real boto3 and httpx against a server that never answers -------------


@pytest.fixture
def hung():
    """A model endpoint on 127.0.0.1 that accepts every request and never answers."""
    from hung_server import HungServer

    server = HungServer()
    yield server
    server.close()


def _hung_judge(hung, monkeypatch, backend: str, streaming: bool, **overrides):
    if backend == "sagemaker":
        monkeypatch.setenv("AWS_ENDPOINT_URL_SAGEMAKER_RUNTIME", hung.url)
        values = {"sagemaker_endpoint": "tutor-tgi", "aws_region": "eu-west-1"}
        values["sagemaker_format"] = "generate"
    else:
        values = {"openai_base_url": hung.url + "/v1", "openai_model": "llama3"}
    settings = Settings(
        backend=backend, fast_path=False, read_timeout=0.5, **{**values, **overrides}
    )
    return build_judge(settings, streaming=streaming)


def _model_calls(hung, backend: str) -> int:
    return len(hung.calls("/chat/completions" if backend == "openai" else "/invocations"))


HUNG_CASES = [
    ("sagemaker", True),
    ("sagemaker", False),
    ("openai", True),
    ("openai", False),
]
HUNG_IDS = ["sagemaker-streaming", "sagemaker-invoke", "openai-streaming", "openai-invoke"]


@pytest.mark.integration
@pytest.mark.parametrize(("backend", "streaming"), HUNG_CASES, ids=HUNG_IDS)
def test_a_hung_endpoint_opens_the_breaker_on_the_first_timeout(
    hung, monkeypatch, backend, streaming
) -> None:
    judge = _hung_judge(hung, monkeypatch, backend, streaming)
    judge.breaker.background = False  # the probe is called by hand below
    tutor = Tutor(LESSONS, judge)
    conv = tutor.start("greetings").model_copy(update={"step": 2})
    builtin = Tutor(LESSONS).respond(conv, "Yo bien")

    first = tutor.respond(conv, "Yo bien")
    assert first.source == FALLBACK_SOURCE and first.messages[0].text == SIMPLE_MODE
    assert _model_calls(hung, backend) == 1 and judge.breaker.is_open  # one timeout is enough
    assert first.conversation.attempt == builtin.conversation.attempt == 2  # no try lost
    assert first.messages[1:] == builtin.messages

    second = tutor.respond(first.conversation, "Yo bien")
    assert second.source == FALLBACK_SOURCE and _model_calls(hung, backend) == 1  # no call
    assert second.conversation.attempt == 3

    assert judge.breaker.probe_once() is False and judge.breaker.is_open  # still hung
    hung.answer = json.dumps(
        [{"generated_text": model_output(False, "¡Casi! Di tu nombre con «me ...».", "context")}]
        if backend == "sagemaker"
        else json.loads(chat_body(model_output(False, "¡Casi! Usa «me ...».", "context")))
    ).encode()
    assert judge.breaker.probe_once() is True and not judge.breaker.is_open


@pytest.mark.integration
@pytest.mark.parametrize("backend", ["sagemaker", "openai"])
def test_turns_use_the_model_again_once_the_hung_endpoint_answers(
    hung, monkeypatch, backend
) -> None:
    judge = _hung_judge(hung, monkeypatch, backend, False, breaker_cooldown=0.2)
    tutor = Tutor(LESSONS, judge)
    conv = tutor.start("greetings").model_copy(update={"step": 2})
    try:
        assert tutor.respond(conv, "Yo bien").source == FALLBACK_SOURCE
        assert judge.breaker.is_open
        hung.answer = json.dumps(
            [{"generated_text": model_output(False, "¡Casi! Di tu nombre.", "context")}]
            if backend == "sagemaker"
            else json.loads(chat_body(model_output(False, "¡Casi! Di tu nombre.", "context")))
        ).encode()
        judge.breaker._thread.join(10)  # the background probe closes it, with no turn needed
        assert not judge.breaker.is_open
        assert tutor.respond(conv, "Yo bien").source == backend
    finally:
        judge.breaker.stop()


# ---- `langbot grade`, one shot: an AWS fault is one clear line, one request, no long wait ----


def _grade_once(monkeypatch, url: str, **env: str) -> tuple[int, str]:
    """`langbot grade greetings 2 "Yo bien" --json` on the SageMaker backend at `url`."""
    from io import StringIO

    from langbot import cli

    settings = {
        "LANGBOT_BACKEND": "sagemaker",
        "LANGBOT_SAGEMAKER_ENDPOINT": "tutor-tgi",
        "LANGBOT_SAGEMAKER_FORMAT": "generate",
        "AWS_REGION": "eu-west-1",
        "LANGBOT_FAST_PATH": "off",
        "AWS_ENDPOINT_URL_SAGEMAKER_RUNTIME": url,
    }
    for name, value in {**settings, **env}.items():
        monkeypatch.setenv(name, value)
    out = StringIO()
    code = cli.main(["grade", "greetings", "2", "Yo bien", "--json"], out=out)
    return code, out.getvalue()


def _notes(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("langbot: ")]


AWS_FAULTS = [
    (400, "ValidationError", "Endpoint tutor-tgi of account 123456789012 not found.", 1),
    (424, "ModelError", "Received server error (500) from primary", 1),
    (403, "UnrecognizedClientException", "The security token included is invalid.", 1),
    (400, "ExpiredTokenException", "The security token included in the request is expired", 1),
    (503, "ServiceUnavailable", "Service unavailable", 1),
    (400, "ThrottlingException", "Rate exceeded", 2),  # one quick retry, throttling only
]


@pytest.mark.integration
@pytest.mark.parametrize(("status", "code", "message", "requests"), AWS_FAULTS)
def test_an_aws_fault_in_a_one_shot_grade_is_one_clear_line_and_one_request(
    monkeypatch, capsys, status, code, message, requests
) -> None:
    server = SimEndpoint([])
    server.fail_with(status, code, message)
    try:
        exit_code, out = _grade_once(monkeypatch, server.url)
    finally:
        server.close()
    assert exit_code == 0
    builtin = Tutor(LESSONS).grade("greetings", 2, 1, "Yo bien")
    assert json.loads(out) == builtin.model_dump()  # the contract object, from the built-in engine
    assert len(server.paths) == requests  # bounded: no retry but one for throttling
    (note,) = _notes(capsys.readouterr().err)
    assert "simple mode" in note and "the built-in engine answered" in note
    assert (message if code != "ThrottlingException" else "throttling") in note


@pytest.mark.integration
def test_a_hung_endpoint_in_a_one_shot_grade_is_one_request_bounded_by_the_read_timeout(
    hung, monkeypatch, capsys
) -> None:
    exit_code, out = _grade_once(monkeypatch, hung.url, LANGBOT_READ_TIMEOUT="0.5")
    assert exit_code == 0 and json.loads(out)["nextStep"] == 2
    assert len(hung.calls("/invocations")) == 1  # a read timeout is never retried
    (note,) = _notes(capsys.readouterr().err)
    assert "did not answer in time" in note and "simple mode" in note
