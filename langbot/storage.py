"""Learner progress: where each anonymous learner's conversations and completions are kept.

The default is one SQLite file in WAL mode. A store that cannot be opened, or that fails
later, never takes the page down: the app carries on in memory and says so.
"""

import json
import logging
import re
import secrets
import sqlite3
import threading
import time
from contextlib import closing
from pathlib import Path
from typing import Any, Protocol

from pydantic import ValidationError

from langbot.config import Settings
from langbot.conversation import Conversation
from langbot.errors import StorageError

log = logging.getLogger(__name__)

DEFAULT_PATH = Path(".langbot/progress.sqlite3")
LEARNER_ID = re.compile(r"[A-Za-z0-9_-]{8,64}")
IN_MEMORY = "Progress is kept in memory only for now: it will be lost when the app restarts."

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


def new_learner_id() -> str:
    """A fresh anonymous learner id, safe to put in a URL."""
    return secrets.token_urlsafe(12)


def is_learner_id(value: object) -> bool:
    """Whether a value (e.g. from `?learner=`) is a well-formed learner id."""
    return isinstance(value, str) and LEARNER_ID.fullmatch(value) is not None


class ProgressStore(Protocol):
    """What the app needs from a progress store; every method may raise StorageError."""

    def load(self, learner: str, lesson_id: str) -> Conversation | None:
        """The learner's saved conversation for a lesson, or None."""
        ...

    def save(self, learner: str, conversation: Conversation) -> None:
        """Save (replace) the learner's conversation for its lesson."""
        ...

    def statuses(self, learner: str) -> dict[str, Conversation]:
        """Every saved conversation of a learner, by lesson id."""
        ...

    def record_completion(self, learner: str, lesson_id: str, summary: dict[str, Any]) -> None:
        """Remember that the learner finished a lesson, with its summary."""
        ...

    def completions(self, learner: str) -> list[dict[str, Any]]:
        """The learner's completions, oldest first: lesson_id, summary, completed_at."""
        ...


class MemoryStore:
    """Progress in a dict: for tests, `LANGBOT_STORE=memory`, and as the fallback."""

    def __init__(self) -> None:
        self._progress: dict[tuple[str, str], str] = {}
        self._completions: list[tuple[str, str, dict[str, Any], float]] = []
        self._lock = threading.Lock()

    def load(self, learner: str, lesson_id: str) -> Conversation | None:
        """The learner's saved conversation for a lesson, or None."""
        data = self._progress.get((learner, lesson_id))
        return Conversation.model_validate_json(data) if data else None

    def save(self, learner: str, conversation: Conversation) -> None:
        """Save (replace) the learner's conversation for its lesson."""
        with self._lock:
            self._progress[(learner, conversation.lesson_id)] = conversation.model_dump_json()

    def statuses(self, learner: str) -> dict[str, Conversation]:
        """Every saved conversation of a learner, by lesson id."""
        return {
            lesson: Conversation.model_validate_json(data)
            for (owner, lesson), data in list(self._progress.items())
            if owner == learner
        }

    def record_completion(self, learner: str, lesson_id: str, summary: dict[str, Any]) -> None:
        """Remember that the learner finished a lesson, with its summary."""
        with self._lock:
            copy = json.loads(json.dumps(summary))  # stored as JSON would be: no shared state
            self._completions.append((learner, lesson_id, copy, time.time()))

    def completions(self, learner: str) -> list[dict[str, Any]]:
        """The learner's completions, oldest first."""
        return [
            {"lesson_id": lesson, "summary": summary, "completed_at": at}
            for owner, lesson, summary, at in list(self._completions)
            if owner == learner
        ]


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


class FallbackStore:
    """Wraps a store; after its first StorageError, carries on in memory and keeps a warning."""

    def __init__(self, primary: ProgressStore) -> None:
        self.primary = primary
        self.memory: MemoryStore | None = None
        self.warning: str | None = None
        self._lock = threading.Lock()

    def _call(self, name: str, *args: Any) -> Any:
        if self.memory is None:
            try:
                return getattr(self.primary, name)(*args)
            except StorageError as e:
                log.error("progress store failed, falling back to memory: %s", e)
                with self._lock:
                    if self.memory is None:
                        self.warning = f"{e} {IN_MEMORY}"
                        self.memory = MemoryStore()
        return getattr(self.memory, name)(*args)

    def load(self, learner: str, lesson_id: str) -> Conversation | None:
        """The learner's saved conversation for a lesson, or None."""
        return self._call("load", learner, lesson_id)

    def save(self, learner: str, conversation: Conversation) -> None:
        """Save (replace) the learner's conversation for its lesson."""
        self._call("save", learner, conversation)

    def statuses(self, learner: str) -> dict[str, Conversation]:
        """Every saved conversation of a learner, by lesson id."""
        return self._call("statuses", learner)

    def record_completion(self, learner: str, lesson_id: str, summary: dict[str, Any]) -> None:
        """Remember that the learner finished a lesson, with its summary."""
        self._call("record_completion", learner, lesson_id, summary)

    def completions(self, learner: str) -> list[dict[str, Any]]:
        """The learner's completions, oldest first."""
        return self._call("completions", learner)


def _open_primary(settings: Settings) -> ProgressStore:
    if settings.store == "memory":
        return MemoryStore()
    if settings.store == "dynamodb":
        # Extension point: langbot/storage_dynamodb.py provides
        # `open_dynamodb_store(settings) -> ProgressStore`, raising StorageError on failure.
        try:
            from langbot.storage_dynamodb import open_dynamodb_store
        except ImportError as e:
            raise StorageError("LANGBOT_STORE=dynamodb is not available in this build.") from e
        return open_dynamodb_store(settings)
    return SqliteStore(settings.store_path or DEFAULT_PATH)


def open_store(settings: Settings) -> tuple[ProgressStore, str | None]:
    """The configured progress store, or a MemoryStore and a warning if it cannot be opened."""
    try:
        primary = _open_primary(settings)
    except StorageError as e:
        log.error("cannot open the progress store: %s", e)
        return MemoryStore(), f"{e} {IN_MEMORY}"
    if isinstance(primary, MemoryStore):
        return primary, None
    return FallbackStore(primary), None
