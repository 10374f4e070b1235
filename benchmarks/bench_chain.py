"""Benchmark: the LLM chain's overhead, prompt growth and prompt tokens (a real Llama 3
tokenizer), time to first reply text over the full reply, and the fast-path share.

Run: python benchmarks/bench_chain.py   (or python benchmarks/run_all.py for everything)
Targets: chain overhead under 10 ms at the median; prompt size flat with session length;
time to first reply text at or below 0.15 of the full reply for a full-length reply. Short
and typical replies cannot reach 0.15: the prefill plus the verdict's 7 tokens (233 ms at
30 tokens/s) alone are more than 15% of a 42-token turn.
No network: the overhead runs against an in-process fake; the first-text figures run real
botocore against a simulated TGI endpoint on 127.0.0.1 streaming real Llama 3 tokens.
"""

import json
import logging
import os
import statistics
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))
os.environ.setdefault("AWS_ACCESS_KEY_ID", "bench")
os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "bench")

from fakes import FakeStreamingClient, generate_stream, model_output, tokens_of  # noqa: E402
from sim_endpoint import SimEndpoint, llama3_tokens  # noqa: E402

from langbot.config import Settings  # noqa: E402
from langbot.grading import grade_answer  # noqa: E402
from langbot.lessons import load_lessons  # noqa: E402
from langbot.llm.backends import client as aws_client  # noqa: E402
from langbot.llm.chain import build_inputs  # noqa: E402
from langbot.llm.prompts import load_prompts  # noqa: E402
from langbot.tutor import Conversation, Tutor  # noqa: E402
from langbot.wiring import build_judge  # noqa: E402

LESSONS = load_lessons()
OUTPUT = model_output(
    False,
    "¡Casi! Piensa en el verbo llamarse y dime tu nombre, por favor.",
    "context",
    ["Say your name."],
)
SETTINGS = Settings(
    backend="sagemaker",
    sagemaker_endpoint="bench",
    aws_region="eu-west-1",
    fast_path=False,
    sagemaker_format="generate",
)


def _events(tokens: list[str]) -> list[dict]:
    """One PayloadPart per TGI event, as SageMaker forwards them."""
    data = generate_stream(tokens)
    return [{"PayloadPart": {"Bytes": line + b"\n\n"}} for line in data.split(b"\n\n") if line]


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


# What the model writes under our grammar, compact as the prompt's example: the verdict,
# then the reply, then the errors. Short, typical and full-length (the prompt's 40 words).
REPLIES = {
    "short reply (9 words, 1 error)": (
        "¡Casi! Mira el verbo: habla de ti (use the yo form).",
        ["The verb form is for tú, not for yo."],
    ),
    "typical reply (24 words, 1 error)": (
        "¡Casi, Tom! Mira el verbo: cuando hablas de ti, usa la forma de «yo». "
        "Piensa en cómo termina llamarse con «me».",
        ["The verb form is for tú, not for yo."],
    ),
    "full-length reply (40 words, 2 errors)": (
        "¡Casi, Tom! Mira bien el verbo: cuando hablas de ti mismo, usa la forma de «yo», "
        "no la de «tú». Piensa en cómo termina el verbo llamarse con «me» y escribe otra vez "
        "tu frase completa, con tu nombre.",
        [
            "The verb form is for tú, not for yo: with «me», llamarse needs the yo form.",
            "Check the ending of the verb.",
        ],
    ),
}


def compact_output(reply: str, errors: list[str]) -> str:
    """The model's whole output for a wrong answer."""
    data = {"category": "grammar", "reply": reply, "errors": errors}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def bench_first_text(sim: SimEndpoint, output: str, attempt: int = 1) -> dict[str, float]:
    """Time to the first reply text the learner sees, and to the end of the turn."""
    sim.tokens = llama3_tokens(output)
    tutor = Tutor(LESSONS, build_judge(SETTINGS.model_copy(update={"fast_path": False})))
    conv = Conversation(lesson_id="greetings", step=2, attempt=attempt)
    start = time.perf_counter()
    stream = tutor.stream(conv, "Me llamas Tom")
    first = None
    for _ in stream:
        first = first or time.perf_counter() - start
    full = time.perf_counter() - start
    assert stream.outcome.source == "sagemaker", stream.outcome.source
    return {"first": first, "full": full, "ratio": first / full, "tokens": len(sim.tokens)}


def bench_prompt_tokens() -> dict[str, float]:
    """Prompt tokens per turn (real Llama 3 tokenizer), over every step and attempt."""
    import quicktok

    from langbot.llm.backends.sagemaker import _apply_chat_template
    from langbot.llm.templates import template_for

    enc = quicktok.get_encoding("llama3")
    prompts, render = load_prompts(), _apply_chat_template(template_for(SETTINGS.model_id))
    counts, heads = [], []
    for lesson in LESSONS.values():
        for number in range(1, len(lesson.steps) + 1):
            for attempt in (1, 2, 3):
                conv = Conversation(lesson_id=lesson.id, step=number, attempt=attempt)
                value = prompts.for_attempt(attempt).invoke(
                    build_inputs(lesson, conv, "Me llamas Tom")
                )
                counts.append(1 + len(enc.encode(render.invoke(value), allowed_special="all")))
                system = value.to_messages()[0].content
                heads.append(system[: system.index("This lesson:")])
    head = 1 + len(enc.encode(heads[0]))  # the BOS, then the persona and rules
    assert len(set(heads)) == 1, "the fixed head differs between turns"
    return {
        "mean": statistics.mean(counts),
        "max": max(counts),
        "min": min(counts),
        "head": head,
        "turns": len(counts),
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
    t = bench_prompt_tokens()
    print(
        f"prompt tokens per turn (Llama 3 tokenizer, generate format, {t['turns']} turns): "
        f"mean {t['mean']:.0f}, min {t['min']}, max {t['max']}; fixed head shared by every "
        f"turn (TGI prefix cache): {t['head']} tokens"
    )
    logging.getLogger().addHandler(logging.NullHandler())
    for prefill, why in ((0.15, "no prefix-cache hit"), (0.05, "fixed head in TGI's prefix cache")):
        sim = SimEndpoint([], prefill=prefill, rate=30.0)
        os.environ["AWS_ENDPOINT_URL_SAGEMAKER_RUNTIME"] = sim.url
        aws_client._clients.clear()  # a client for this endpoint's URL
        print(
            f"time to first reply text over the full reply ({prefill * 1000:.0f} ms prefill: "
            f"{why}; 30 tokens/s; leak guard on; target <= 0.15):"
        )
        try:
            for label, (reply, errors) in REPLIES.items():
                r = bench_first_text(sim, compact_output(reply, errors))
                print(
                    f"  {label:<40} first text {r['first'] * 1000:4.0f} ms of "
                    f"{r['full'] * 1000:4.0f} ms ({r['tokens']} tokens): ratio {r['ratio']:.2f}"
                )
        finally:
            sim.close()
    print(f"fast path share: {bench_fast_path()}")
