"""Benchmark: the Streamlit app's speed, server side and in a real browser.

Run: python benchmarks/bench_app.py   (or python benchmarks/run_all.py for everything)
Targets: one chat turn (the script rerun after chat_input, in AppTest) under 100 ms at the
median; a cold load of the chat page in headless Chromium, to the first bot message visible,
at most 1.3 times that of a bare one-page Streamlit app (benchmarks/bare_app.py) started the
same way in the same run; and the first page after a server start at most 1.5 s in absolute
terms (the start-up's warm-up is done before the server reports healthy, so it is not in it;
the time from start to healthy is printed beside it). It also prints a bare two-page app (benchmarks/bare_nav.py), to
show what multi-page navigation alone costs.
"""

import os
import statistics
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the shared server helper lives beside the browser test

from streamlit_server import CHROMIUM, CHROMIUM_ARGS, streamlit_server  # noqa: E402
from streamlit_server import GREETINGS_ANSWERS as ANSWERS  # noqa: E402

APP = ROOT / "streamlit_app.py"


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def bench_turn(lessons: int = 4) -> tuple[float, float, int]:
    """Median and p95 server time of one chat turn (one AppTest rerun after chat_input), ms."""
    from streamlit.testing.v1 import AppTest

    samples: list[float] = []
    store = tempfile.TemporaryDirectory()
    os.environ["LANGBOT_STORE_PATH"] = str(Path(store.name) / "progress.sqlite3")
    for run in range(lessons + 1):
        at = AppTest.from_file(str(APP), default_timeout=30)
        at.query_params.update(learner=f"bench-learner-{run:04d}", lesson="greetings")
        at.run()
        at.switch_page("langbot/app/pages/chat.py").run()
        for text in ANSWERS:
            start = time.perf_counter()
            at.chat_input[0].set_value(text).run()
            elapsed = time.perf_counter() - start
            assert not at.exception, at.exception
            if run:  # the first lesson warms the caches, as the first learner of a server does
                samples.append(elapsed)
    store.cleanup()
    samples.sort()
    return _median_ms(samples), samples[int(len(samples) * 0.95)] * 1000, len(samples)


# The pages measured: a name, the script and the path a new visitor opens.
APPS = (
    ("bare", "benchmarks/bare_app.py", "/"),
    ("nav", "benchmarks/bare_nav.py", "/chat"),
    ("chat", "streamlit_app.py", "/chat?learner=bench-tab-{tab}&lesson=greetings"),
)


def _visit(browser, base: str, path: str, tab: int) -> float:
    """Seconds from opening a page in a new browser context (no cache, no cookies: a new
    visitor) to its first chat message visible."""
    context = browser.new_context()
    page = context.new_page()
    start = time.perf_counter()
    page.goto(f"{base}{path}".replace("{tab}", f"{tab:04d}"))
    page.locator('[data-testid="stChatMessage"]').first.wait_for(state="visible", timeout=30_000)
    elapsed = time.perf_counter() - start
    context.close()
    return elapsed


def bench_page_loads(starts: int = 3, visitors: int = 12) -> dict[str, tuple[float, float, float]]:
    """Per app: the median first visit after a server start, the median new visitor, and the
    median time from a start to healthy.

    The apps take turns (a start of each, then one visitor of each, round after round), so a
    slow spell of this shared machine falls on all of them alike."""
    from playwright.sync_api import sync_playwright

    first: dict[str, list[float]] = {name: [] for name, _, _ in APPS}
    later: dict[str, list[float]] = {name: [] for name, _, _ in APPS}
    healthy: dict[str, list[float]] = {name: [] for name, _, _ in APPS}
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        env = {**os.environ, "LANGBOT_STORE_PATH": str(Path(tmp) / "progress.sqlite3")}
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        for start in range(starts):
            for name, script, path in APPS:
                begun = time.perf_counter()
                with streamlit_server(env, Path(tmp) / f"{name}.log", script=script) as base:
                    healthy[name].append(time.perf_counter() - begun)
                    first[name].append(_visit(browser, base, path, 1000 + start))
        with ExitStack() as servers:
            bases = {
                name: servers.enter_context(
                    streamlit_server(env, Path(tmp) / f"{name}.log", script=script)
                )
                for name, script, _ in APPS
            }
            for name, _, path in APPS:  # each server's own first visit is not a new visitor's
                _visit(browser, bases[name], path, 2000)
            for tab in range(visitors):
                for name, _, path in APPS:
                    later[name].append(_visit(browser, bases[name], path, tab))
        browser.close()
    return {
        name: tuple(statistics.median(times[name]) for times in (first, later, healthy))
        for name in first
    }


def main() -> None:
    """Print every figure against its target."""
    median, p95, n = bench_turn()
    print(
        f"chat turn (AppTest rerun)   median {median:7.1f} ms   p95 {p95:.1f} ms over {n} turns"
        f"   (target < 100 ms median)"
    )
    if not CHROMIUM.exists():
        print(f"page load                   skipped: {CHROMIUM} is not installed")
        return
    loads = bench_page_loads()
    (bare_cold, bare_warm, _), (nav_cold, nav_warm, _), (cold, warm, up) = (
        loads["bare"],
        loads["nav"],
        loads["chat"],
    )
    print(
        f"bare app load (Chromium)    first visit {bare_cold:5.2f} s, new visitor {bare_warm:.2f} s"
        "   (medians, apps taking turns)"
    )
    print(
        f"bare two-page app (st.navigation) first visit {nav_cold:5.2f} s, new visitor "
        f"{nav_warm:.2f} s   ({nav_cold / bare_cold:.2f}x / {nav_warm / bare_warm:.2f}x the bare app)"
    )
    print(f"chat page load (Chromium)   first visit {cold:5.2f} s, new visitor {warm:.2f} s")
    print(
        f"first page after a start    {cold:5.2f} s   (target <= 1.5 s; the server was healthy "
        f"{up:.1f} s after its start, warm-up included)"
    )
    print(
        f"ratio chat/bare             first visit {cold / bare_cold:4.2f}x, new visitor "
        f"{warm / bare_warm:.2f}x   (target <= 1.3x)"
    )


if __name__ == "__main__":
    main()
