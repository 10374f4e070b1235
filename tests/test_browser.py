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


SIZES = {"desktop": (1280, 800), "phone": (390, 844)}


@pytest.fixture
def browser():
    """Headless Chromium; skipped where Debian's Chromium is not installed."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed: install Debian's chromium to run browser tests")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture(params=list(SIZES))
def size(request) -> str:
    return request.param


@pytest.fixture
def context(browser, size):
    """A new visitor (no cookies) at desktop or phone size."""
    width, height = SIZES[size]
    ctx = browser.new_context(
        viewport={"width": width, "height": height}, has_touch=size == "phone"
    )
    try:
        yield ctx
    finally:
        ctx.close()


@pytest.fixture
def page(context):
    return context.new_page()


def shoot(page, name: str, *, whole: bool = True) -> None:
    """Save a picture of the screen, or of the whole page (Streamlit scrolls inside <main>,
    so for that the viewport grows)."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.wait_for_timeout(300)  # let the last element settle before the picture
    width = page.viewport_size["width"]
    name = f"{'phone' if width < 600 else 'desktop'}-{name}"
    if not whole:
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"))
        return
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


def assert_in_view_without_scrolling(page) -> None:
    """The last bot line (the end of the last bot message) and the input box are on screen."""
    page.wait_for_timeout(600)  # Streamlit scrolls the new message into view
    height = page.viewport_size["height"]
    header = page.locator(".st-key-lb-header").bounding_box()
    box = page.locator(INPUT).bounding_box()
    last = page.locator(f"{MESSAGE} .lb-turn").last.bounding_box()
    assert 0 <= box["y"] and box["y"] + box["height"] <= height, f"input box off screen: {box}"
    bottom = last["y"] + last["height"]
    assert header["y"] + header["height"] - 2 <= bottom <= box["y"] + 2, (last, header, box)


def assert_no_links_in_bubbles(page) -> None:
    assert page.locator(f"{MESSAGE} a").count() == 0, "a link appeared inside a chat bubble"


def flip(page, label: str) -> None:
    """Click a toggle by its label (the label, not the hidden input, takes the click)."""
    page.locator('[data-testid="stCheckbox"] label').filter(
        has_text=re.compile(f"^{label}$")
    ).click()


def learner_in(url: str) -> str:
    return re.search(r"[?&]learner=([A-Za-z0-9_-]{8,64})", url).group(1)


