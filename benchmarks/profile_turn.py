"""Profile LangBot's chat turns on a real `streamlit run` server: how many script runs a turn
takes, the CPU of each, and where it goes.

Run: python benchmarks/profile_turn.py [--top 30]

One learner (the WebSocket client of tests/streamlit_ws.py) opens the chat page and answers
the greetings lesson, with a miss, cues and a reveal, twice over (the first lesson warms the
caches). The server's Python loads benchmarks/profiling/sitecustomize.py, which profiles each
script run with cProfile on the run's own thread CPU time (the profiler itself slows the run
about twofold, so read the shares, not the milliseconds).
"""

import argparse
import asyncio
import json
import os
import pstats
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from bench_load import ANSWERS  # noqa: E402
from streamlit_server import streamlit_process  # noqa: E402
from streamlit_ws import open_session  # noqa: E402

QUERY = "learner=profile-learner-{n}&lesson=greetings"


async def _learn(base: str) -> int:
    turns = 0
    for n in range(2):
        tab = await open_session(base, "chat", QUERY.format(n=n))
        for text in ANSWERS:
            await tab.answer(text)
            turns += 1
        await tab.ws.close()
    return turns


def main() -> None:
    """Profile the turns and print runs per turn, CPU per run and the top functions."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=30, help="functions to list")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = str(Path(tmp) / "turns.prof")
        env = {
            **os.environ,
            "LANGBOT_STORE_PATH": str(Path(tmp) / "progress.sqlite3"),
            "LANGBOT_PROFILE_OUT": out,
            "PYTHONPATH": os.pathsep.join(
                [str(ROOT / "benchmarks" / "profiling"), os.environ.get("PYTHONPATH", "")]
            ),
        }
        with streamlit_process(env, Path(tmp) / "server.log") as (base, _):
            turns = asyncio.run(_learn(base))
        runs = json.loads(Path(out + ".json").read_text())
        loads = 2  # each tab's first page load is a run too
        print(
            f"{turns} turns, {len(runs) - loads} script runs for them "
            f"({(len(runs) - loads) / turns:.2f} a turn); CPU per run, profiled: "
            f"median {sorted(runs)[len(runs) // 2] * 1000:.1f} ms"
        )
        stats = pstats.Stats(out)
        stats.sort_stats("cumulative").print_stats(args.top)


if __name__ == "__main__":
    main()
