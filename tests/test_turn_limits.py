"""Every turn is bounded: the turn deadline (checked on keep-alives too), the response body
closed on every early exit, botocore's retries narrowed to one quick throttling retry, the
circuit breaker, and empty streams falling back like any other fault."""

import json
import threading
import time

import pytest
from fakes import (
    KEEP_ALIVE,
    FakeClock,
    FakeStreamingClient,
    chat_stream,
    client_error,
    generate_stream,
    model_output,
    read_timeout,
    split_parts,
    stream_cut,
    tokens_of,
)
from fakes import sagemaker_settings as settings
from werkzeug import Response

from langbot.errors import BackendUnresponsive
from langbot.lessons import load_lessons
from langbot.llm import health
from langbot.llm.backends import client as aws_client
from langbot.llm.breaker import CircuitBreaker, breaker_open
from langbot.llm.chain import LLMJudge, build_chain
from langbot.llm.prompts import load_prompts
from langbot.tutor import FALLBACK_SOURCE, Conversation, Tutor
from langbot.wiring import build_judge

LESSONS = load_lessons()
REPLY = "¡Casi! Piensa en el verbo llamarse y dime tu nombre, por favor."
GOOD = generate_stream(tokens_of(model_output(False, REPLY, "context")))


pytestmark = pytest.mark.usefixtures("fake_aws")


def _judge(client, clock=None, **overrides) -> LLMJudge:
    judge = build_judge(settings(**overrides), client=client)
    if clock is not None:
        judge.clock = clock
    return judge


def _turn(judge, text="Yo bien", step=2, attempt=1):
    tutor = Tutor(LESSONS, judge)
    conv = Conversation(lesson_id="greetings", step=step, attempt=attempt)
    stream = tutor.stream(conv, text)
    shown = list(stream)
    return shown, stream.outcome


# ---- the turn deadline ---------------------------------------------------------------------


def test_a_keep_alive_only_stream_ends_at_the_verdict_deadline() -> None:
    clock = FakeClock()
    client = FakeStreamingClient(clock=clock, tick=15.0)  # TGI's keep-alive every 15 s
    client.enqueue([{"PayloadPart": {"Bytes": KEEP_ALIVE}}] * 20)
    start = clock()
    shown, outcome = _turn(_judge(client, clock, verdict_deadline=6, reply_deadline=15))
    assert outcome.source == FALLBACK_SOURCE and shown
    assert clock() - start <= 6 + 15  # stopped at the first keep-alive past 6 s, not after 20
    assert client.bodies[0].closed


def test_a_crawling_reply_ends_at_the_reply_deadline() -> None:
    clock = FakeClock()
    parts = [{"PayloadPart": {"Bytes": line + b"\n\n"}} for line in GOOD.split(b"\n\n") if line]
    client = FakeStreamingClient(clock=clock, tick=0.5).enqueue(parts)  # 2 tokens a second
    shown, outcome = _turn(_judge(client, clock, verdict_deadline=6, reply_deadline=10))
    assert outcome.source == FALLBACK_SOURCE  # the verdict came in time, the reply did not
    assert client.bodies[0].closed
    assert clock() - 1000.0 <= 10 + 0.5


def test_deadlines_are_configurable_and_a_fast_reply_is_untouched() -> None:
    clock = FakeClock()
    client = FakeStreamingClient(clock=clock, tick=0.001).enqueue(split_parts(GOOD, 9))
    shown, outcome = _turn(_judge(client, clock, verdict_deadline=1, reply_deadline=3))
    assert "".join(shown) == REPLY and outcome.source == "sagemaker"


@pytest.mark.parametrize(
    ("output", "text"),
    [
        (
            model_output(False, "Casi. Se dice me llamo Tom, ¿vale? Otra vez.", "grammar"),
            "Me llamas Tom",
        ),
        (model_output(True, "¡Muy bien! Londres es bonita."), "Yo es de Londres."),
    ],
    ids=["leak", "disagreement"],
)
def test_the_body_is_closed_on_every_early_exit(output, text) -> None:
    client = FakeStreamingClient().enqueue(split_parts(generate_stream(tokens_of(output)), 4))
    _, outcome = _turn(_judge(client), text=text, step=3 if "Londres" in text else 2)
    assert outcome.source == "sagemaker" and client.bodies[0].closed


# ---- retries through real botocore ---------------------------------------------------------


def _endpoint(httpserver, monkeypatch, handler) -> list[float]:
    hits: list[float] = []

    def counting(request):
        hits.append(time.monotonic())
        return handler(request)

    httpserver.expect_request("/endpoints/tutor-tgi/invocations").respond_with_handler(counting)
    monkeypatch.setenv("AWS_ENDPOINT_URL_SAGEMAKER_RUNTIME", httpserver.url_for("/"))
    return hits


