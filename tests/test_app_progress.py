"""Kept progress in the app: saved on the first answer, stale tabs, bad rows, a read-only file."""

import html
import re
import sqlite3
import time
from contextlib import closing
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from langbot.app import learner as browser
from langbot.lessons import load_lesson_file
from langbot.practice import DAMAGED, Practice
from langbot.storage import SqliteStore
from langbot.tutor import Tutor

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "streamlit_app.py"
PAGES = "langbot/app/pages"  # where the chat and lobby pages live, relative to streamlit_app.py
GREETINGS = load_lesson_file(ROOT / "lessons" / "greetings.yaml")
LEARNER = "apptest-tabs-0001"


def open_page(page: str, lesson: str | None = "greetings") -> AppTest:
    """One browser tab on a page, for LEARNER."""
    at = AppTest.from_file(str(APP), default_timeout=30)
    at.query_params["learner"] = LEARNER
    if lesson:
        at.query_params["lesson"] = lesson
    at.run()
    at.switch_page(f"{PAGES}/{page}.py").run()
    assert not at.exception, at.exception
    return at


def say(at: AppTest, text: str) -> AppTest:
    at.chat_input[0].set_value(text).run()
    assert not at.exception, at.exception
    return at


def shown_html(at: AppTest) -> list[str]:
    """What every st.html element on the page shows: tags dropped, entities decoded."""
    bodies, todo = [], [at.main]
    while todo:
        node = todo.pop(0)
        if node.type == "html":
            body = re.sub(r'<div class="lb-listen">.*?</div>', "", node.proto.body)
            bodies.append(html.unescape(re.sub(r"<[^>]+>", " ", body)))
        todo.extend(getattr(node, "children", {}).values())
    return bodies


def raw_html(at: AppTest) -> list[str]:
    """The body of every st.html element, as sent."""
    bodies, todo = [], [at.main]
    while todo:
        node = todo.pop(0)
        if node.type == "html":
            bodies.append(node.proto.body)
        todo.extend(getattr(node, "children", {}).values())
    return bodies


def page_text(at: AppTest) -> str:
    """Everything the page sends to the browser, as the protobuf text of every element."""
    parts, todo = [], [at.main, at.sidebar]
    while todo:
        node = todo.pop(0)
        if getattr(node, "proto", None) is not None:
            parts.append(str(node.proto))
        todo.extend(getattr(node, "children", {}).values())
    return "\n".join(parts)


def status(at: AppTest) -> str:
    """The chat header's one-line status, e.g. "Step 2 of 6 Try 1/3 ●○○"."""
    body = next(b for b in shown_html(at) if "Step " in b and "Try " in b or "All steps" in b)
    return " ".join(body.split())


def step_shown(at: AppTest) -> str:
    return re.search(r"Step \d+ of \d+", status(at)).group()


