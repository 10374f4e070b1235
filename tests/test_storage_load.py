"""Several app processes with several threads on one SQLite file: nothing lost, even a lock."""

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from langbot.storage import SqliteStore

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parent.parent
WORKER = REPO / "tests" / "store_load_worker.py"
PROCESSES, THREADS, TURNS, EVERY = 3, 3, 40, 10


def start_worker(path: Path, prefix: str, *options: str) -> subprocess.Popen:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
    }
    return subprocess.Popen(
        [sys.executable, str(WORKER), str(path), prefix, *options],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def learners_in(path: Path) -> int:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT count(*) FROM progress").fetchone()[0]


def test_processes_and_threads_lose_no_turn_or_completion_and_recover_from_a_held_lock(tmp_path):
    path = tmp_path / "progress.sqlite3"
    SqliteStore(path)
    options = ["--threads", str(THREADS), "--turns", str(TURNS), "--complete-every", str(EVERY)]
    options += ["--pace", "0.02", "--busy-timeout", "0.1", "--retry-for", "0.3"]
    workers = [start_worker(path, f"proc{p}", *options) for p in range(PROCESSES)]
    deadline = time.monotonic() + 30
    while learners_in(path) < PROCESSES * THREADS and time.monotonic() < deadline:
        time.sleep(0.02)
    # An admin query holds the write lock for a second, mid-run.
    admin = sqlite3.connect(path, isolation_level=None)
    admin.execute("BEGIN IMMEDIATE")
    time.sleep(1.0)
    admin.execute("ROLLBACK")
    admin.close()
    reports = []
    for worker in workers:
        out, err = worker.communicate(timeout=120)
        assert worker.returncode == 0, err
        reports.append(json.loads(out))

    assert sum(r["waited"] for r in reports) > 0, "the held lock made some saves wait in memory"
    assert all(r["saved"] and r["warning"] is None for r in reports)  # recovered, warning gone
    store = SqliteStore(path)
    for p in range(PROCESSES):
        for t in range(THREADS):
            learner = f"proc{p}-{t}"
            conv = store.load(learner, "greetings")
            answers = [turn.text for turn in conv.transcript]
            assert answers == [f"turn {n}" for n in range(TURNS)], learner  # no turn lost
            assert conv.step == TURNS + 1
            done = store.completions(learner)
            assert [c["summary"]["turn"] for c in done] == list(range(EVERY, TURNS + 1, EVERY))
