"""Benchmark: N learners at once against a real `streamlit run` server pinned to one core.

Run: python benchmarks/bench_load.py            (N = 1, 10, 50, 100; about 10 minutes)
     python benchmarks/bench_load.py --quick    (N = 1, 10; about a minute)

Each learner is a WebSocket client speaking Streamlit's own protocol (`streamlit.proto`
BackMsg/ForwardMsg over `/_stcore/stream`, with the `websockets` library that Streamlit itself
depends on), not a browser: a browser per learner would need far more CPU than the server it
measures, so it could not share the machine. The client (tests/streamlit_ws.py) does what the
frontend does for these pages: it asks for the page with its query string, then answers in the
chat input (a `chat_input_value` widget state, with the fragment id when the input sits in a
fragment) and waits for the run to finish (`script_finished`, after any rerun the app asks for).

The server runs under `taskset -c 1`; the clients run in this process on core 0. For each N,
the bare echo chat app (benchmarks/bare_chat.py) and LangBot's chat page each get a fresh
server, then N learners open the page, answer the greetings lesson's turns with a think time
between answers, and the server's CPU (/proc/<pid>/stat, all threads) over the answering phase
is divided by the turns answered. Memory per session is the server's RSS with the N sessions
open, less its RSS with one warm-up session, divided by N.
"""

import argparse
import asyncio
import os
import random
import statistics
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the shared server helper lives beside the browser test

from streamlit_server import GREETINGS_ANSWERS as ANSWERS  # noqa: E402
from streamlit_server import cpu_seconds, streamlit_process  # noqa: E402
from streamlit_ws import Session, open_session  # noqa: E402

# A name, the script, its environment, the page and the query string a learner opens ({id} is
# the learner's). "bare" is the stock echo app; "bare+gc" freezes its heap as LangBot does.
APPS = (
    ("bare", "benchmarks/bare_chat.py", {}, "", ""),
    ("bare+gc", "benchmarks/bare_chat.py", {"BARE_GC_FREEZE": "1"}, "", ""),
    ("langbot", "streamlit_app.py", {}, "chat", "learner={id}&lesson=greetings"),
)
SERVER_CORE, CLIENT_CORE = 1, 0
SLOW = 1.0  # seconds: the median turn this benchmark looks for


async def learn(session: Session, turns: int, think: float, rng: random.Random) -> None:
    """Answer the lesson's turns, thinking between answers (learners start out of step)."""
    await asyncio.sleep(rng.uniform(0, think))
    for text in ANSWERS[:turns]:
        await session.answer(text)
        await asyncio.sleep(think * rng.uniform(0.5, 1.5))


def rss_mb(pid: int) -> float:
    """A process's resident memory in MB (Linux /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


@dataclass
class Result:
    """One app at one N."""

    cpu_ms: float
    median_ms: float
    p95_ms: float
    mb_per_session: float


async def _drive(base: str, pid: int, page: str, query: str, n: int, turns: int, think: float):
    warm = await open_session(base, page, query.format(id="ldwarmup0000000000"))
    for text in ANSWERS[:turns]:  # the first learner warms every cache, as after a deploy
        await warm.answer(text)
    await asyncio.sleep(0.5)
    base_rss = rss_mb(pid)
    sessions = []
    for i in range(n):  # open one after another, as learners arrive
        sessions.append(await open_session(base, page, query.format(id=f"ld{n:03d}x{i:011d}")))
    rss = rss_mb(pid)
    rng = random.Random(n)
    cpu0 = cpu_seconds(pid)
    await asyncio.gather(*(learn(s, turns, think, rng) for s in sessions))
    cpu = cpu_seconds(pid) - cpu0
    for s in (warm, *sessions):
        await s.ws.close()
    latencies = sorted(t for s in sessions for t in s.latencies)
    return Result(
        cpu_ms=cpu / len(latencies) * 1000,
        median_ms=statistics.median(latencies) * 1000,
        p95_ms=latencies[min(len(latencies) - 1, int(len(latencies) * 0.95))] * 1000,
        mb_per_session=(rss - base_rss) / n,
    )


def run_level(app: tuple, n: int, turns: int, think: float) -> Result:
    """A fresh server for the app on one core, N learners against it."""
    _, script, extra, page, query = app
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, **extra, "LANGBOT_STORE_PATH": str(Path(tmp) / "progress.sqlite3")}
        prefix = ("taskset", "-c", str(SERVER_CORE))
        with streamlit_process(env, Path(tmp) / "server.log", script=script, prefix=prefix) as (
            base,
            server,
        ):
            return asyncio.run(_drive(base, server.pid, page, query, n, turns, think))


def main() -> None:
    """Run every level for both apps and print the table, the ratios and the slow point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="N = 1, 10; 3 turns; 1 s think")
    parser.add_argument("--levels", default="1,10,50,100", help="comma-separated N")
    parser.add_argument("--turns", type=int, default=len(ANSWERS), help="answers per learner")
    parser.add_argument("--think", type=float, default=5.0, help="mean seconds between answers")
    args = parser.parse_args()
    levels = [int(n) for n in args.levels.split(",")]
    turns, think = args.turns, args.think
    if args.quick:
        levels, turns, think = [1, 10], 3, 1.0
    os.sched_setaffinity(0, {CLIENT_CORE})
    print(
        f"server on core {SERVER_CORE} (taskset), clients on core {CLIENT_CORE}; {turns} answers"
        f" per learner, {think:g} s mean think time; figures per turn over the answering phase"
    )
    header = f"{'N':>4}  {'app':8} {'CPU/turn ms':>11} {'median ms':>10} {'p95 ms':>9} {'MB/session':>10}"
    print(header)
    slow: dict[str, int | None] = {name: None for name, *_ in APPS}
    for n in levels:
        results = {}
        for app in APPS:
            name = app[0]
            r = results[name] = run_level(app, n, turns, think)
            print(
                f"{n:>4}  {name:8} {r.cpu_ms:11.1f} {r.median_ms:10.1f} {r.p95_ms:9.1f}"
                f" {r.mb_per_session:10.2f}",
                flush=True,
            )
            if slow[name] is None and r.median_ms > SLOW * 1000:
                slow[name] = n
        ours = results["langbot"]
        for base in ("bare", "bare+gc"):
            bare = results[base]
            print(
                f"{n:>4}  {'/' + base:8} {ours.cpu_ms / bare.cpu_ms:10.2f}x"
                f" {ours.median_ms / bare.median_ms:9.2f}x {ours.p95_ms / bare.p95_ms:8.2f}x"
                + ("   (target: CPU/turn <= 1.3x)" if base == "bare" else ""),
                flush=True,
            )
    for name, n in slow.items():
        said = f"at N = {n}" if n else f"not reached up to N = {levels[-1]}"
        print(f"median turn over {SLOW:g} s, {name}: {said}")


if __name__ == "__main__":
    main()