def test_a_learner_goes_through_a_lesson_in_a_real_browser(streamlit_server, context, page, size):
    from playwright.sync_api import expect

    steps, step2 = GREETINGS.steps, GREETINGS.steps[1]
    phone = size == "phone"
    page.set_default_timeout(TIMEOUT_MS)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    page.goto(streamlit_server)
    page.get_by_text("How a lesson works").wait_for()
    if phone:  # the sidebar starts closed on a phone
        expect(page.locator('[data-testid="stSidebar"]')).to_have_attribute("data-collapsed", "true")  # fmt: skip
    shoot(page, "1-home")

    if phone:  # a page chosen in the side drawer closes the drawer
        page.locator('[data-testid="stExpandSidebarButton"]').click()
        drawer = page.locator('[data-testid="stSidebar"]')
        expect(drawer).to_have_attribute("data-collapsed", "false")
        drawer.get_by_role("link", name="Lessons").click()
        page.get_by_role("heading", name="Lessons").wait_for()
        expect(drawer).to_have_attribute("data-collapsed", "true")
        page.wait_for_timeout(300)
        shoot(page, "2-lobby-from-drawer", whole=False)
    else:
        page.get_by_role("button", name="See the lessons").click()
        page.get_by_role("heading", name="Lessons").wait_for()
    expect(page.locator(".st-key-lb_start_greetings button")).to_be_visible()
    learner = learner_in(page.url)
    shoot(page, "2-lobby")

    page.locator(".st-key-lb_demo_greetings button").click()
    page.get_by_text("Line 3 of").wait_for()
    flip(page, "Show English")  # while it plays
    page.get_by_text(GREETINGS.demo[0].gloss).wait_for()
    # The newest line scrolls into view inside the demo's box.
    page.get_by_text("Line 5 of").wait_for()
    fifth = page.locator(f"{MESSAGE}").nth(4)
    expect(fifth).to_be_in_viewport()
    shoot(page, "3-demo-playing", whole=False)
    page.get_by_role("button", name="Skip to end").click()
    page.get_by_role("button", name="Start this lesson").wait_for()
    expect(page.locator(MESSAGE)).to_have_count(len(GREETINGS.demo))
    demo_voice = page.evaluate(
        "() => (speechSynthesis.getVoices() || []).some(v => (v.lang || '').startsWith('es'))"
    )
    first_line = page.locator(MESSAGE).first
    first_line.get_by_role("button", name="Listen in Spanish").click()
    if not demo_voice:  # the demo's buttons answer a click too
        expect(first_line.get_by_text("No Spanish voice on this device")).to_be_visible()
    shoot(page, "3-demo-end", whole=False)
    expect(page.get_by_role("button", name="Start this lesson")).to_be_in_viewport()
    shoot(page, "3-demo", whole=False)

    page.get_by_role("button", name="Start this lesson").click()
    page.locator(MESSAGE).first.get_by_text(steps[0].bot).wait_for()
    expect(page.locator(f'{MESSAGE} [lang="es"]').first).to_have_text(steps[0].bot)
    # Listen speaks with a Spanish voice, or says that the device has none.
    has_voice = page.evaluate(
        "() => (speechSynthesis.getVoices() || []).some(v => (v.lang || '').startsWith('es'))"
    )
    first = page.locator(MESSAGE).first
    first.get_by_role("button", name="Listen in Spanish").click()
    if not has_voice:
        expect(first.get_by_text("No Spanish voice on this device")).to_be_visible()
    title = page.locator(".st-key-lb-header h1")
    expect(title).to_have_text(GREETINGS.title)
    expect(title).to_be_in_viewport()
    if phone:  # the title in one short line, over one line of status and controls
        line = title.bounding_box()
        assert line["height"] <= 32, f"the title should be one short line, not {line}"
        header = page.locator(".st-key-lb-header").bounding_box()
        assert header["height"] < 110, f"the phone header should be two short lines, not {header}"
    assert_in_view_without_scrolling(page)
    shoot(page, "4-chat-start", whole=False)

    answer(page, "Hola", steps[1].bot)
    answer(page, "¿Qué hora es?", step2.cues.general)
    answer(page, "My name is Ana, see www.example.com or ana@example.com", step2.cues.specific)
    assert_in_view_without_scrolling(page)
    answer(page, "me gusta el café", f"The answer was: «{step2.model_answer}»")
    assert_in_view_without_scrolling(page)
    assert_no_links_in_bubbles(page)
    # The reveal has its own listen button.
    reveal = page.locator(f"{MESSAGE}:has(.lb-reveal)").last
    listen = reveal.get_by_role("button", name="Listen in Spanish")
    expect(listen.first).to_be_visible()
    said = [b.get_attribute("data-say") for b in listen.all()]
    assert step2.model_answer in said, f"the reveal's button reads the answer: {said}"
    flip(page, "English")
    expect(page.get_by_text(steps[0].gloss)).to_have_count(1)
    expect(page.get_by_text(steps[2].gloss)).to_be_visible()
    shoot(page, "5-chat-cues-and-reveal", whole=False)
    flip(page, "English")
    answer(page, "Soy de Londres", steps[3].bot)
    expect(page.get_by_text(f"Step 4 of {len(steps)}")).to_be_visible()
    assert_in_view_without_scrolling(page)

    # Restart asks first; "Keep going" changes nothing.
    page.locator(".st-key-lb-bar [data-testid='stPopoverButton']:visible").first.click()
    page.get_by_role("button", name="Restart lesson…").click()
    page.get_by_role("dialog").get_by_role("button", name="Keep going").click()
    expect(page.get_by_text(f"Step 4 of {len(steps)}")).to_be_visible()

    url = page.url
    page.reload()
    page.locator(MESSAGE).first.wait_for()
    assert page.url == url
    expect(page.get_by_text(f"Step 4 of {len(steps)}")).to_be_visible()
    expect(page.get_by_text(f"The answer was: «{step2.model_answer}»")).to_be_visible()
    expect(page.locator(MESSAGE).last).to_contain_text(steps[3].bot)
    shoot(page, "6-chat-after-reload")

    # A plain visit in the same browser continues as the same learner, without the link.
    page.goto(streamlit_server)
    page.get_by_text("How a lesson works").wait_for()
    page.wait_for_url(re.compile(r"learner="))
    assert learner_in(page.url) == learner
    page.goto(f"{streamlit_server}/chat?lesson=greetings")
    expect(page.get_by_text(f"Step 4 of {len(steps)}")).to_be_visible()

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
    shoot(
        page, "7-celebration", whole=False
    )  # as the learner sees it; a taller window would scroll
    # Closed, the celebration leaves the page at its end, by "Next lesson", even when the page
    # under it has moved (on a phone a swipe on the dialog can scroll the conversation behind).
    page.evaluate("(m => { m.scrollTop = m.scrollHeight / 3; })(document.querySelector('.stMain'))")
    dialog.get_by_role("button", name="Close").click()
    expect(dialog).to_have_count(0)
    page.wait_for_timeout(1500)  # the run after the dialog, and any late layout
    expect(page.get_by_role("button", name=re.compile("Next lesson"))).to_be_in_viewport()
    shoot(page, "8-after-celebration", whole=False)
    assert_no_links_in_bubbles(page)
    assert errors == [], f"uncaught errors in the page: {errors}"


