"""Progress in one SQLite file in WAL mode, the default store.

Each call opens its own connection, so any thread may use the store. A write is one short
`BEGIN IMMEDIATE` transaction: it waits for the lock (`busy_timeout`), and a "database is
locked" is retried with backoff for a while before the write fails as a StorageError.
Rows not saved for `ttl` (90 days, as DynamoDB's TTL) are deleted; completions are kept.
"""

import json
import logging
import random
import sqlite3
import threading
import time
from collections.abc import Callable
from contextlib import closing
from datetime import timedelta
from pathlib import Path
from typing import Any, TypeVar

from langbot.conversation import Conversation
from langbot.errors import SaveConflict, StorageError
from langbot.review.items import ReviewItem, Reviews, collect, dump_item
from langbot.storage.protocol import (
    dump_conversation,
    parse_completion,
    parse_conversation,
    read_conversation,
)
from langbot.storage.sqlite_schema import is_busy, set_up

log = logging.getLogger(__name__)

DEFAULT_PATH = Path(".langbot/progress.sqlite3")
PROGRESS_TTL = timedelta(days=90)
EXPIRE_EVERY = 3600.0  # seconds between two clean-ups of abandoned rows
T = TypeVar("T")


class SqliteStore:
    """Progress in one SQLite file (WAL mode), shared safely by threads and processes."""

    def __init__(
        self,
        path: Path | str,
        *,
        busy_timeout: float = 1.0,
        retry_for: float = 3.0,
        ttl: timedelta = PROGRESS_TTL,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.path = Path(path)
        self.busy_timeout, self.retry_for, self.ttl, self._clock = (
            busy_timeout,
            retry_for,
            ttl,
            clock,
        )
        self._expired_at = 0.0
        self._expire_lock = threading.Lock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StorageError(f"The progress file {self.path} cannot be used ({e}).") from e
        try:
            mode = self._write(set_up)  # fails now, not on the first answer, if unwritable
        except StorageError as e:
            # Locked for longer than we wait (a backup at start-up): if the file is already
            # set up, open it anyway, so saves fall back one by one and recover later.
            if not (isinstance(e.__cause__, sqlite3.Error) and is_busy(e.__cause__)):
                raise
            if not self._is_set_up():
                raise
            log.warning("%s is locked at start-up; opening it anyway", self.path)
            return
        if mode.lower() != "wal":
            log.warning("%s: journal mode is %s, not WAL", self.path, mode)
        self.expire()

    def _is_set_up(self) -> bool:
        try:
            columns = {row[1] for row in self._read("PRAGMA table_info(progress)")}
        except StorageError:
            return False
        return "version" in columns

    def _error(self, e: BaseException) -> StorageError:
        return StorageError(f"The progress file {self.path} cannot be used ({e}).")

    def _write(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """Run `work` in one BEGIN IMMEDIATE transaction, retrying while the file is locked."""
        deadline = time.monotonic() + self.retry_for
        delay = 0.01
        while True:
            try:
                with closing(self._connect()) as db:
                    db.execute("BEGIN IMMEDIATE")
                    try:
                        result = work(db)
                        db.execute("COMMIT")
                        return result
                    except BaseException:
                        if db.in_transaction:
                            db.execute("ROLLBACK")
                        raise
            except sqlite3.Error as e:
                if not is_busy(e) or time.monotonic() + delay > deadline:
                    raise self._error(e) from e
            except OSError as e:
                raise self._error(e) from e
            time.sleep(delay * (0.5 + random.random()))  # jitter: writers do not retry in step
            delay = min(delay * 2, 0.25)

    def _read(self, sql: str, params: tuple = ()) -> list[tuple]:
        deadline = time.monotonic() + self.retry_for
        delay = 0.01
        while True:
            try:
                with closing(self._connect()) as db:
                    return db.execute(sql, params).fetchall()
            except sqlite3.Error as e:
                if not is_busy(e) or time.monotonic() + delay > deadline:
                    raise self._error(e) from e
            time.sleep(delay * (0.5 + random.random()))
            delay = min(delay * 2, 0.25)

    def _connect(self) -> sqlite3.Connection:
        # isolation_level=None: we issue BEGIN IMMEDIATE/COMMIT ourselves, one short write each.
        db = sqlite3.connect(self.path, timeout=self.busy_timeout, isolation_level=None)
        db.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout * 1000)}")
        return db

    def load(self, learner: str, lesson_id: str) -> Conversation | None:
        """The learner's saved conversation for a lesson, or None."""
        rows = self._read(
            "SELECT conversation, version FROM progress WHERE learner = ? AND lesson_id = ?",
            (learner, lesson_id),
        )
        return read_conversation(*rows[0]) if rows else None

    def save(
        self, learner: str, conversation: Conversation, *, force: bool = False
    ) -> Conversation:
        """Save if the stored version is still the conversation's; return the saved copy."""
        data, now = dump_conversation(conversation), self._clock()
        key = (learner, conversation.lesson_id)

        def write(db: sqlite3.Connection) -> int:
            if force:
                row = db.execute(
                    "SELECT version FROM progress WHERE learner = ? AND lesson_id = ?", key
                ).fetchone()
                version = (row[0] if row and isinstance(row[0], int) else 0) + 1  # a damaged one: 0
                db.execute(
                    "INSERT INTO progress (learner, lesson_id, conversation, updated_at, version)"
                    " VALUES (?, ?, ?, ?, ?) ON CONFLICT (learner, lesson_id) DO UPDATE SET"
                    " conversation = excluded.conversation, updated_at = excluded.updated_at,"
                    " version = excluded.version",
                    (*key, data, now, version),
                )
                return version
            version = conversation.version + 1
            if conversation.version == 0:
                cursor = db.execute(
                    "INSERT INTO progress (learner, lesson_id, conversation, updated_at, version)"
                    " VALUES (?, ?, ?, ?, 1) ON CONFLICT (learner, lesson_id) DO UPDATE SET"
                    " conversation = excluded.conversation, updated_at = excluded.updated_at,"
                    " version = 1 WHERE progress.version = 0",
                    (*key, data, now),
                )
            else:
                cursor = db.execute(
                    "UPDATE progress SET conversation = ?, updated_at = ?, version = ?"
                    " WHERE learner = ? AND lesson_id = ? AND version = ?",
                    (data, now, version, *key, conversation.version),
                )
            if cursor.rowcount != 1:
                raise SaveConflict("This conversation was saved by another tab first.")
            return version

        version = self._write(write)
        if now - self._expired_at > EXPIRE_EVERY:
            self.expire()
        return conversation.model_copy(update={"version": version})

    def statuses(self, learner: str) -> dict[str, Conversation]:
        """Every saved conversation of a learner, by lesson id."""
        rows = self._read(
            "SELECT lesson_id, conversation, version FROM progress WHERE learner = ?", (learner,)
        )
        parsed = {lesson: parse_conversation(data, version) for lesson, data, version in rows}
        return {lesson: conv for lesson, conv in parsed.items() if conv is not None}

    def record_completion(self, learner: str, lesson_id: str, summary: dict[str, Any]) -> None:
        """Remember that the learner finished a lesson, with its summary."""
        row = (learner, lesson_id, json.dumps(summary, ensure_ascii=False), self._clock())
        self._write(
            lambda db: db.execute(
                "INSERT INTO completions (learner, lesson_id, summary, completed_at)"
                " VALUES (?, ?, ?, ?)",
                row,
            )
        )

    def completions(self, learner: str) -> list[dict[str, Any]]:
        """The learner's completions, oldest first."""
        rows = self._read(
            "SELECT lesson_id, summary, completed_at FROM completions WHERE learner = ?"
            " ORDER BY completed_at, id",
            (learner,),
        )
        parsed = [parse_completion(*row) for row in rows]
        return [c for c in parsed if c is not None]

    def reviews(self, learner: str) -> Reviews:
        """The learner's review items; damaged rows skipped and counted."""
        rows = self._read("SELECT item, version FROM reviews WHERE learner = ?", (learner,))
        return collect(rows)

    def save_review(self, learner: str, item: ReviewItem) -> ReviewItem:
        """Save a review item if the stored version is still the item's (kept, never expired)."""
        row = (dump_item(item), self._clock(), item.version + 1, learner, item.id, item.version)

        def write(db: sqlite3.Connection) -> None:
            if item.version == 0:
                cursor = db.execute(
                    "INSERT INTO reviews (item, updated_at, version, learner, item_id)"
                    " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    row[:5],
                )
            else:
                cursor = db.execute(
                    "UPDATE reviews SET item = ?, updated_at = ?, version = ?"
                    " WHERE learner = ? AND item_id = ? AND version = ?",
                    row,
                )
            if cursor.rowcount != 1:
                raise SaveConflict("This review was saved by another tab first.")

        self._write(write)
        return item.model_copy(update={"version": item.version + 1})

    def expire(self) -> int:
        """Delete conversations not saved for `ttl` (abandoned runs); return how many."""
        with self._expire_lock:
            now = self._clock()
            self._expired_at = now
            cutoff = now - self.ttl.total_seconds()
            try:
                count = self._write(
                    lambda db: (
                        db.execute("DELETE FROM progress WHERE updated_at < ?", (cutoff,)).rowcount
                    )
                )
            except StorageError as e:
                log.warning("could not expire old progress rows: %s", e)
                return 0
        if count:
            log.info("%s: expired %d abandoned conversations", self.path, count)
        return count
