"""Export of a learner's review items: the Anki package, the CSV, `langbot review` and the API."""

import base64
import csv
import io
import sqlite3
import zipfile
from datetime import UTC, datetime
from io import StringIO
from pathlib import Path

import pytest
from store_contract import review_item

from langbot import api, review_api
from langbot.cli import main
from langbot.lessons import load_lessons
from langbot.practice import Practice
from langbot.review.export import FIELDS, to_apkg, to_csv
from langbot.review.scheduling import CLOCK_SHIFT
from langbot.storage import MemoryStore, SqliteStore
from langbot.tutor import Tutor

ROOT = Path(__file__).resolve().parent.parent
LEARNER = "export-learner-01"
MISSED = 'Me llama "Ana", <b>sí</b>'


def play(store, learner: str = LEARNER) -> None:
    """Greetings steps 1-3: step 2 right after a cue, step 3 revealed."""
    practice = Practice(Tutor(load_lessons(ROOT / "lessons")), store)
    for text in ["Hola", MISSED, "Me llamo Ana", "xyz", "qwerty", "asdf"]:
        practice.answer(learner, "greetings", text)


def notes_in(apkg: bytes) -> list[list[str]]:
    """The notes' fields, read from the package's collection database as Anki would."""
    with zipfile.ZipFile(io.BytesIO(apkg)) as package:
        assert "collection.anki2" in package.namelist()
        data = package.read("collection.anki2")
    path = Path("collection.anki2")
    path.write_bytes(data)
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT flds FROM notes ORDER BY sfld").fetchall()
        decks = db.execute("SELECT decks FROM col").fetchone()[0]
    assert "LangBot: my Spanish mistakes" in decks
    return [row[0].split("\x1f") for row in rows]


def test_the_anki_package_holds_a_note_per_missed_step():
    store = MemoryStore()
    play(store)
    items = store.reviews(LEARNER).items
    notes = notes_in(to_apkg(items, LEARNER, 1_780_000_000.0))
    assert len(notes) == 2
    by_question = {n[0]: n for n in notes}
    step2 = by_question["Me llamo Sofía. ¿Cómo te llamas?"]
    # front: the question and what they wrote (escaped: plain text); back: correction, cue, gloss
    assert step2[1] == "Me llama &quot;Ana&quot;, &lt;b&gt;sí&lt;/b&gt;"
    assert (
        step2[2] == "Me llamo Ana."  # markup is never written back: the model answer
        and step2[4] == "My name is Sofía. What&#x27;s your name?"
    )
    assert step2[3] == load_lessons(ROOT / "lessons")["greetings"].steps[1].cues.general


def test_the_csv_holds_the_same_fields():
    store = MemoryStore()
    play(store)
    text = to_csv(store.reviews(LEARNER).items).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == FIELDS and len(rows) == 2
    assert rows[0]["you_wrote"] == MISSED and rows[0]["step"] == "2"
    assert rows[1]["question"] == load_lessons(ROOT / "lessons")["greetings"].steps[2].bot


def run(*argv: str, stdin: str = "") -> tuple[int, str]:
    out = StringIO()
    code = main(list(argv), out=out, inp=StringIO(stdin))
    return code, out.getvalue()


def test_cli_export_writes_a_deck_and_a_csv(tmp_path):
    play(SqliteStore(tmp_path / "progress.sqlite3"))
    code, out = run("review", "export", "--learner", LEARNER, "--format", "apkg")
    assert code == 0 and "Wrote 2 item(s) to langbot-review.apkg" in out
    assert len(notes_in(Path("langbot-review.apkg").read_bytes())) == 2
    code, out = run("review", "export", "--learner", LEARNER, "--format", "csv", "--output", "-")
    assert code == 0 and out.startswith(",".join(FIELDS))
    assert next(csv.DictReader(io.StringIO(out)))["you_wrote"] == MISSED


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["review", "--learner", "no"], "is not a learner id"),
        (["review", "export", "--learner", LEARNER, "--output", "-"], "binary"),
    ],
)
def test_cli_review_refuses_bad_input_with_status_2(argv, message, capsys):
    assert run(*argv)[0] == 2
    assert message in capsys.readouterr().err


def test_cli_review_runs_the_due_reviews(tmp_path, monkeypatch):
    play(SqliteStore(tmp_path / "progress.sqlite3"))
    code, out = run("review", "--learner", LEARNER)
    assert code == 0 and "Your next review is tomorrow" in out
    monkeypatch.setenv(CLOCK_SHIFT, "2")
    code, out = run("review", "--learner", LEARNER, stdin="Me llamo Ana\nmal\nmal\nmal\n")
    assert code == 0 and "2 review(s) due" in out
    assert out.index("Me llamo Sofía") < out.index(f"Last time you wrote «{MISSED}»")
    assert "(right first time)" in out and "(answer shown)" in out
    assert "All 2 review(s) done: 1 right first time, 1 answer shown." in out
    code, out = run("review", "--learner", LEARNER)
    assert "Nothing to review today" in out


