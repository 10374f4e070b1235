"""Compare the built-in judge's speed in two checkouts in one sitting: each grades every
bench_core turn (tuning rows and the step turns, no held-out row) in a fresh process, the
two processes at the same time so that both meet the same load, and the ratios of their
medians, p99s and worst long inputs are printed. On a shared machine the wall time swings
with the load; the CPU time of the grading thread swings less.

Run: python benchmarks/compare_speed.py OLD_CHECKOUT NEW_CHECKOUT [--sittings 2] [--worst]
"""

import argparse
import json
import os
import statistics
import subprocess
import sys

_CHILD = """
import json, statistics, sys, time
sys.path[:0] = [sys.argv[1], sys.argv[1] + "/benchmarks"]
from bench_core import ADVERSARIAL, _long_inputs, _turns
from langbot.grading import grade_answer, warm_up
from langbot.lessons import load_lessons
lessons = load_lessons()
warm_up(lessons)
turns = _turns(lessons)
for lesson, number, text in turns:
    grade_answer(lesson, number, text)
walls, cpus = [], []
for lesson, number, text in turns:
    wall, cpu = time.perf_counter(), time.thread_time()
    grade_answer(lesson, number, text)
    walls.append(time.perf_counter() - wall)
    cpus.append(time.thread_time() - cpu)
worst = 0.0
if sys.argv[2] == "worst":
    for text in ADVERSARIAL + _long_inputs():
        for lesson in lessons.values():
            for number in range(1, len(lesson.steps) + 1):
                runs = []
                for _ in range(3):
                    cpu = time.thread_time()
                    grade_answer(lesson, number, text)
                    runs.append(time.thread_time() - cpu)
                worst = max(worst, statistics.median(runs))
print(json.dumps({"walls": walls, "cpus": cpus, "worst": worst}))
"""


def _start(checkout: str, worst: bool) -> subprocess.Popen:
    """A fresh process grading the turns with the checkout's code."""
    env = {**os.environ, "PYTHONPATH": checkout}
    return subprocess.Popen(
        [sys.executable, "-c", _CHILD, checkout, "worst" if worst else "-"],
        stdout=subprocess.PIPE, text=True, env=env, cwd=checkout,
    )  # fmt: skip


def _figures(process: subprocess.Popen) -> dict[str, float]:
    """The process's median, p99 (wall and CPU) and worst long input, in ms."""
    out, _ = process.communicate()
    if process.returncode:
        raise SystemExit(f"the grading process failed ({process.returncode})")
    data = json.loads(out.splitlines()[-1])
    walls, cpus = sorted(data["walls"]), sorted(data["cpus"])
    p99 = min(len(walls) - 1, int(len(walls) * 0.99))
    return {
        "wall median": statistics.median(walls) * 1000,
        "wall p99": walls[p99] * 1000,
        "cpu median": statistics.median(cpus) * 1000,
        "cpu p99": cpus[p99] * 1000,
        "worst cpu": data["worst"] * 1000,
    }


def main() -> None:
    """Print each sitting's figures for both checkouts and the new/old ratio of each."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("--sittings", type=int, default=2, help="old/new pairs, alternating")
    parser.add_argument("--worst", action="store_true", help="also the worst long input")
    args = parser.parse_args()
    for sitting in range(1, args.sittings + 1):
        running = _start(args.old, args.worst), _start(args.new, args.worst)
        old, new = (_figures(p) for p in running)
        for name in old:
            if old[name]:
                print(
                    f"sitting {sitting}  {name:12} old {old[name]:8.3f} ms  new {new[name]:8.3f}"
                    f" ms  new/old {new[name] / old[name]:.2f}"
                )


if __name__ == "__main__":
    main()
