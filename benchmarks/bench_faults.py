"""Benchmark: the learner's wait in each fault mode, and on the next turn while the circuit
breaker is open. Real botocore against a simulated TGI endpoint on 127.0.0.1.

Run: python benchmarks/bench_faults.py   (or python benchmarks/run_all.py for everything)
Targets: no fault mode keeps a learner waiting past the verdict deadline (6 s) when
streaming, or the read timeout (6 s) without streaming; on a hung endpoint, at most 8 s
for the first turn and at most 1 s for each turn after it (the breaker opens on the first
timeout), in both modes; once the endpoint answers again, turns use it again within
seconds. Before issue 9, a non-streaming hang cost 43 s; before issue 17, three
non-streaming turns on a hung endpoint cost 45 s here (15 s each), three streaming ones 18 s.
"""

import json
import logging
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))  # the simulated endpoint is shared with the tests
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("AWS_ACCESS_KEY_ID", "bench")
os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "bench")

from sim_endpoint import SimEndpoint, llama3_tokens  # noqa: E402

from langbot.config import Settings  # noqa: E402
from langbot.conversation import Conversation  # noqa: E402
from langbot.lessons import load_lessons  # noqa: E402
from langbot.llm.backends import client as aws_client  # noqa: E402
from langbot.tutor import Tutor  # noqa: E402
from langbot.wiring import build_judge  # noqa: E402

LESSONS = load_lessons()
OUTPUT = json.dumps(
    {
        "category": "grammar",
        "reply": "¡Casi! Mira el verbo: habla de ti (use the yo form).",
        "errors": ["The verb form is for tú, not for yo."],
    },
    ensure_ascii=False,
    separators=(",", ":"),
)
MODES = [
    ("throttling (400 ThrottlingException)", "throttle", True),
    ("model error (424 from TGI)", "model_error", True),
    ("45 s hang, streaming", "hang", True),
    ("45 s hang, non-streaming", "hang", False),
    ("keep-alive-only stream", "keep_alive", True),
    ("garbage output", "garbage", True),
    ("healthy endpoint, streaming", "ok", True),
]


def _settings(**overrides) -> Settings:
    values = {
        "backend": "sagemaker",
        "sagemaker_endpoint": "bench-tgi",
        "aws_region": "eu-west-1",
        "fast_path": False,
        "sagemaker_format": "generate",
    }
    return Settings(**{**values, **overrides})


def _wait(tutor: Tutor) -> tuple[float, str]:
    conv = Conversation(lesson_id="greetings", step=2)
    start = time.perf_counter()
    outcome = tutor.respond(conv, "Me llamas Tom")
    return time.perf_counter() - start, outcome.source


def bench_fault_modes(sim: SimEndpoint) -> list[tuple[str, float, str, int]]:
    """Seconds the learner waits for a turn in each fault mode, the source and the calls."""
    rows = []
    for label, mode, streaming in MODES:
        sim.mode, before = mode, sim.hits
        aws_client._clients.clear()
        judge = build_judge(_settings(breaker_threshold=100), streaming=streaming)
        judge.breaker.background = False  # its probes would count as the next mode's calls
        seconds, source = _wait(Tutor(LESSONS, judge))
        rows.append((label, seconds, source, sim.hits - before))
    return rows


def bench_hang_in_a_row(sim: SimEndpoint, streaming: bool) -> tuple[list[float], int]:
    """Seconds for each of three turns in a row on a hung endpoint (default settings), and
    the calls the turns made to it (the background probe's are not counted)."""
    aws_client._clients.clear()
    judge = build_judge(_settings(), streaming=streaming)
    judge.breaker.background = False  # the probe would add its own calls to the count
    tutor = Tutor(LESSONS, judge)
    sim.mode, before = "hang", sim.hits
    waits = [_wait(tutor)[0] for _ in range(3)]
    calls = sim.hits - before
    judge.breaker.stop()
    return waits, calls


def bench_recovery(sim: SimEndpoint, outage: float, limit: float = 60.0) -> tuple[float, float]:
    """A hang opens the breaker; the endpoint answers again `outage` seconds later. Seconds
    from then until the breaker closed, and until a turn (one every 0.25 s) was the model's."""
    aws_client._clients.clear()
    tutor = Tutor(LESSONS, build_judge(_settings()))
    sim.mode = "hang"
    _wait(tutor)
    time.sleep(outage)
    sim.mode, start = "ok", time.perf_counter()
    closed = None
    while time.perf_counter() - start < limit:
        if closed is None and not tutor.judge.breaker.is_open:
            closed = time.perf_counter() - start
        if _wait(tutor)[1] == "sagemaker":
            break
        time.sleep(0.25)
    seconds = time.perf_counter() - start
    tutor.judge.breaker.stop()
    return (seconds if closed is None else closed), seconds


def bench_breaker(sim: SimEndpoint) -> tuple[float, float, int]:
    """Wait on a faulty turn, then on the next turn once three faults opened the breaker."""
    aws_client._clients.clear()
    tutor = Tutor(LESSONS, build_judge(_settings(breaker_threshold=3, breaker_cooldown=60)))
    sim.mode = "model_error"
    faulty = [_wait(tutor)[0] for _ in range(3)]
    sim.mode, before = "hang", sim.hits  # the outage goes on: a call would hang
    seconds, _ = _wait(tutor)
    tutor.judge.breaker.stop()
    return max(faulty), seconds, sim.hits - before


if __name__ == "__main__":
    logging.getLogger().addHandler(logging.NullHandler())  # the fallbacks log each fault
    _wait(Tutor(LESSONS))  # warm the built-in grader, which every fallback uses
    sim = SimEndpoint(llama3_tokens(OUTPUT), prefill=0.15, rate=30.0)
    os.environ["AWS_ENDPOINT_URL_SAGEMAKER_RUNTIME"] = sim.url
    try:
        print("learner's wait per fault mode (verdict deadline 6 s, reply 10 s, read 6 s):")
        for label, seconds, source, calls in bench_fault_modes(sim):
            print(f"  {label:<38} {seconds:6.2f} s  ({source}, {calls} call(s) to the endpoint)")
        faulty, next_turn, calls = bench_breaker(sim)
        print(
            f"circuit breaker: faulty turns took up to {faulty:.2f} s; with the breaker open the "
            f"next turn took {next_turn * 1000:.1f} ms with {calls} call(s) to the endpoint"
        )
        print("a hung endpoint, three turns in a row (default settings; target 8 s, then 1 s):")
        for streaming in (True, False):
            waits, calls = bench_hang_in_a_row(sim, streaming)
            label = "streaming" if streaming else "non-streaming (grade, batch)"
            print(
                f"  {label:<32} first hung turn {waits[0]:5.2f} s, next turns "
                + ", ".join(f"{w * 1000:.1f} ms" for w in waits[1:])
                + f" (total {sum(waits):.2f} s, {calls} call(s) to the endpoint)"
            )
        print("recovery: probes 1 s after the breaker opened, then doubling waits up to 30 s:")
        for outage in (0.0, 20.0):
            closed, judged = bench_recovery(sim, outage)
            print(
                f"  endpoint back {outage:.0f} s after the breaker opened: breaker closed "
                f"{closed:.2f} s later, the model judged a turn {judged:.2f} s later"
            )
    finally:
        sim.close()
