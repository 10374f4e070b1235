"""A store wrapper that keeps learners going when the real store fails for a while.

A failed write falls back for that one operation: the conversation, completion or review
item is kept in memory (review items in `review_stash.py`) and a background thread writes it to the real store, with backoff, once that
is usable again. Reads go to the real store, overlaid with what is still waiting. A read
that fails falls back too: it answers from what this process last read or wrote for that
learner (so a learner mid-lesson keeps their place), else as a new lesson, whose save can
never overwrite the stored one (saves are version-checked). The warning, which names no
server detail, shows while something waits to be written or while reads are failing; the
error itself (which may name a file) is only logged.
"""

import logging
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from langbot.conversation import Conversation
from langbot.errors import SaveConflict, StorageError
from langbot.review.items import ReviewItem, Reviews
from langbot.storage.protocol import ProgressStore
from langbot.storage.retry import BackgroundRetry
from langbot.storage.review_stash import ReviewStash

log = logging.getLogger(__name__)

IN_MEMORY = (
    "Your progress is kept in memory for now: it cannot be saved on this server, so it will"
    " be lost when the app restarts."
)
KEPT_FOR_NOW = (
    "Saving is paused for a moment: your progress is kept in memory for now and will be saved"
    " as soon as it can be. You can keep practising."
)
KNOWN_MAX = 2000  # conversations remembered for reads while the store is away (LRU)


@dataclass
class _Pending:
    conversation: Conversation  # the newest state, at the version callers now hold
    base: int  # the version the real store still has
    force: bool