def rows(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT learner, lesson_id FROM progress").fetchall()


def test_viewing_a_lesson_saves_nothing_and_the_first_answer_does(progress_file):
    at = open_page("chat")
    at.run()
    assert rows(progress_file) == []
    say(at, "Hola")
    assert rows(progress_file) == [(LEARNER, "greetings")]


def test_an_answer_in_a_stale_tab_reloads_it_with_a_notice_and_costs_no_try():
    first, second = open_page("chat"), open_page("chat")
    say(first, "Hola")  # the first tab moves on to step 2
    say(second, "Hola")  # the second tab still shows step 1
    assert any("another tab" in w.value for w in second.warning)
    steps = len(GREETINGS.steps)
    assert step_shown(second) == f"Step 2 of {steps}"  # reloaded where the lesson stands
    assert "Try 1/3" in status(second)  # no try used
    assert any(GREETINGS.steps[1].bot in b for b in shown_html(second))
    say(second, "Me llamo Ana")  # now it answers the current step
    assert step_shown(second) == f"Step 3 of {steps}"


def test_bad_stored_rows_are_skipped_or_repaired_never_a_traceback(progress_file):
    SqliteStore(progress_file)  # creates the tables
    conv = Tutor({"greetings": GREETINGS}).start("greetings").model_copy(update={"step": 99})
    with sqlite3.connect(progress_file) as db:
        db.execute(
            "INSERT INTO progress (learner, lesson_id, conversation, updated_at)"
            " VALUES (?, 'greetings', ?, 1e12), (?, 'cafe', '{not json', 1e12)",
            (LEARNER, conv.model_dump_json(exclude={"version"}), LEARNER),
        )
        db.execute(
            "INSERT INTO completions (learner, lesson_id, summary, completed_at)"
            " VALUES (?, 'numbers', 'oops', 1)",
            (LEARNER,),
        )
    lobby = open_page("lobby", lesson=None)
    assert lobby.title[0].value == "Lessons"
    chat = open_page("chat")
    steps = len(GREETINGS.steps)
    assert step_shown(chat) == f"Step {steps} of {steps}"
    say(chat, GREETINGS.steps[-1].model_answer)
    assert not chat.exception


def test_a_lesson_whose_saved_row_is_cut_short_starts_afresh_and_saves(progress_file):
    at = open_page("chat")
    say(say(at, "Hola"), "Me llamo Ana")
    with closing(sqlite3.connect(progress_file)) as db, db:  # a torn write
        db.execute("UPDATE progress SET conversation = substr(conversation, 1, 60)")
    at = open_page("chat")  # the learner comes back
    steps = len(GREETINGS.steps)
    assert step_shown(at) == f"Step 1 of {steps}"
    assert sum(DAMAGED in b for b in shown_html(at)) == 1
    say(at, "Hola")  # judged and saved, not "moved on in another tab"
    assert not any("another tab" in w.value for w in at.warning)
    assert step_shown(at) == f"Step 2 of {steps}"
    say(at, "Me llamo Ana")
    assert step_shown(at) == f"Step 3 of {steps}"
    assert sum(DAMAGED in b for b in shown_html(at)) == 1  # one notice, not one per answer


def test_a_file_that_turns_read_only_mid_lesson_keeps_the_learners_place(
    progress_file, monkeypatch
):
    at = open_page("chat")
    say(at, "Hola")

    def read_only(self):
        return sqlite3.connect(f"file:{progress_file}?mode=ro", uri=True, isolation_level=None)

    monkeypatch.setattr(SqliteStore, "_connect", read_only)
    steps = len(GREETINGS.steps)
    say(at, "Me llamo Ana")  # the save fails: kept in memory
    assert step_shown(at) == f"Step 3 of {steps}"
    say(at, "Soy de Lima")  # judged against step 3, not a restarted lesson's step 1
    assert step_shown(at) == f"Step 4 of {steps}"
    assert any("memory" in w.value for w in at.info)


def test_the_hosted_app_never_shows_a_traceback_to_a_learner():
    import tomllib

    settings = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert settings["client"]["showErrorDetails"] == "none"


def test_a_progress_file_that_goes_away_mid_lesson_keeps_every_learner_practising(
    progress_file, tmp_path
):
    at = open_page("chat")
    say(at, "Hola")
    # The file stops working as a whole, for reads too: its folder entry is now a directory
    # (a real failure, even as root, where chmod blocks nothing).
    aside = tmp_path / "aside"
    aside.mkdir()
    for part in tmp_path.glob("progress.sqlite3*"):
        part.rename(aside / part.name)
    progress_file.mkdir()
    steps = len(GREETINGS.steps)
    say(at, "Me llamo Ana")  # typed in the open tab: judged and kept
    assert step_shown(at) == f"Step 3 of {steps}"
    assert any("kept in memory" in i.value for i in at.info)
    assert at.chat_input and not at.error
    at = open_page("chat")  # a reload: the place is kept, the input box is there
    assert step_shown(at) == f"Step 3 of {steps}" and at.chat_input
    say(at, "Soy de Lima")
    assert step_shown(at) == f"Step 4 of {steps}"
    lobby = open_page("lobby", lesson=None)
    assert lobby.title[0].value == "Lessons" and not lobby.error
    for page in (at, lobby):
        shown = page_text(page)
        assert any("kept in memory" in i.value for i in page.info)
        assert str(tmp_path) not in shown and "sqlite3" not in shown, "a server path was shown"
    progress_file.rmdir()  # the file is back: what waited in memory is written
    for part in aside.iterdir():
        part.rename(tmp_path / part.name)
    deadline = time.monotonic() + 10
    while (SqliteStore(progress_file).load(LEARNER, "greetings").step != 4
           and time.monotonic() < deadline):  # fmt: skip
        time.sleep(0.1)
    assert SqliteStore(progress_file).load(LEARNER, "greetings").step == 4


OWN = "apptest-own-0042"  # this browser's own id, in its cookie


@pytest.fixture
def own_cookie(monkeypatch):
    """This browser's cookie holds its own id. AppTest cannot send cookies, so our own seam
    (`browser_cookies`) hands them in; the browser test sends real ones."""
    monkeypatch.setattr(browser, "browser_cookies", lambda: {browser.COOKIE: OWN})


def cookie_written(at: AppTest, learner: str, previous: str | None = None) -> bool:
    """Whether this run wrote `learner` (and `previous`, or cleared it) to the cookies."""
    text = "\n".join(raw_html(at))
    kept = f'langbot_previous=\'+"{previous}"' if previous else "langbot_previous=;Max-Age=0"
    return f'langbot_learner=\'+"{learner}"' in text and kept in text


def someone_elses_progress(progress_file: Path) -> None:
    """LEARNER (the id in the link) is at step 3, having said their name is Zoraida."""
    practice = Practice(Tutor({"greetings": GREETINGS}), SqliteStore(progress_file))
    practice.answer(LEARNER, "greetings", "Hola", expected_step=1)
    practice.answer(LEARNER, "greetings", "Me llamo Zoraida", expected_step=2)


def test_someone_elses_link_asks_first_and_shows_nothing_of_theirs(progress_file, own_cookie):
    someone_elses_progress(progress_file)
    at = open_page("chat")  # ?learner=LEARNER, while the cookie says OWN
    assert at.title[0].value == "Continue as this learner?"
    assert not at.chat_message and not at.chat_input
    assert "Zoraida" not in page_text(at) and "document.cookie" not in page_text(at)
    assert at.query_params["learner"] == LEARNER  # kept until answered: a reload asks again
    at.button(key="lb_link_no").click().run()
    assert at.query_params["learner"] == OWN
    assert step_shown(at) == f"Step 1 of {len(GREETINGS.steps)}"  # OWN's own lesson
    assert "Zoraida" not in page_text(at) and "document.cookie" not in page_text(at)


def test_continuing_as_a_links_learner_moves_the_cookie_and_can_switch_back(
    progress_file, own_cookie
):
    someone_elses_progress(progress_file)
    at = open_page("chat")
    at.button(key="lb_link_yes").click().run()
    assert step_shown(at) == f"Step 3 of {len(GREETINGS.steps)}" and "Zoraida" in page_text(at)
    assert cookie_written(at, LEARNER, previous=OWN)  # the own id is kept, to switch back to
    assert "continuing as the learner in a shared link" in page_text(at)
    say(at, "Soy de Lima")  # answers go to the link's learner
    assert step_shown(at) == f"Step 4 of {len(GREETINGS.steps)}"
    at.button(key="lb_switch_back_top").click().run()
    assert at.query_params["learner"] == OWN
    assert step_shown(at) == f"Step 1 of {len(GREETINGS.steps)}"
    assert cookie_written(at, OWN) and "Zoraida" not in page_text(at)
    assert not [b for b in at.button if b.key and b.key.startswith("lb_switch_back")]