def _throttled(request):
    return Response(
        json.dumps({"message": "Rate exceeded"}),
        status=400,
        headers={"x-amzn-ErrorType": "ThrottlingException"},
        content_type="application/json",
    )


@pytest.mark.integration
def test_throttling_is_retried_once_then_falls_back(httpserver, monkeypatch) -> None:
    hits = _endpoint(httpserver, monkeypatch, _throttled)
    _, outcome = _turn(build_judge(settings(), streaming=False))
    assert outcome.source == FALLBACK_SOURCE and len(hits) == 2


@pytest.fixture
def threaded_server():
    """An HTTP server that answers requests in parallel (a retry is not queued behind a hang)."""
    from pytest_httpserver import HTTPServer

    server = HTTPServer(threaded=True)
    server.start()
    yield server
    server.clear()
    server.stop()


@pytest.mark.integration
def test_a_read_timeout_is_never_retried(threaded_server, monkeypatch) -> None:
    httpserver = threaded_server
    release = threading.Event()

    def hang(request):
        release.wait(5)
        return Response("[]", content_type="application/json")

    hits = _endpoint(httpserver, monkeypatch, hang)
    try:
        _, outcome = _turn(build_judge(settings(read_timeout=0.3), streaming=False))
        time.sleep(0.5)  # room for a retry to arrive, if one were sent
        assert outcome.source == FALLBACK_SOURCE and len(hits) == 1
    finally:
        release.set()


@pytest.mark.integration
def test_a_model_error_is_not_retried(httpserver, monkeypatch) -> None:
    def failing(request):
        return Response(
            json.dumps({"ErrorCode": "CLIENT_ERROR_FROM_MODEL", "Message": "boom"}),
            status=424,
            headers={"x-amzn-ErrorType": "ModelError"},
            content_type="application/json",
        )

    hits = _endpoint(httpserver, monkeypatch, failing)
    _, outcome = _turn(build_judge(settings(), streaming=False))
    assert outcome.source == FALLBACK_SOURCE and len(hits) == 1


def test_streams_read_at_most_until_the_verdict_deadline() -> None:
    s = settings(read_timeout=15, verdict_deadline=6)
    assert aws_client.stream_read_timeout(s) == 6
    assert (
        aws_client.make_client(s, aws_client.stream_read_timeout(s)).meta.config.read_timeout == 6
    )


# ---- the circuit breaker -------------------------------------------------------------------


def _breaking_judge(client, probe):
    chain_judge = build_judge(settings(), client=client)
    breaker = CircuitBreaker("sagemaker", probe, threshold=3, cooldown=30, background=False)
    chain_judge.breaker = breaker
    return chain_judge, breaker


def test_repeated_faults_open_the_breaker_and_the_next_turn_makes_no_call() -> None:
    throttled = client_error("ThrottlingException", "Rate exceeded", 400)
    client = FakeStreamingClient().enqueue(throttled, throttled, throttled)
    up = {"ok": False}

    def probe():
        if not up["ok"]:
            raise ConnectionError("still down")

    judge, breaker = _breaking_judge(client, probe)
    for _ in range(3):
        assert _turn(judge)[1].source == FALLBACK_SOURCE
    assert breaker.is_open and breaker_open("sagemaker") and len(client.calls) == 3
    assert "simple mode" in health.describe_backend(settings())
    _, outcome = _turn(judge)
    assert outcome.source == FALLBACK_SOURCE and len(client.calls) == 3  # no model call
    assert outcome.messages[0].kind == "notice"
    assert breaker.probe_once() is False and breaker.is_open
    up["ok"] = True
    assert breaker.probe_once() is True and not breaker_open("sagemaker")
    client.enqueue(split_parts(GOOD, 9))
    shown, outcome = _turn(judge)
    assert outcome.source == "sagemaker" and "".join(shown) == REPLY


