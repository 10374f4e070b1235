"""Progress in one SQLite file in WAL mode, the default store."""

import json
import logging
import sqlite3
import time
from contextlib import closing
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from langbot.conversation import Conversation
from langbot.errors import StorageError

log = logging.getLogger(__name__)

DEFAULT_PATH = Path(".langbot/progress.sqlite3")

SCHEMA = """
CREATE TABLE IF NOT EXISTS progress (
    learner TEXT NOT NULL,
    lesson_id TEXT NOT NULL,
    conversation TEXT NOT NULL,
    updated_at REAL NOT NULL,
    PRIMARY KEY (learner, lesson_id)
);
CREATE TABLE IF NOT EXISTS completions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    learner TEXT NOT NULL,
    lesson_id TEXT NOT NULL,
    summary TEXT NOT NULL,
    completed_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS completions_by_learner ON completions (learner, completed_at);
"""


class SqliteStore:
    """Progress in one SQLite file (WAL mode); a connection per call, so any thread may use it."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with closing(sqlite3.connect(self.path, timeout=5)) as db:
                mode = db.execute("PRAGMA journal_mode=WAL").fetchone()[0]
                db.executescript(SCHEMA)
                # Fail now, not on the first answer, if the file cannot be written.
                db.execute("BEGIN IMMEDIATE")
                db.rollback()
        except (sqlite3.Error, OSError) as e:
            raise StorageError(f"The progress file {self.path} cannot be used ({e}).") from e
        if mode.lower() != "wal":
            log.warning("%s: journal mode is %s, not WAL", self.path, mode)

    def _run(self, sql: str, params: tuple = (), *, write: bool = False) -> list[tuple]:
        try:
            with closing(sqlite3.connect(self.path, timeout=5)) as db:
                rows = db.execute(sql, params).fetchall()
                if write:
                    db.commit()
                return rows
        except sqlite3.Error as e:
            raise StorageError(f"The progress file {self.path} cannot be used ({e}).") from e

    @staticmethod
    def _parse(data: str) -> Conversation | None:
        try:
            return Conversation.model_validate_json(data)
        except ValidationError:
            # A row from an older schema: start that lesson afresh rather than fail.
            log.warning("ignoring a saved conversation that no longer validates")
            return None

    def load(self, learner: str, lesson_id: str) -> Conversation | None:
        """The learner's saved conversation for a lesson, or None."""
        rows = self._run(
            "SELECT conversation FROM progress WHERE learner = ? AND lesson_id = ?",
            (learner, lesson_id),
        )
        return self._parse(rows[0][0]) if rows else None

    def save(self, learner: str, conversation: Conversation) -> None:
        """Save (replace) the learner's conversation for its lesson."""
        self._run(
            "INSERT INTO progress (learner, lesson_id, conversation, updated_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (learner, lesson_id) DO UPDATE SET"
            " conversation = excluded.conversation, updated_at = excluded.updated_at",
            (learner, conversation.lesson_id, conversation.model_dump_json(), time.time()),
            write=True,
        )

    def statuses(self, learner: str) -> dict[str, Conversation]:
        """Every saved conversation of a learner, by lesson id."""
        rows = self._run(
            "SELECT lesson_id, conversation FROM progress WHERE learner = ?", (learner,)
        )
        parsed = {lesson: self._parse(data) for lesson, data in rows}
        return {lesson: conv for lesson, conv in parsed.items() if conv is not None}

    def record_completion(self, learner: str, lesson_id: str, summary: dict[str, Any]) -> None:
        """Remember that the learner finished a lesson, with its summary."""
        self._run(
            "INSERT INTO completions (learner, lesson_id, summary, completed_at)"
            " VALUES (?, ?, ?, ?)",
            (learner, lesson_id, json.dumps(summary, ensure_ascii=False), time.time()),
            write=True,
        )

    def completions(self, learner: str) -> list[dict[str, Any]]:
        """The learner's completions, oldest first."""
        rows = self._run(
            "SELECT lesson_id, summary, completed_at FROM completions WHERE learner = ?"
            " ORDER BY completed_at, id",
            (learner,),
        )
        return [
            {"lesson_id": lesson, "summary": json.loads(summary), "completed_at": at}
            for lesson, summary, at in rows
        ]
