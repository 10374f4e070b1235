"""Benchmark: the LLM chain's overhead, prompt growth, time to first token, fast-path share.

Run: python benchmarks/bench_chain.py   (or python benchmarks/run_all.py for everything)
Targets: chain overhead under 10 ms at the median; the first reply token reaches the
caller within 20 ms of its emission; prompt size flat with session length.
No network: the SageMaker generate path runs against an in-process simulated endpoint.
"""

import io
import os
import statistics
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("AWS_ACCESS_KEY_ID", "bench")
os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "bench")

from fakes import FakeStreamingClient, generate_body, generate_stream, model_output, tokens_of  # noqa: E402

from langbot.config import Settings  # noqa: E402
from langbot.grader import grade_answer  # noqa: E402
from langbot.lessons import load_lessons  # noqa: E402
from langbot.llm.chain import build_inputs  # noqa: E402
from langbot.llm.prompts import load_prompts  # noqa: E402
from langbot.service import build_judge  # noqa: E402
from langbot.tutor import Tutor  # noqa: E402

LESSONS = load_lessons()
OUTPUT = model_output(
    False,
    "¡Casi! Piensa en el verbo llamarse y dime tu nombre, por favor.",
    "context",
    ["Say your name."],
)
SETTINGS = Settings(
    backend="sagemaker", sagemaker_endpoint="bench", aws_region="eu-west-1", fast_path=False
)


def _events(tokens: list[str]) -> list[dict]:
    """One PayloadPart per TGI event, as SageMaker forwards them."""
    data = generate_stream(tokens)
    return [{"PayloadPart": {"Bytes": line + b"\n\n"}} for line in data.split(b"\n\n") if line]


class _SlowInvokeClient:
    """A simulated non-streaming endpoint: answers once the whole reply is generated."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def invoke_endpoint(self, **params):
        time.sleep(self.seconds)
        return {
            "Body": io.BytesIO(generate_body(OUTPUT).encode()),
            "ContentType": "application/json",
        }


def _conv(tutor: Tutor, attempt: int = 1):
    return tutor.start("greetings").model_copy(update={"step": 2, "attempt": attempt})


def bench_overhead(rounds: int = 300) -> tuple[float, float]:
    """Median and p95 ms per turn with a zero-latency model (everything but the model call)."""
    client = FakeStreamingClient()
    tutor = Tutor(LESSONS, build_judge(SETTINGS, client=client))
    events = _events(tokens_of(OUTPUT))
    conv = _conv(tutor)
    samples = []
    for _ in range(rounds):
        client.enqueue(events)
        start = time.perf_counter()
        tutor.respond(conv, "Yo bien")
        samples.append(time.perf_counter() - start)
    samples.sort()
    return statistics.median(samples) * 1000, samples[int(len(samples) * 0.95)] * 1000


def bench_prompt_growth() -> tuple[int, int, int, int]:
    """Prompt chars at transcript turns 5 and 40 of one session, and a whole-transcript baseline."""
    prompts, tutor = load_prompts(), Tutor(LESSONS)
    lesson = LESSONS["greetings"]
    conv, states = tutor.start("greetings"), []
    while not conv.completed:
        states.append(conv)
        conv = tutor.respond(conv, "no sé, perdón").conversation

    def chars(c) -> int:
        return sum(
            len(m.content)
            for m in prompts.for_attempt(c.attempt)
            .invoke(build_inputs(lesson, c, "Soy de Madrid."))
            .to_messages()
        )

    def naive(c) -> int:  # what sending the whole transcript would cost
        system = (
            prompts.for_attempt(c.attempt).invoke(build_inputs(lesson, c, "x")).to_messages()[0]
        )
        return len(system.content) + sum(len(t.text) + 10 for t in c.transcript)

    at5 = next(c for c in states if len(c.transcript) >= 5)
    at40 = next(c for c in states if len(c.transcript) >= 40)
    return chars(at5), chars(at40), naive(at5), naive(at40)


def bench_first_token(attempt: int, rate: float = 30.0, first: float = 0.150) -> dict[str, float]:
    """Time to first reply token through the streaming path vs a non-streaming call."""
    tokens = tokens_of(OUTPUT)
    client = FakeStreamingClient(delay=1 / rate, first_delay=first).enqueue(_events(tokens))
    tutor = Tutor(LESSONS, build_judge(SETTINGS, client=client))
    start = time.perf_counter()
    stream = tutor.stream(_conv(tutor, attempt), "Yo bien")
    lag = ttft = None
    for _ in stream:
        if ttft is None:
            now = time.perf_counter()
            ttft, lag = now - start, now - client.emitted[-1]
    full = time.perf_counter() - start
    slow = Tutor(LESSONS, build_judge(SETTINGS, client=_SlowInvokeClient(full), streaming=False))
    start = time.perf_counter()
    list(slow.stream(_conv(slow, attempt), "Yo bien"))
    blocking = time.perf_counter() - start
    return {
        "ttft": ttft * 1000,
        "lag": lag * 1000,
        "full": full * 1000,
        "ratio": ttft / full,
        "blocking": blocking * 1000,
    }


def bench_fast_path() -> str:
    """Share of the shipped evaluation answers the fast path answers with no model call."""
    path = ROOT / "tests" / "data" / "grader_cases.yaml"
    if not path.is_file():
        return "tests/data/grader_cases.yaml is absent: no fast-path figure"
    rows = yaml.safe_load(path.read_text(encoding="utf-8"))
    certain = sum(grade_answer(LESSONS[r["lesson"]], r["step"], r["text"]).certain for r in rows)
    return f"{certain}/{len(rows)} answers ({certain / len(rows):.0%}) need no model call"


if __name__ == "__main__":
    median, p95 = bench_overhead()
    print(
        f"chain overhead: {median:.2f} ms median, {p95:.2f} ms p95 per turn "
        f"(zero-latency model; target < 10 ms median)"
    )
    p5, p40, n5, n40 = bench_prompt_growth()
    print(
        f"prompt growth: {p5} chars at turn 5, {p40} at turn 40 ({p40 / p5 - 1:+.0%}); "
        f"whole-transcript baseline {n5} -> {n40} ({n40 / n5 - 1:+.0%})"
    )
    for attempt, label in ((3, "unguarded (attempt 3)"), (1, "leak-guarded (attempt 1)")):
        r = bench_first_token(attempt)
        print(
            f"time to first token, {label}: {r['ttft']:.0f} ms of {r['full']:.0f} ms "
            f"(ratio {r['ratio']:.2f}); first reply token reached the caller "
            f"{r['lag']:.1f} ms after its emission; non-streaming call: first text at "
            f"{r['blocking']:.0f} ms (ratio 1.00)"
        )
    print(f"fast path share: {bench_fast_path()}")
