"""The Review and Progress pages through AppTest, as a learner uses them."""

import re
import sqlite3
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from store_contract import review_item
from streamlit.testing.v1 import AppTest

from langbot.app import review_ui
from langbot.lessons import load_lessons
from langbot.practice import Practice
from langbot.review.items import Review
from langbot.review.scheduling import CLOCK_SHIFT
from langbot.storage import SqliteStore
from langbot.tutor import Tutor

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "streamlit_app.py"
LEARNER = "apptest-review-0001"
MISSED = "**Me llama** <i>Ana</i>"  # learner text: must show as written


@pytest.fixture
def progress_file(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "progress.sqlite3"
    monkeypatch.setenv("LANGBOT_STORE_PATH", str(path))
    return path


def play_greetings_with_a_miss(path: Path) -> None:
    """Steps 1-2 of greetings, step 2 right only after a cue: one review item."""
    practice = Practice(Tutor(load_lessons(ROOT / "lessons")), SqliteStore(path))
    for text in ["Hola", MISSED, "Me llamo Ana"]:
        practice.answer(LEARNER, "greetings", text)


def open_page(page: str) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=30)
    at.query_params["learner"] = LEARNER
    at.run()
    at.switch_page(f"langbot/app/pages/{page}.py").run()
    assert not at.exception, at.exception
    return at


def shown(at: AppTest) -> str:
    """Every Markdown, caption, text and metric label on the page, joined."""
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption]
    parts += [t.value for t in at.text] + [str(m.label) for m in at.metric]
    parts += [s.value for s in at.success] + [w.value for w in at.warning]
    return "\n".join(parts)


def figures(at: AppTest) -> dict[str, str]:
    """The Progress page's headline figures: each label and its number, as shown."""
    (body,) = [h.proto.body for h in at.get("html") if "lb-figures" in h.proto.body]
    return dict(re.findall(r"<dt>([^<]+)</dt><dd>([^<]+)</dd>", body))


def test_with_no_items_the_review_page_says_so(progress_file):
    at = open_page("review")
    assert "no reviews yet" in shown(at)
    assert not at.chat_input


def test_an_item_not_yet_due_says_when_the_next_review_is(progress_file):
    play_greetings_with_a_miss(progress_file)
    at = open_page("review")
    assert "Nothing to review today. Your next review is tomorrow." in shown(at)
    assert not at.chat_input


def test_a_due_review_is_asked_answered_and_celebrated(progress_file, monkeypatch):
    play_greetings_with_a_miss(progress_file)
    monkeypatch.setenv(CLOCK_SHIFT, "2")
    for page in ("home", "lobby"):
        assert "1 review due today" in shown(open_page(page)), page
    at = open_page("review")
    assert "Review 1 of 1" in at.get("progress")[0].proto.text
    assert "Me llamo Sofía" in "".join(h.proto.body for h in at.get("html"))
    assert MISSED not in shown(at)  # the earlier answer only after they answer
    at.chat_input[0].set_value("Me gusta el café").run()
    assert not at.exception, at.exception
    assert MISSED not in shown(at) and at.chat_input  # a cue, the same item, try 2
    at.chat_input[0].set_value("Me llamo Ana").run()
    assert not at.exception, at.exception
    assert f"You wrote: {MISSED}" in [t.value.splitlines()[0] for t in at.text]
    assert "Right after a cue" in shown(at)
    [finish] = [b for b in at.button if b.label == "Finish"]
    finish.click().run()
    assert "Reviews done" in at.subheader[0].value
    assert [m.value for m in at.metric] == ["0", "1", "0"]
    assert "Your next review is" in shown(at)
    (item,) = SqliteStore(progress_file).reviews(LEARNER).items
    assert [r.source for r in item.history] == ["lesson", "review"]
    assert item.history[-1].rating == 2  # Hard: right after a cue


def test_a_corrupt_review_row_gets_one_notice_and_the_rest_still_works(progress_file, monkeypatch):
    play_greetings_with_a_miss(progress_file)
    with sqlite3.connect(progress_file) as db:
        db.execute(
            "INSERT INTO reviews (learner, item_id, item, updated_at, version)"
            " VALUES (?, 'greetings#5', '{broken', 0, 1)",
            (LEARNER,),
        )
    monkeypatch.setenv(CLOCK_SHIFT, "2")
    at = open_page("review")
    assert len(at.warning) == 1 and "could not be read" in at.warning[0].value
    assert "Review 1 of 1" in at.get("progress")[0].proto.text


