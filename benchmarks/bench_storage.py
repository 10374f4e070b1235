"""Benchmark: sustained writes per second to one SQLite progress file, with nothing lost.

Run: python benchmarks/bench_storage.py   (or python benchmarks/run_all.py for everything)
Several app processes, each with several learner threads, save turn after turn (and a
completion every 10 turns) for a few seconds; then every learner's transcript and
completions are read back from the file and compared with what the workers wrote.
"""

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
WORKER = REPO / "tests" / "store_load_worker.py"
sys.path.insert(0, str(REPO))

from langbot.storage import SqliteStore  # noqa: E402


def bench_writes(processes: int = 4, threads: int = 4, seconds: float = 3.0) -> dict:
    """Run the workers on one fresh file; return writes/s and what was lost."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "progress.sqlite3"
        SqliteStore(path)
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        options = ["--threads", str(threads), "--seconds", str(seconds)]
        start = time.perf_counter()
        workers = [
            subprocess.Popen(
                [sys.executable, str(WORKER), str(path), f"p{n}", *options],
                cwd=REPO,
                env=env,
                stdout=subprocess.PIPE,
                text=True,
            )
            for n in range(processes)
        ]
        reports = [json.loads(w.communicate(timeout=120)[0]) for w in workers]
        elapsed = time.perf_counter() - start
        store = SqliteStore(path)
        kept_turns = kept_done = 0
        for n in range(processes):
            for t in range(threads):
                conv = store.load(f"p{n}-{t}", "greetings")
                kept_turns += len(conv.transcript) if conv else 0
                kept_done += len(store.completions(f"p{n}-{t}"))
    turns = sum(r["turns"] for r in reports)
    done = sum(r["completions"] for r in reports)
    writes = turns + done
    return {
        "writes": writes,
        "per_second": writes / seconds,
        "elapsed": elapsed,
        "lost_turns": turns - kept_turns,
        "lost_completions": done - kept_done,
        "waited": sum(r["waited"] for r in reports),
    }


if __name__ == "__main__":
    result = bench_writes()
    print(
        f"SQLite, 4 processes x 4 threads, 3 s: {result['writes']} writes,"
        f" {result['per_second']:.0f} writes/s sustained;"
        f" lost {result['lost_turns']} turns and {result['lost_completions']} completions"
        f" ({result['waited']} saves waited in memory for the file)"
    )
