"""One app process under load: threads that each play a learner against one SQLite file.

Run as `python tests/store_load_worker.py PATH PREFIX [options]`; prints one JSON line:
how many turns and completions were written, and how many saves had to wait in memory.
The load test and benchmarks/bench_storage.py start several of these at once.
"""

import argparse
import json
import sys
import threading
import time

from langbot.conversation import Conversation, Turn
from langbot.storage import FallbackStore, SqliteStore


def play(store, learner: str, args, counts: dict, lock: threading.Lock) -> None:
    """Answer turn after turn for one learner: load, move on one step, save."""
    deadline = time.monotonic() + args.seconds if args.seconds else None
    turn = 0
    while (turn < args.turns) if deadline is None else (time.monotonic() < deadline):
        conv = store.load(learner, "greetings") or Conversation(lesson_id="greetings")
        answer = Turn(role="learner", kind="answer", text=f"turn {turn}", step=conv.step)
        new = conv.model_copy(
            update={"step": conv.step + 1, "transcript": [*conv.transcript, answer]}
        )
        store.save(learner, new)
        waited = store.waiting() > 0
        turn += 1
        if turn % args.complete_every == 0:
            store.record_completion(learner, "greetings", {"turn": turn})
        with lock:
            counts["turns"] += 1
            counts["completions"] += turn % args.complete_every == 0
            counts["waited"] += waited
        if args.pace:
            time.sleep(args.pace)


def main() -> int:
    """Run the threads, wait until everything is written, report."""
    parser = argparse.ArgumentParser()
    parser.add_argument("path")
    parser.add_argument("prefix")
    parser.add_argument("--threads", type=int, default=3)
    parser.add_argument("--turns", type=int, default=40)
    parser.add_argument("--seconds", type=float, default=0.0, help="run for a time instead")
    parser.add_argument("--complete-every", type=int, default=10)
    parser.add_argument("--pace", type=float, default=0.0, help="seconds between turns")
    parser.add_argument("--busy-timeout", type=float, default=1.0)
    parser.add_argument("--retry-for", type=float, default=3.0)
    args = parser.parse_args()
    file = SqliteStore(args.path, busy_timeout=args.busy_timeout, retry_for=args.retry_for)
    store = FallbackStore(file, retry_min=0.05, retry_max=0.2)
    counts, lock = {"turns": 0, "completions": 0, "waited": 0}, threading.Lock()
    threads = [
        threading.Thread(target=play, args=(store, f"{args.prefix}-{n}", args, counts, lock))
        for n in range(args.threads)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    counts["saved"] = store.wait_until_saved(timeout=60)
    counts["warning"] = store.warning
    print(json.dumps(counts))
    return 0 if counts["saved"] else 1


if __name__ == "__main__":
    sys.exit(main())