def test_cli_review_stops_on_eof_keeping_what_was_answered(tmp_path, monkeypatch):
    store = SqliteStore(tmp_path / "progress.sqlite3")
    play(store)
    monkeypatch.setenv(CLOCK_SHIFT, "2")
    code, out = run("review", "--learner", LEARNER, stdin="Me llamo Ana\n")
    assert code == 0 and "¡Hasta luego!" in out
    histories = sorted(len(i.history) for i in store.reviews(LEARNER).items)
    assert histories == [1, 2]


def export_event(query):
    return {
        "rawPath": "/review/export",
        "requestContext": {"http": {"method": "GET"}},
        "queryStringParameters": query,
    }


@pytest.fixture
def api_store():
    store = MemoryStore()
    review_api.reset_store(store)
    api.reset_tutor(Tutor(load_lessons(ROOT / "lessons")))
    yield store
    review_api.reset_store()
    api.reset_tutor()


def test_api_export_includes_lessons_finished_before_reviews_existed(api_store):
    tutor = Tutor(load_lessons(ROOT / "lessons"))
    conv = tutor.start("greetings")  # played and saved as before review items existed
    for text in ["Hola", MISSED, "Me llamo Ana", "Soy de Londres", "Estoy bien",
                 "Sí, soy estudiante", "Hablo un poco de español", "Adiós"]:  # fmt: skip
        conv = api_store.save(LEARNER, tutor.respond(conv, text).conversation)
    api_store.record_completion(LEARNER, "greetings", {"steps": 7, "first_try": 6})
    assert conv.completed and api_store.reviews(LEARNER).items == []
    for _ in range(2):  # a second export makes no second item
        result = api.handler(export_event({"learner": LEARNER, "format": "csv"}))
        assert result["statusCode"] == 200
        rows = list(csv.DictReader(io.StringIO(result["body"].lstrip("\ufeff"))))
        assert [(r["step"], r["you_wrote"]) for r in rows] == [("2", MISSED)]


def test_api_exports_the_deck_and_the_csv(api_store):
    play(api_store)
    result = api.handler(export_event({"learner": LEARNER}))
    assert result["statusCode"] == 200 and result["isBase64Encoded"] is True
    assert "langbot-review.apkg" in result["headers"]["Content-Disposition"]
    assert len(notes_in(base64.b64decode(result["body"]))) == 2
    result = api.handler(export_event({"learner": LEARNER, "format": "csv"}))
    assert result["headers"]["Content-Type"].startswith("text/csv")
    assert result["body"].lstrip("\ufeff").startswith(",".join(FIELDS))


@pytest.mark.parametrize(
    ("query", "field"),
    [
        (None, "learner"),
        ({"learner": "x y"}, "learner"),
        ({"learner": LEARNER, "format": "pdf"}, "format"),
        ({"learner": LEARNER, "format": "csv", "tz": "Mars/Olympus"}, "tz"),
    ],
)
def test_api_export_refuses_a_bad_query_naming_the_field(api_store, query, field):
    result = api.handler(export_event(query))
    assert result["statusCode"] == 400 and f'"field": "{field}"' in result["body"]


def test_the_csvs_due_date_is_the_learners_own(api_store, progress_file):
    store_item = review_item(due=datetime(2026, 3, 2, 20, 0, tzinfo=UTC).timestamp())
    api_store.save_review(LEARNER, store_item)  # 20:00 UTC on the 2nd: the 3rd in Tokyo
    SqliteStore(progress_file).save_review(LEARNER, store_item)  # the CLI's
    query = {"learner": LEARNER, "format": "csv"}
    for tz, day in ((None, "2026-03-02"), ("Asia/Tokyo", "2026-03-03")):
        body = api.handler(export_event(query | ({"tz": tz} if tz else {})))["body"]
        assert next(csv.DictReader(io.StringIO(body.lstrip("\ufeff"))))["due"] == day
    code, out = run("review", "export", "--learner", LEARNER, "--format", "csv", "--output", "-",
                    "--tz", "Asia/Tokyo")  # fmt: skip
    assert code == 0 and next(csv.DictReader(io.StringIO(out)))["due"] == "2026-03-03"


def test_the_cli_refuses_a_time_zone_it_does_not_know(capsys):
    code, _ = run("review", "--learner", LEARNER, "--tz", "Mars/Olympus")
    assert code == 2 and "is not a time zone" in capsys.readouterr().err
