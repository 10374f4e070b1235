"""A learner's review items as an Anki deck (`genanki`) or as CSV, with the same fields.

The front of a card has the bot's question and what the learner wrote; the back has the
correction, the cue and the English gloss. Learner text is escaped: it is plain text.
"""

import csv
import hashlib
import html
import io
import itertools
import json
import sqlite3
import tempfile
import zipfile
from contextlib import closing
from datetime import UTC, tzinfo
from pathlib import Path

import genanki

from langbot.review.days import day_of
from langbot.review.items import ReviewItem

FIELDS = ("question", "you_wrote", "correction", "cue", "english", "lesson", "step", "due")
FORMATS = ("apkg", "csv")
MODEL_ID = 1_734_021_207  # fixed, so a re-imported deck updates its notes instead of copying
_CSS = ".card{font-family:sans-serif;font-size:20px;text-align:center}.wrote{color:#b00020}"
_MODEL = genanki.Model(
    MODEL_ID,
    "LangBot review",
    fields=[{"name": "Question"}, {"name": "YouWrote"}, {"name": "Correction"},
            {"name": "Cue"}, {"name": "English"}],
    templates=[
        {
            "name": "Review",
            "qfmt": "{{Question}}<br><br><span class=wrote>You wrote: {{YouWrote}}</span>",
            "afmt": "{{FrontSide}}<hr id=answer><b>{{Correction}}</b><br><br>"
            "<i>Hint: {{Cue}}</i><br>{{English}}",
        }
    ],
    css=_CSS,
)  # fmt: skip


def rows(items: list[ReviewItem], tz: tzinfo = UTC) -> list[dict[str, str]]:
    """The export's fields for each item, in the lessons' order (due: the learner's date)."""
    ordered = sorted(items, key=lambda i: (i.lesson_id, i.step))
    return [
        {
            "question": i.bot,
            "you_wrote": i.wrote,
            "correction": i.correction,
            "cue": i.cue,
            "english": i.gloss,
            "lesson": i.lesson_id,
            "step": str(i.step),
            "due": day_of(i.due, tz),
        }
        for i in ordered
    ]


def to_csv(items: list[ReviewItem], tz: tzinfo = UTC) -> bytes:
    """The items as UTF-8 CSV (with a BOM, so spreadsheets read the accents), one row each."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows(items, tz))
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def deck_id(learner: str) -> int:
    """A stable deck id per learner, so a new export updates the same deck in Anki."""
    return int.from_bytes(hashlib.sha256(learner.encode()).digest()[:4], "big") | 1 << 30


def to_apkg(items: list[ReviewItem], learner: str, now: float) -> bytes:
    """The items as an Anki package: a zip holding its collection database."""
    deck = genanki.Deck(deck_id(learner), "LangBot: my Spanish mistakes")
    for row in rows(items):
        fields = [html.escape(row[k]) for k in ("question", "you_wrote", "correction", "cue")]
        fields.append(html.escape(row["english"]))
        guid = genanki.guid_for(learner, row["lesson"], row["step"])
        deck.add_note(genanki.Note(model=_MODEL, fields=fields, guid=guid, tags=[row["lesson"]]))
    package = genanki.Package(deck)
    # genanki's own write_to_file leaves its temporary database behind: write it here instead.
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "collection.anki2"
        with closing(sqlite3.connect(path)) as db:
            package.write_to_db(db.cursor(), now, itertools.count(int(now * 1000)))
            db.commit()
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package_zip:
            package_zip.write(path, "collection.anki2")
            package_zip.writestr("media", json.dumps({}))
    return buffer.getvalue()


def export(items: list[ReviewItem], learner: str, fmt: str, now: float, tz: tzinfo = UTC) -> bytes:
    """The items in `fmt` ("apkg" or "csv"; the CSV's due dates in the learner's zone)."""
    return to_apkg(items, learner, now) if fmt == "apkg" else to_csv(items, tz)
