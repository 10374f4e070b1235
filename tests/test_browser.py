"""End to end: `streamlit run streamlit_app.py` driven by Playwright in Debian's Chromium."""

import os
import re
from collections.abc import Iterator

import pytest
from streamlit_server import CHROMIUM, CHROMIUM_ARGS, ROOT
from streamlit_server import streamlit_server as run_streamlit

from langbot.lessons import load_lesson_file

pytestmark = pytest.mark.browser

ARTIFACTS = ROOT / "test-artifacts"
GREETINGS = load_lesson_file(ROOT / "lessons" / "greetings.yaml")
MESSAGE = '[data-testid="stChatMessage"]'
INPUT = '[data-testid="stChatInputTextArea"]'
TIMEOUT_MS = 20_000


@pytest.fixture
def streamlit_server(tmp_path) -> Iterator[str]:
    """A real Streamlit server on a free local port, with its own progress file."""
    env = {**os.environ, "LANGBOT_STORE_PATH": str(tmp_path / "progress.sqlite3")}
    env.pop("LANGBOT_STORE", None)
    with run_streamlit(env, tmp_path / "streamlit.log") as base:
        yield base


@pytest.fixture
def page():
    """A fresh page in headless Chromium; skipped where Debian's Chromium is not installed."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed: install Debian's chromium to run browser tests")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser.new_page(viewport={"width": 1280, "height": 900})
        finally:
            browser.close()


def shoot(page, name: str) -> None:
    """Save a picture of the whole page (Streamlit scrolls inside <main>, so grow the viewport)."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.wait_for_timeout(300)  # let the last element settle before the picture
    size = page.viewport_size
    height = page.evaluate("document.querySelector('.stMain')?.scrollHeight || 0")
    tall = max(size["height"], min(height, 6000))
    page.set_viewport_size({"width": size["width"], "height": tall})
    page.wait_for_timeout(200)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))
    page.set_viewport_size(size)


def answer(page, text: str, expect: str) -> None:
    """Type an answer, send it, and wait until the bot's reply shows `expect`."""
    before = page.locator(MESSAGE).count()
    box = page.locator(INPUT)
    box.fill(text)
    box.press("Enter")
    page.wait_for_function(
        "([sel, n]) => document.querySelectorAll(sel).length >= n",
        arg=[MESSAGE, before + 2],
        timeout=TIMEOUT_MS,
    )
    last = page.locator(MESSAGE).last
    last.get_by_text(expect, exact=False).first.wait_for(timeout=TIMEOUT_MS)


def test_a_learner_goes_through_a_lesson_in_a_real_browser(streamlit_server, page):
    from playwright.sync_api import expect

    steps, step2 = GREETINGS.steps, GREETINGS.steps[1]
    page.set_default_timeout(TIMEOUT_MS)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    page.goto(streamlit_server)
    page.get_by_text("How a lesson works").wait_for()
    shoot(page, "1-home")

    page.get_by_role("button", name="See the lessons").click()
    page.get_by_role("heading", name="Lessons").wait_for()
    expect(page.locator(".st-key-lb_start_greetings button")).to_be_visible()
    assert re.search(r"[?&]learner=[A-Za-z0-9_-]{8,64}", page.url)
    shoot(page, "2-lobby")

    page.locator(".st-key-lb_demo_greetings button").click()
    page.get_by_role("button", name="Skip to end").click()
    page.get_by_role("button", name="Start this lesson").wait_for()
    expect(page.locator(MESSAGE)).to_have_count(len(GREETINGS.demo))
    shoot(page, "3-demo")

    page.get_by_role("button", name="Start this lesson").click()
    page.locator(MESSAGE).first.get_by_text(steps[0].bot).wait_for()
    # The listen control speaks with the browser's own voice, or stays silent without one.
    frame = page.frame_locator(f"{MESSAGE} iframe").first
    frame.get_by_role("button", name="Listen in Spanish").click()
    shoot(page, "4-chat-start")

    answer(page, "Hola", steps[1].bot)
    answer(page, "¿Qué hora es?", step2.cues.general)
    answer(page, "My name is Ana", step2.cues.specific)
    answer(page, "me gusta el café", f"The answer was: «{step2.model_answer}»")
    answer(page, "Soy de Londres", steps[3].bot)
    expect(page.get_by_text(f"Step 4 of {len(steps)}")).to_be_visible()
    shoot(page, "5-chat-cues-and-reveal")

    url = page.url
    page.reload()
    page.locator(MESSAGE).first.wait_for()
    assert page.url == url
    expect(page.get_by_text(f"Step 4 of {len(steps)}")).to_be_visible()
    expect(page.get_by_text(f"The answer was: «{step2.model_answer}»")).to_be_visible()
    expect(page.locator(MESSAGE).last).to_contain_text(steps[3].bot)
    shoot(page, "6-chat-after-reload")

    answer(page, "Estoy bien", steps[4].bot)
    answer(page, "Sí, soy estudiante", steps[5].bot)
    answer(page, "Hablo un poco de español", steps[6].bot)
    answer(page, "Adiós", "Has terminado")
    dialog = page.get_by_role("dialog")
    expect(dialog).to_contain_text("¡Enhorabuena!")
    expect(dialog).to_contain_text(f"{len(steps) - 1} of {len(steps)}")
    expect(dialog).to_contain_text("you wrote “me gusta el café”")
    expect(dialog.get_by_role("button", name=re.compile("Next lesson"))).to_be_visible()
    expect(page.locator('[data-testid="stBalloons"]')).to_have_count(1)
    page.wait_for_timeout(1500)
    shoot(page, "7-celebration")
    assert errors == [], f"uncaught errors in the page: {errors}"