HALF = split_parts(GOOD, 9)[: len(split_parts(GOOD, 9)) // 2]  # the verdict and some reply


@pytest.mark.parametrize(
    ("fault", "tick", "turns_to_open"),
    [
        (client_error("ThrottlingException", "Rate exceeded", 400), 0, 3),  # throttles: 3
        (read_timeout(), 0, 1),  # no first byte in time: the next call would hang as well
        ([{"PayloadPart": {"Bytes": KEEP_ALIVE}}] * 3, 4.0, 1),  # no verdict within 6 s
        ([*HALF, read_timeout()], 0, 1),  # the reply stalls after the verdict
        ([stream_cut()], 0, 3),  # a stream cut before the verdict is not a hang
    ],
    ids=["throttle", "read-timeout", "verdict-deadline", "stall-mid-reply", "stream-cut"],
)
def test_a_timeout_opens_the_breaker_at_once_other_faults_after_three(
    fault, tick, turns_to_open
) -> None:
    clock = FakeClock()
    client = FakeStreamingClient(clock=clock, tick=tick).enqueue(*[fault] * 3)
    judge, breaker = _breaking_judge(client, lambda: None)
    judge.clock = clock
    opened_after = None
    for turn in range(1, 4):
        shown, outcome = _turn(judge)
        assert outcome.source == FALLBACK_SOURCE
        if breaker.is_open and opened_after is None:
            opened_after = turn
    assert opened_after == turns_to_open
    assert len(client.calls) == turns_to_open  # no model call once it is open


@pytest.mark.parametrize(
    ("trips", "cooldown", "waits"),
    [
        (1, 30, [1, 2, 4, 8, 16, 30, 30]),
        (1, 3, [1, 2, 3, 3]),
        (3, 30, [4, 8, 16, 30]),  # reopened twice with no turn answered: start later
    ],
)
def test_probes_start_soon_and_back_off_to_the_cool_down(trips, cooldown, waits) -> None:
    breaker = CircuitBreaker("waits-test", lambda: None, cooldown=cooldown, background=False)
    breaker.trips = trips
    got = breaker.probe_waits()
    assert [next(got) for _ in waits] == waits


def test_a_probe_closes_the_breaker_but_only_a_turn_resets_the_back_off() -> None:
    breaker = CircuitBreaker("trips-test", lambda: None, background=False)
    breaker.record_failure(BackendUnresponsive("hung"))
    assert breaker.probe_once() and not breaker.is_open
    breaker.record_failure(BackendUnresponsive("hung again"))
    assert breaker.trips == 2 and next(breaker.probe_waits()) == 2
    breaker.record_success()
    assert breaker.trips == 0 and not breaker.is_open


def test_a_success_resets_the_count_of_faults() -> None:
    throttled = client_error("ThrottlingException", "Rate exceeded", 400)
    client = FakeStreamingClient().enqueue(throttled, throttled, split_parts(GOOD, 9), throttled)
    judge, breaker = _breaking_judge(client, lambda: None)
    for _ in range(4):
        _turn(judge)
    assert not breaker.is_open and breaker.failures == 1


def test_the_background_probe_closes_the_breaker_when_the_endpoint_recovers() -> None:
    calls = []
    recovered = threading.Event()

    def probe():
        calls.append(1)
        if len(calls) < 2:
            raise ConnectionError("still down")
        recovered.set()

    breaker = CircuitBreaker("probe-test", probe, threshold=1, cooldown=0.01)
    breaker.record_failure()
    assert breaker.is_open
    assert recovered.wait(5)
    breaker._thread.join(5)
    assert not breaker.is_open and len(calls) == 2


def test_a_breaker_that_reopens_as_its_probe_succeeds_is_still_probed() -> None:
    """A turn times out just as the probe closed the breaker: it must not stay open unprobed."""
    calls = []

    class Racing(CircuitBreaker):
        def _close(self) -> None:
            super()._close()
            if len(calls) == 1:  # the turn's timeout lands before the probe thread ends
                self.record_failure(BackendUnresponsive("hung again"))

    breaker = Racing("race-test", lambda: calls.append(1), first_probe=0.01, cooldown=0.05)
    breaker.record_failure(BackendUnresponsive("hung"))
    deadline = time.monotonic() + 5
    while breaker.is_open and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not breaker.is_open and len(calls) == 2
    breaker.stop()


def test_without_a_probe_one_trial_turn_passes_after_the_cool_down() -> None:
    clock = FakeClock()
    breaker = CircuitBreaker("trial-test", None, threshold=2, cooldown=30, clock=clock)
    breaker.record_failure()
    breaker.record_failure()
    assert not breaker.allow()
    clock.advance(31)
    assert breaker.allow() and not breaker.allow()  # one trial, then closed again until it ends


# ---- empty streams -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "data"),
    [
        ("generate", generate_stream([])),  # only the end-of-text token
        ("messages", chat_stream([""])),  # an empty delta, then [DONE]
        ("messages", b"data: [DONE]\n\n"),
    ],
    ids=["generate-eos-only", "messages-empty-delta", "messages-done-only"],
)
def test_an_empty_stream_falls_back_like_any_fault(fmt, data) -> None:
    client = FakeStreamingClient().enqueue(split_parts(data, 6))
    shown, outcome = _turn(_judge(client, sagemaker_format=fmt))
    assert outcome.source == FALLBACK_SOURCE and shown


def test_the_chain_judge_also_times_out_without_a_backend_loop() -> None:
    from fakes import scripted

    clock = FakeClock()

    class SlowScripted(type(scripted())):
        def _stream(self, *args, **kwargs):
            for chunk in super()._stream(*args, **kwargs):
                clock.advance(1.0)
                yield chunk

    model = SlowScripted(responses=[model_output(False, REPLY, "context")], prompts=[])
    judge = LLMJudge(
        "sagemaker", build_chain(load_prompts(), model), False, True, None, 6, 8, clock
    )
    _, outcome = _turn(judge)
    assert outcome.source == FALLBACK_SOURCE
