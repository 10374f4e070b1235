"""Benchmark: grading one turn on the built-in engine, and loading every lesson.

Run: python benchmarks/bench_core.py   (or python benchmarks/run_all.py for everything)
Targets: grading under 1 ms at the median; loading all lessons under 100 ms.
"""

import statistics
import subprocess
import sys
import time

from langbot.grading import grade_answer
from langbot.grading.language import warm_up
from langbot.lessons import load_lessons


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def bench_load(rounds: int = 20) -> float:
    """Median wall time to load and validate every lesson file, in ms."""
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        load_lessons()
        samples.append(time.perf_counter() - start)
    return _median_ms(samples)


_COLD = (
    "import time; from langbot.lessons import load_lessons; "
    "t = time.perf_counter(); load_lessons(); print(time.perf_counter() - t)"
)


def bench_cold_load(rounds: int = 5) -> float:
    """Median time to load every lesson in a fresh process (no warm caches), in ms."""
    samples = [
        float(
            subprocess.run(
                [sys.executable, "-c", _COLD], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(rounds)
    ]
    return _median_ms(samples)


def bench_grade(rounds: int = 20) -> tuple[float, float, int]:
    """Median and p95 time to grade one turn, over every step's right and wrong answers."""
    lessons = load_lessons()
    warm_up()
    turns = []
    for lesson in lessons.values():
        for number, step in enumerate(lesson.steps, 1):
            turns += [
                (lesson, number, step.model_answer),
                (lesson, number, "me gusta los libro"),
                (lesson, number, "My name is Ana"),
                (lesson, number, "¿Qué hora es?"),
            ]
    for lesson, number, text in turns:  # first use builds per-step caches, as a real session does
        grade_answer(lesson, number, text)
    samples = []
    for _ in range(rounds):
        for lesson, number, text in turns:
            start = time.perf_counter()
            grade_answer(lesson, number, text)
            samples.append(time.perf_counter() - start)
    samples.sort()
    return _median_ms(samples), samples[int(len(samples) * 0.95)] * 1000, len(samples)


def main() -> None:
    """Print both figures against their targets."""
    cold_ms = bench_cold_load()
    load_ms = bench_load()
    median, p95, n = bench_grade()
    print(
        f"load all lessons      median {cold_ms:7.2f} ms in a fresh process, "
        f"{load_ms:.2f} ms reloaded   (target < 100 ms)"
    )
    print(
        f"grade one turn        median {median:7.3f} ms   p95 {p95:.3f} ms over {n} turns"
        f"   (target < 1 ms median)"
    )


if __name__ == "__main__":
    main()