def test_two_browsers_never_share_an_id_and_start_afresh_asks_first(streamlit_server, browser):
    """Another browser (no cookie) gets its own id; start afresh forgets, after a confirmation."""
    from playwright.sync_api import expect

    ids = []
    for _ in range(2):
        ctx = browser.new_context()
        page = ctx.new_page()
        page.set_default_timeout(TIMEOUT_MS)
        page.goto(streamlit_server)
        page.get_by_text("How a lesson works").wait_for()
        page.wait_for_url(re.compile(r"learner="))
        ids.append(learner_in(page.url))
        if len(ids) == 2:
            page.get_by_role("button", name="Start afresh…").click()
            page.get_by_role("dialog").get_by_role("button", name="Start afresh").click()
            page.wait_for_url(lambda url: learner_in(url) != ids[1])
            fresh = learner_in(page.url)
            page.wait_for_timeout(500)
            page.goto(streamlit_server)
            page.wait_for_url(re.compile(r"learner="))
            assert learner_in(page.url) == fresh, "the cookie holds the fresh id"
            expect(page.get_by_text("How a lesson works")).to_be_visible()
        ctx.close()
    assert ids[0] != ids[1]


def cookie(context, name: str) -> str | None:
    return next((c["value"] for c in context.cookies() if c["name"] == name), None)


def test_someone_elses_link_asks_before_it_replaces_your_id(
    streamlit_server, browser, context, page, size
):
    """A link with another learner's id shows nothing of theirs and leaves this browser's id
    alone until the learner says "Continue as this learner"; then "Switch back" undoes it."""
    from playwright.sync_api import expect

    steps = GREETINGS.steps
    page.set_default_timeout(TIMEOUT_MS)
    friend = browser.new_context().new_page()  # a friend practises, then shares their link
    friend.set_default_timeout(TIMEOUT_MS)
    friend.goto(f"{streamlit_server}/chat?lesson=greetings")
    friend.locator(INPUT).wait_for()
    answer(friend, "Hola", steps[1].bot)
    answer(friend, "Me llamo Zoraida", steps[2].bot)
    link, theirs = friend.url, learner_in(friend.url)
    friend.context.close()

    page.goto(streamlit_server)  # this browser's own id, kept in its cookie
    page.get_by_text("How a lesson works").wait_for()
    page.wait_for_url(re.compile(r"learner="))
    own = learner_in(page.url)
    page.wait_for_function(f"document.cookie.includes('langbot_learner={own}')")

    page.goto(link)
    expect(page.get_by_role("heading", name="Continue as this learner?")).to_be_visible()
    page.wait_for_timeout(500)  # nothing more arrives behind the question
    assert page.locator(MESSAGE).count() == 0 and "Zoraida" not in page.inner_text("body")
    assert cookie(context, "langbot_learner") == own
    shoot(page, "link-1-asks", whole=False)
    page.get_by_role("button", name="Keep my own progress").click()
    page.wait_for_url(lambda url: f"learner={own}" in url)
    expect(page.get_by_text(f"Step 1 of {len(steps)}")).to_be_visible()
    assert cookie(context, "langbot_learner") == own

    page.goto(link)  # asked again; this time the learner continues as the friend
    page.get_by_role("button", name="Continue as this learner").click()
    expect(page.get_by_text(f"Step 3 of {len(steps)}")).to_be_visible()
    expect(page.get_by_text("Me llamo Zoraida")).to_be_visible()
    page.wait_for_function(f"document.cookie.includes('langbot_learner={theirs}')")
    assert cookie(context, "langbot_previous") == own
    expect(page.get_by_text("continuing as the learner in a shared link")).to_be_visible()
    shoot(page, "link-2-continued")  # the whole page: the way back is at its top
    page.locator(".st-key-lb-bar [data-testid='stPopoverButton']:visible").first.click()
    menu = page.locator(".st-key-lb_switch_back_menu button")
    expect(menu).to_be_visible()
    shoot(page, "link-2-menu", whole=False)
    page.keyboard.press("Escape")

    page.goto(streamlit_server)  # a plain visit is now the friend's, with the way back
    page.wait_for_url(lambda url: f"learner={theirs}" in url)
    back = page.get_by_role("button", name="Switch back to your own progress")
    back.wait_for()
    shoot(page, "link-3-home-switch-back")
    back.click()
    page.wait_for_url(lambda url: f"learner={own}" in url)
    page.wait_for_function(
        f"document.cookie.includes('langbot_learner={own}')"
        " && !document.cookie.includes('langbot_previous=')"
    )
    page.goto(f"{streamlit_server}/chat?lesson=greetings")
    expect(page.get_by_text(f"Step 1 of {len(steps)}")).to_be_visible()
    assert learner_in(page.url) == own and "Zoraida" not in page.inner_text("body")