def test_the_progress_page_shows_scores_mistakes_streak_and_exports(progress_file):
    play_greetings_with_a_miss(progress_file)
    at = open_page("progress")
    assert figures(at) == {"Days in a row": "1", "Reviews due today": "0", "Steps to review": "1"}
    assert "| Saludos y presentaciones | 1 | 2 | 50% |" in shown(at)
    (chart,) = [h.proto.body for h in at.get("html") if "lb-kinds" in h.proto.body]
    bars = re.findall(r"<div>([^<]+)</div><div class=lb-bars>(.*?)</div></div>", chart)
    assert [kind for kind, _ in bars][0] in ("reflexive verbs", "verb person")
    assert '"mistakes: 1">1<' in bars[0][1] and '"fixed since: 0">0<' in bars[0][1]
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["Download as Anki deck", "Download as CSV"]


def test_the_lobby_shows_no_due_line_when_nothing_is_due(progress_file):
    at = open_page("lobby")
    assert "due today" not in shown(at)


def test_a_review_answered_while_the_store_is_away_is_kept_and_saved_later(
    progress_file, tmp_path, monkeypatch
):
    play_greetings_with_a_miss(progress_file)
    monkeypatch.setenv(CLOCK_SHIFT, "2")
    at = open_page("review")
    aside = tmp_path / "aside"  # the file stops working as a whole, for reads too
    aside.mkdir()
    for part in tmp_path.glob("progress.sqlite3*"):
        part.rename(aside / part.name)
    progress_file.mkdir()
    at.chat_input[0].set_value("Me llamo Ana").run()
    assert not at.exception and not at.error, at.error
    assert "Right first time" in shown(at)
    assert any("kept in memory" in i.value for i in at.info)
    assert str(tmp_path) not in "".join(i.value for i in at.info)
    progress_file.rmdir()  # the file is back: the review kept in memory is written
    for part in aside.iterdir():
        part.rename(tmp_path / part.name)
    deadline = time.monotonic() + 10
    while len(SqliteStore(progress_file).reviews(LEARNER).items[0].history) < 2:
        assert time.monotonic() < deadline, "the kept review was never saved"
        time.sleep(0.1)
    (item,) = SqliteStore(progress_file).reviews(LEARNER).items
    assert [(r.source, r.rating) for r in item.history] == [("lesson", 2), ("review", 3)]


def finish_before_reviews_existed(path: Path) -> None:
    """Greetings played and saved as before review items existed: step 2 missed once."""
    tutor, store = Tutor(load_lessons(ROOT / "lessons")), SqliteStore(path)
    conv = tutor.start("greetings")
    for text in ["Hola", MISSED, "Me llamo Ana", "Soy de Londres", "Estoy bien",
                 "Sí, soy estudiante", "Hablo un poco de español", "Adiós"]:  # fmt: skip
        conv = store.save(LEARNER, tutor.respond(conv, text).conversation)
    store.record_completion(LEARNER, "greetings", {"steps": 7, "first_try": 6})
    assert conv.completed and store.reviews(LEARNER).items == []


@pytest.mark.parametrize("page", ["home", "lobby"])
def test_the_due_count_includes_lessons_finished_before_reviews_existed(
    progress_file, monkeypatch, page
):
    finish_before_reviews_existed(progress_file)
    monkeypatch.setenv(CLOCK_SHIFT, "2")
    assert "1 review due today" in shown(open_page(page))
    assert "1 review due today" in shown(open_page(page))  # a second visit makes no second item
    assert len(SqliteStore(progress_file).reviews(LEARNER).items) == 1


def test_a_lesson_finished_before_reviews_existed_comes_back_for_review(progress_file, monkeypatch):
    finish_before_reviews_existed(progress_file)
    monkeypatch.setenv(CLOCK_SHIFT, "2")
    at = open_page("review")
    assert "Review 1 of 1" in at.get("progress")[0].proto.text
    at.chat_input[0].set_value("Me llamo Ana").run()
    assert f"You wrote: {MISSED}" in [t.value.splitlines()[0] for t in at.text]
    assert len(SqliteStore(progress_file).reviews(LEARNER).items) == 1  # made once


def test_days_in_a_row_are_counted_in_the_browsers_time_zone(progress_file, monkeypatch):
    la = ZoneInfo("America/Los_Angeles")
    late, early = (datetime(2026, 3, d, h, 30, tzinfo=la).timestamp() for d, h in ((1, 23), (2, 0)))
    history = [Review(late, 2, "lesson"), Review(early, 3)]  # 23:30, then 00:30: two days there
    SqliteStore(progress_file).save_review(
        LEARNER, review_item(history=history, due=early + 86400, created_at=late)
    )
    now = datetime(2026, 3, 2, 1, 0, tzinfo=la).timestamp()  # the review clock, at 01:00 there
    monkeypatch.setenv(CLOCK_SHIFT, str((now - time.time()) / 86400))
    monkeypatch.setattr(review_ui, "browser_timezone", lambda: "America/Los_Angeles")
    assert figures(open_page("progress"))["Days in a row"] == "2"
    monkeypatch.setattr(review_ui, "browser_timezone", lambda: "Not/AZone")  # UTC, then
    assert figures(open_page("progress"))["Days in a row"] == "1"
