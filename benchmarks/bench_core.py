"""Benchmark: the built-in judge. Grading one turn, loading lessons and the Spanish data,
the worst adversarial input, and the share of held-out turns decided with certainty.

Run: python benchmarks/bench_core.py   (or python benchmarks/run_all.py for everything)
Targets: grading under 2 ms at the median; loading lessons and vocabulary under 300 ms in a
fresh process; any input of up to 500 characters graded in under 50 ms; at least 60% of
held-out turns decided with certainty (no model call needed on an LLM backend).
"""

import statistics
import subprocess
import sys
import time

from langbot.evaluation import HELDOUT_DIR, load_eval_set
from langbot.grading import grade_answer, warm_up
from langbot.lessons import load_lessons

ADVERSARIAL = [
    "¿" * 499 + "a",
    "hola" + "," * 496,
    "hola" + "-" * 496,
    "Mi número es 6, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0",
    ("uno, dos, " * 50)[:500],
    ("me llamo " * 60)[:500],
    ("de la de la " * 50)[:500],
    ("las siete y media " * 30)[:500],
    ("el café con leche y " * 30)[:500],
    ("Me gusta el rock, el pop y el jazz " * 15)[:500],
    "a" * 500,
]


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


_COLD = (
    "import time; t0 = time.perf_counter(); "
    "from langbot.lessons import load_lessons; from langbot.grading.knowledge import knowledge; "
    "t1 = time.perf_counter(); load_lessons(); knowledge(); t2 = time.perf_counter(); "
    "print(t1 - t0, t2 - t1)"
)


def bench_cold_load(rounds: int = 5) -> tuple[float, float]:
    """Median import time, and time to load every lesson and the vocabulary, in a fresh
    process, in ms."""
    runs = [
        subprocess.run(
            [sys.executable, "-c", _COLD], capture_output=True, text=True, check=True
        ).stdout.split()
        for _ in range(rounds)
    ]
    return _median_ms([float(a) for a, _ in runs]), _median_ms([float(b) for _, b in runs])


def bench_grade(lessons, rounds: int = 20) -> tuple[float, float, int]:
    """Median and p95 time to grade one turn, over every step's right and wrong answers."""
    turns = []
    for lesson in lessons.values():
        for number, step in enumerate(lesson.steps, 1):
            turns += [
                (lesson, number, step.model_answer),
                (lesson, number, "Hola, me gusta los libro y también soy de Nueva York, gracias"),
                (lesson, number, "My name is Ana"),
                (lesson, number, "¿Qué hora es?"),
            ]
    samples = []
    for _ in range(rounds):
        for lesson, number, text in turns:
            start = time.perf_counter()
            grade_answer(lesson, number, text)
            samples.append(time.perf_counter() - start)
    samples.sort()
    return _median_ms(samples), samples[int(len(samples) * 0.95)] * 1000, len(samples)


def bench_adversarial(lessons) -> tuple[float, str]:
    """The slowest of the adversarial inputs on any step, in ms."""
    worst, which = 0.0, ""
    for text in ADVERSARIAL:
        for lesson in lessons.values():
            for number in range(1, len(lesson.steps) + 1):
                start = time.perf_counter()
                grade_answer(lesson, number, text)
                took = time.perf_counter() - start
                if took > worst:
                    worst, which = took, f"{lesson.id} step {number}: {text[:24]!r}…"
    return worst * 1000, which


def certain_share(lessons) -> tuple[float, int]:
    """The share of held-out answers the grader decides with certainty."""
    rows = load_eval_set(HELDOUT_DIR)
    certain = sum(grade_answer(lessons[r.lesson], r.step, r.text).certain for r in rows)
    return certain / len(rows), len(rows)


def main() -> None:
    """Print every figure against its target."""
    import_ms, cold_ms = bench_cold_load()
    lessons = load_lessons()
    start = time.perf_counter()
    warm_up(lessons)
    warm_s = time.perf_counter() - start
    median, p95, n = bench_grade(lessons)
    worst, which = bench_adversarial(lessons)
    share, rows = certain_share(lessons)
    print(
        f"load lessons + vocabulary  {cold_ms:7.1f} ms in a fresh process   (target < 300 ms; "
        f"importing the modules first takes {import_ms:.0f} ms more)"
    )
    print(f"warm-up (background)       {warm_s * 1000:7.1f} ms: compiles every step's patterns")
    print(
        f"grade one turn             median {median:6.3f} ms   p95 {p95:.3f} ms over {n} turns"
        "   (target < 2 ms median)"
    )
    print(f"worst adversarial input    {worst:7.2f} ms   ({which})   (target < 50 ms)")
    print(f"decided with certainty     {share:7.1%} of {rows} held-out answers   (target >= 60%)")


if __name__ == "__main__":
    main()