def test_the_server_checks_the_lessons_before_its_first_visitor(tmp_path, bad_lessons_dir, browser):
    """`streamlit run` runs the start-up check before it takes requests: a model answer its
    own step rejects is named on the very first page, not a while after it (the server
    still starts, so the learner reads what is wrong instead of a dead page)."""
    env = {**os.environ, "LANGBOT_STORE_PATH": str(tmp_path / "progress.sqlite3")}
    env["LANGBOT_LESSONS_DIR"] = str(bad_lessons_dir)
    with run_streamlit(env, tmp_path / "streamlit.log") as base:
        page = browser.new_context().new_page()
        page.set_default_timeout(TIMEOUT_MS)
        page.goto(f"{base}/chat?lesson=greetings")
        alert = page.locator('[data-testid="stAlertContentError"]')
        alert.wait_for()
        page.wait_for_timeout(300)  # the page as drawn, before anything could poll
        assert page.locator(MESSAGE).count() == 0, "no lesson is started from a bad file"
        assert "steps[1].model_answer 'Me gusta el café.' is not accepted" in alert.inner_text()


def test_opening_a_page_by_its_address_connects_at_the_first_try(streamlit_server, browser):
    """A learner who opens /chat or /lobby (a bookmark, a reload) is not made to wait for the
    frontend's probe of /<page>/_stcore/health, its 404 and the half-second retry after it."""
    for path, heading in (
        ("/chat?lesson=greetings", GREETINGS.title),
        ("/lobby", "Lessons"),
        ("/demo", "Watch a demo"),
    ):
        page = browser.new_context().new_page()
        page.set_default_timeout(TIMEOUT_MS)
        probes: list[str] = []
        page.on(
            "request",
            lambda r, seen=probes: seen.append(r.url) if "_stcore/health" in r.url else None,
        )
        # The chunk that draws a chat line is fetched with the bundle, not after the first
        # message has arrived over the websocket.
        order: list[str] = []
        page.on("websocket", lambda _ws, seen=order: seen.append("websocket"))
        page.on(
            "request",
            lambda r, seen=order: seen.append("html-chunk") if "/js/Html." in r.url else None,
        )
        page.goto(streamlit_server + path)
        page.get_by_role("heading", name=heading).wait_for()
        assert probes == [f"{streamlit_server}/_stcore/health"], (path, probes)
        assert order[:2] == ["html-chunk", "websocket"], (path, order)
        page.context.close()


def test_a_page_behind_a_path_prefix_finds_its_server_under_that_prefix(browser):
    """Behind a proxy that serves the app under a prefix (as hosting often does), the page's
    base is the address minus the page, not the server's root."""
    from langbot.app.routes import page_html

    page = browser.new_context().new_page()
    page.route(
        "**/*",
        lambda route: (
            route.fulfill(body=page_html("chat"), content_type="text/html")
            if route.request.url.endswith("/~/+/chat/")
            else route.abort()
        ),
    )
    page.goto("http://tutor.example/~/+/chat/")
    assert page.evaluate("window.__streamlit.BACKEND_BASE_URL") == "http://tutor.example/~/+/"
    page.context.close()
