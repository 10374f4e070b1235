"""Benchmark: the Review and Progress pages' load in Chromium against a bare Streamlit app.

Run: python benchmarks/bench_review_pages.py   (or python benchmarks/run_all.py)
Target: within the ratio the chat page has to a bare one-page app (benchmarks/bare_app.py)
in the same run (see bench_app.py; <= 1.3x). Each visitor is new (no cache, no cookies)
and has one review due, so the Review page draws the item's first bot line; the clock is
measured to the first chat message (bare, chat, review) or the headline figures (progress:
days in a row, due today, steps to review).
The servers take turns, so a slow spell of this shared machine falls on all alike.
"""

import os
import statistics
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from streamlit_server import CHROMIUM, CHROMIUM_ARGS, streamlit_server  # noqa: E402

from langbot.review.items import ReviewItem  # noqa: E402
from langbot.storage import SqliteStore  # noqa: E402

MESSAGE, FIGURES = '[data-testid="stChatMessage"]', ".lb-figures"
PAGES = (
    ("bare", "benchmarks/bare_app.py", "/", MESSAGE),
    ("chat", "streamlit_app.py", "/chat?learner=bench-page-{tab}&lesson=greetings", MESSAGE),
    ("review", "streamlit_app.py", "/review?learner=bench-page-{tab}", MESSAGE),
    ("progress", "streamlit_app.py", "/progress?learner=bench-page-{tab}", FIGURES),
)


def seed(path: Path, tabs: range) -> None:
    """One due review item for every visitor."""
    store, now = SqliteStore(path), time.time()
    for tab in tabs:
        item = ReviewItem(
            lesson_id="greetings", step=2, bot="Me llamo Sofía. ¿Cómo te llamas?",
            gloss="My name is Sofía. What's your name?", cue="Tell Sofía your name.",
            wrote="Me llama Ana", correction="Me llamo Ana", kinds=["reflexive"],
            due=now - 86400, created_at=now - 86400,
        )  # fmt: skip
        store.save_review(f"bench-page-{tab:04d}", item)


def visit(browser, base: str, path: str, selector: str, tab: int) -> float:
    """Seconds from opening the page as a new visitor to its first content visible."""
    context = browser.new_context()
    page = context.new_page()
    start = time.perf_counter()
    page.goto(f"{base}{path}".replace("{tab}", f"{tab:04d}"))
    page.locator(selector).first.wait_for(state="visible", timeout=30_000)
    elapsed = time.perf_counter() - start
    context.close()
    return elapsed


def main(visitors: int = 10) -> None:
    """Print each page's median new-visitor load and its ratio to the bare app."""
    if not CHROMIUM.exists():
        print(f"review page loads skipped: {CHROMIUM} is not installed")
        return
    from playwright.sync_api import sync_playwright

    times: dict[str, list[float]] = {name: [] for name, *_ in PAGES}
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p, ExitStack() as servers:
        store = Path(tmp) / "progress.sqlite3"
        seed(store, range(visitors + 1))
        env = {**os.environ, "LANGBOT_STORE_PATH": str(store)}
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        bases = {
            name: servers.enter_context(streamlit_server(env, Path(tmp) / f"{name}.log", script=s))
            for name, s, *_ in PAGES
        }
        for name, _, path, selector in PAGES:  # a server's own first visit is not measured
            visit(browser, bases[name], path, selector, visitors)
        for tab in range(visitors):
            for name, _, path, selector in PAGES:
                times[name].append(visit(browser, bases[name], path, selector, tab))
        browser.close()
    bare = statistics.median(times["bare"])
    for name, *_ in PAGES:
        median = statistics.median(times[name])
        print(
            f"{name:<9} page load, new visitor: median {median:.2f} s ({median / bare:.2f}x bare)"
        )


if __name__ == "__main__":
    main()
