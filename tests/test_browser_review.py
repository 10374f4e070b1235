"""End to end in Chromium: a lesson with a miss, the clock moved two days on, the review,
and the Anki deck downloaded and opened, at desktop and phone size."""

import os
import sqlite3
import zipfile

import pytest
from streamlit_server import streamlit_server as run_streamlit
from test_browser import (  # noqa: F401, I001 - its fixtures
    GREETINGS,
    INPUT,
    MESSAGE,
    TIMEOUT_MS,
    answer,
    browser,
    context,
    page,
    shoot,
    size,
)

from langbot.review.scheduling import CLOCK_SHIFT

pytestmark = pytest.mark.browser

LEARNER = "browser-review-0001"
MISSED = "Me llama Ana"


def server_env(tmp_path, shift_days: str | None) -> dict[str, str]:
    env = {**os.environ, "LANGBOT_STORE_PATH": str(tmp_path / "progress.sqlite3")}
    env.pop("LANGBOT_STORE", None)
    env.pop(CLOCK_SHIFT, None)
    if shift_days:
        env[CLOCK_SHIFT] = shift_days  # the review clock only: the test's "two days later"
    return env


def finish_greetings_with_a_miss(tab, base: str) -> None:
    tab.goto(f"{base}/chat?lesson=greetings&learner={LEARNER}")
    tab.locator(MESSAGE).first.wait_for(timeout=TIMEOUT_MS)
    steps = [s.bot for s in GREETINGS.steps]
    answer(tab, "Hola", steps[1][:12])
    answer(tab, MISSED, "llamarse")  # a miss: a cue, same step
    answers = ["Me llamo Ana", "Soy de Londres", "Estoy bien", "Sí, soy estudiante",
               "Hablo un poco de español", "Adiós"]  # fmt: skip
    for number, text in enumerate(answers, 2):
        expect = steps[number][:12] if number < len(steps) else "Has terminado"
        answer(tab, text, expect)


def test_a_missed_step_comes_back_for_review_and_exports_to_anki(tmp_path, page, size):  # noqa: F811
    with run_streamlit(server_env(tmp_path, None), tmp_path / "streamlit-1.log") as base:
        finish_greetings_with_a_miss(page, base)
        page.goto(f"{base}/review?learner={LEARNER}")
        page.get_by_text("Your next review is tomorrow").wait_for(timeout=TIMEOUT_MS)
        shoot(page, "review-nothing-due")

    # Two days later: a fresh server whose review clock is two days on, on the same store.
    with run_streamlit(server_env(tmp_path, "2"), tmp_path / "streamlit-2.log") as base:
        page.goto(f"{base}/?learner={LEARNER}")
        page.get_by_text("1 review due today").wait_for(timeout=TIMEOUT_MS)
        page.get_by_role("button", name="Review now").click()
        page.get_by_text("Review 1 of 1").wait_for(timeout=TIMEOUT_MS)
        page.locator(MESSAGE).first.get_by_text(GREETINGS.steps[1].bot).wait_for()
        assert page.get_by_text(f"You wrote: {MISSED}").count() == 0  # only after answering
        shoot(page, "review-asked")
        page.locator(INPUT).fill("Me llamo Ana")
        page.locator(INPUT).press("Enter")
        page.get_by_text(f"You wrote: {MISSED}").wait_for(timeout=TIMEOUT_MS)
        page.get_by_text("Right first time").wait_for()
        shoot(page, "review-answered")
        page.get_by_role("button", name="Finish").click()
        page.get_by_text("Reviews done").wait_for(timeout=TIMEOUT_MS)
        shoot(page, "review-done")
        with page.expect_download(timeout=TIMEOUT_MS) as download:
            page.get_by_role("button", name="Download as Anki deck").click()
        path = tmp_path / "deck.apkg"
        download.value.save_as(path)
        assert download.value.suggested_filename == "langbot-review.apkg"

        page.goto(f"{base}/progress?learner={LEARNER}")
        page.get_by_text("Your mistakes by kind").wait_for(timeout=TIMEOUT_MS)
        chart = page.locator(".lb-kinds")  # the mistakes chart: one kind, one mistake, fixed
        chart.wait_for(timeout=TIMEOUT_MS)
        made = chart.get_by_label("mistakes: 1").count()  # one row per kind the miss showed
        assert made >= 1 and chart.get_by_label("fixed since: 1").count() == made
        shoot(page, "progress")

    with zipfile.ZipFile(path) as package:  # a valid Anki package: a zip with its collection
        (tmp_path / "collection.anki2").write_bytes(package.read("collection.anki2"))
    with sqlite3.connect(tmp_path / "collection.anki2") as db:
        (fields,) = db.execute("SELECT flds FROM notes").fetchone()
    assert fields.split("\x1f")[:2] == [GREETINGS.steps[1].bot, MISSED]
