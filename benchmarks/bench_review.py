"""Benchmark: a learner's due review queue built from 1,000 stored items (target < 20 ms).

Run: python benchmarks/bench_review.py   (or python benchmarks/run_all.py for everything)
1,000 items, each reviewed a few times so they carry a real FSRS schedule and history, are
saved for one learner in a SQLite file and in memory; the queue is read from the store,
parsed and filtered to what is due today, as the Review page does on every visit.
"""

import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from fsrs import Rating  # noqa: E402

from langbot.review.items import ReviewItem  # noqa: E402
from langbot.review.queue import due_queue  # noqa: E402
from langbot.review.scheduling import schedule  # noqa: E402
from langbot.storage import MemoryStore, SqliteStore  # noqa: E402

LEARNER = "bench-learner-0001"
DAY = 86400.0


def items(count: int, now: float) -> list[ReviewItem]:
    """`count` items with schedules from 1-4 earlier reviews spread over the last 60 days."""
    rng = random.Random(7)
    made = []
    for n in range(count):
        start = now - rng.uniform(0, 60) * DAY
        item = ReviewItem(
            lesson_id=f"lesson{n // 8}",
            step=n % 8 + 1,
            bot="Me llamo Sofía. ¿Cómo te llamas?",
            gloss="My name is Sofía. What's your name?",
            cue="Tell Sofía your name, with the verb llamarse.",
            wrote="Me llama Ana",
            correction="Me llamo Ana",
            kinds=["reflexive", "verb"],
            due=start,
            created_at=start,
        )
        at = start
        for _ in range(rng.randint(1, 4)):
            item = schedule(item, rng.choice(list(Rating)), at)
            at = item.due
        made.append(item)
    return made


def bench_queue(store, rounds: int = 30) -> tuple[float, float, int]:
    """Median and p95 (ms) of reading the learner's items and building today's queue."""
    now = time.time()
    times, size = [], 0
    for _ in range(rounds):
        start = time.perf_counter()
        size = len(due_queue(store.reviews(LEARNER).items, now))
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1], size


if __name__ == "__main__":
    stock = items(1000, time.time())
    with tempfile.TemporaryDirectory() as tmp:
        for name, store in (
            ("SQLite", SqliteStore(Path(tmp) / "progress.sqlite3")),
            ("memory", MemoryStore()),
        ):
            for item in stock:
                store.save_review(LEARNER, item)
            median, p95, size = bench_queue(store)
            print(
                f"due queue from 1,000 items ({name}): median {median:.1f} ms, p95 {p95:.1f} ms"
                f" ({size} due; target < 20 ms)"
            )
        # The machine is shared: a plain json.loads of the same 1,000 rows, for scale.
        start = time.perf_counter()
        for item in stock:
            json.loads(item.model_dump_json())
        print(
            f"  for scale: json.loads + model_dump_json of 1,000 items: "
            f"{(time.perf_counter() - start) * 1000:.1f} ms"
        )