class FallbackStore(BackgroundRetry):
    """Wraps a store; failed writes wait in memory and are retried in the background."""

    def __init__(self, primary: ProgressStore, *, retry_min: float = 0.05, retry_max: float = 2.0):
        super().__init__(retry_min, retry_max)
        self.primary = primary
        self._pending: dict[tuple[str, str], _Pending] = {}
        self._completions: list[tuple[str, str, dict[str, Any], float]] = []
        self._failure: str | None = None
        self._reads_failing = False
        self._known: OrderedDict[tuple[str, str], Conversation] = OrderedDict()
        self._reviews = ReviewStash()  # review items: kept and retried the same way

    @property
    def warning(self) -> str | None:
        """What to tell the learner while the store is failing; None when all is well."""
        with self._lock:
            if not (self.waiting() or self._reads_failing):
                return None
            return KEPT_FOR_NOW

    @property
    def failure(self) -> str | None:
        """The real store's last error, for operators (it may name a file): never shown."""
        with self._lock:
            return self._failure

    def _know(self, key: tuple[str, str], conversation: Conversation | None) -> None:
        with self._lock:
            if conversation is None:
                self._known.pop(key, None)
                return
            self._known[key] = conversation.model_copy(deep=True)
            self._known.move_to_end(key)
            while len(self._known) > KNOWN_MAX:
                self._known.popitem(last=False)

    def _read_failed(self, error: StorageError) -> None:
        with self._lock:
            if not self._reads_failing:
                log.error("reading progress failed; answering from memory: %s", error)
            self._reads_failing, self._failure = True, str(error)

    def _read_ok(self) -> None:
        with self._lock:
            if self._reads_failing:
                log.warning("reading progress works again")
            self._reads_failing = False

    def waiting(self) -> int:
        """How many writes are waiting in memory for the real store."""
        with self._lock:
            return len(self._pending) + len(self._completions) + len(self._reviews)

    def load(self, learner: str, lesson_id: str) -> Conversation | None:
        """The newest conversation: one waiting to be written, else the stored one, else
        (the store failing) the one this process last saw."""
        key = (learner, lesson_id)
        with self._lock:
            pending = self._pending.get(key)
            if pending is not None:
                return pending.conversation.model_copy(deep=True)
        try:
            conversation = self.primary.load(learner, lesson_id)
        except StorageError as e:
            self._read_failed(e)
            with self._lock:
                known = self._known.get(key)
                return known.model_copy(deep=True) if known is not None else None
        self._read_ok()
        self._know(key, conversation)
        return conversation

    def save(
        self, learner: str, conversation: Conversation, *, force: bool = False
    ) -> Conversation:
        """Save to the real store; if it fails, keep the save in memory and retry it later."""
        key = (learner, conversation.lesson_id)
        with self._lock:
            if key in self._pending:
                return self._stash(key, conversation, force)
        try:
            saved = self.primary.save(learner, conversation, force=force)
        except StorageError as e:
            log.error("saving progress failed; kept in memory and retried: %s", e)
            with self._lock:
                self._failure = str(e)
                return self._stash(key, conversation, force)
        self._know(key, saved)
        return saved

    def _stash(self, key: tuple[str, str], conversation: Conversation, force: bool) -> Conversation:
        pending = self._pending.get(key)
        held = pending.conversation.version if pending else conversation.version
        if not force and conversation.version != held:
            raise SaveConflict("This conversation was saved by another tab first.")
        saved = conversation.model_copy(update={"version": held + 1}, deep=True)
        if pending is None:
            self._pending[key] = _Pending(saved, conversation.version, force)
        else:
            pending.conversation, pending.force = saved, pending.force or force
        self._start_flusher()
        return saved.model_copy(deep=True)

    def statuses(self, learner: str) -> dict[str, Conversation]:
        """Every saved conversation of a learner, by lesson id, newest state first."""
        try:
            found = self.primary.statuses(learner)
            self._read_ok()
        except StorageError as e:
            self._read_failed(e)
            with self._lock:
                found = {
                    lesson: conv.model_copy(deep=True)
                    for (owner, lesson), conv in self._known.items()
                    if owner == learner
                }
        with self._lock:
            for (owner, lesson), pending in self._pending.items():
                if owner == learner:
                    found[lesson] = pending.conversation.model_copy(deep=True)
        return found

    def record_completion(self, learner: str, lesson_id: str, summary: dict[str, Any]) -> None:
        """Record a completion; if the store fails, keep it in memory until it can be written."""
        with self._lock:
            if self._completions:  # queue behind those waiting, so they stay in order
                self._completions.append((learner, lesson_id, summary, time.time()))
                self._start_flusher()
                return
        try:
            self.primary.record_completion(learner, lesson_id, summary)
        except StorageError as e:
            log.error("recording a completion failed; kept in memory and retried: %s", e)
            with self._lock:
                self._failure = str(e)
                self._completions.append((learner, lesson_id, summary, time.time()))
                self._start_flusher()

    def completions(self, learner: str) -> list[dict[str, Any]]:
        """The learner's completions, oldest first, with those still waiting last."""
        try:
            done = self.primary.completions(learner)
            self._read_ok()
        except StorageError as e:
            self._read_failed(e)
            done = []
        with self._lock:
            waiting = [c for c in self._completions if c[0] == learner]
        done += [
            {"lesson_id": lesson, "summary": summary, "completed_at": at}
            for _, lesson, summary, at in waiting
        ]
        return done

    def reviews(self, learner: str) -> Reviews:
        """The learner's review items with the saves still waiting; from the items last seen
        while reads fail."""
        try:
            found: Reviews | None = self.primary.reviews(learner)
            self._read_ok()
            self._reviews.remember(learner, found.items, replace=True)
        except StorageError as e:
            self._read_failed(e)
            found = None
        return self._reviews.overlay(learner, found)

    def save_review(self, learner: str, item: ReviewItem) -> ReviewItem:
        """Save a review item; if the store fails, keep it in memory and retry it later."""
        if not self._reviews.holds(learner, item.id):
            try:
                saved = self.primary.save_review(learner, item)
                self._reviews.remember(learner, [saved])
                return saved
            except StorageError as e:
                log.error("saving a review failed; kept in memory and retried: %s", e)
                with self._lock:
                    self._failure = str(e)
        saved = self._reviews.keep(learner, item)
        with self._lock:
            self._start_flusher()
        return saved

    def _flush(self) -> bool:
        with self._lock:
            pending = list(self._pending.items())
            completions = list(self._completions)
        try:
            for key, entry in pending:
                self._flush_one(key, entry)
            for item in completions:
                self.primary.record_completion(*item[:3])
                with self._lock:
                    self._completions.remove(item)
            self._reviews.flush(self.primary)
        except StorageError as e:
            with self._lock:
                self._failure = str(e)
            return False
        return self.waiting() == 0

    def _flush_one(self, key: tuple[str, str], entry: _Pending) -> None:
        with self._lock:
            snapshot = entry.conversation
            stored = snapshot.model_copy(update={"version": entry.base})
            force = entry.force
        try:
            written = self.primary.save(key[0], stored, force=force)
        except SaveConflict:
            # Another process saved this conversation meanwhile: its state wins, as in a race.
            log.warning("a save kept in memory lost a race for %s/%s; dropped", *key)
            with self._lock:
                if self._pending.get(key) is entry:
                    del self._pending[key]
            return
        with self._lock:
            if entry.conversation is snapshot:
                del self._pending[key]
                self._know(key, written)
            else:  # saved again while we wrote: the next flush starts from what we wrote
                entry.base, entry.force = written.version, False
