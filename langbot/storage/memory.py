"""Progress in a dict: for tests and `LANGBOT_STORE=memory`; versioned like the real stores."""

import json
import threading
import time
from typing import Any

from langbot.conversation import Conversation
from langbot.errors import SaveConflict
from langbot.review.items import ReviewItem, Reviews, collect, dump_item
from langbot.storage.protocol import dump_conversation, parse_conversation, read_conversation


class MemoryStore:
    """Progress in a dict, safe across threads; lost when the process ends."""

    def __init__(self) -> None:
        self._progress: dict[tuple[str, str], tuple[str, int]] = {}
        self._completions: list[tuple[str, str, dict[str, Any], float]] = []
        self._reviews: dict[tuple[str, str], tuple[str, int]] = {}
        self._lock = threading.Lock()

    def load(self, learner: str, lesson_id: str) -> Conversation | None:
        """The learner's saved conversation for a lesson, or None."""
        row = self._progress.get((learner, lesson_id))
        return read_conversation(*row) if row else None

    def save(
        self, learner: str, conversation: Conversation, *, force: bool = False
    ) -> Conversation:
        """Save if the stored version is still the conversation's; return the saved copy."""
        key = (learner, conversation.lesson_id)
        with self._lock:
            stored = self._progress.get(key, ("", 0))[1]
            if not force and stored != conversation.version:
                raise SaveConflict("This conversation was saved by another tab first.")
            version = stored + 1
            self._progress[key] = (dump_conversation(conversation), version)
        return conversation.model_copy(update={"version": version})

    def statuses(self, learner: str) -> dict[str, Conversation]:
        """Every saved conversation of a learner, by lesson id."""
        found = {}
        for (owner, lesson), row in list(self._progress.items()):
            if owner == learner and (conv := parse_conversation(*row)) is not None:
                found[lesson] = conv
        return found

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

    def reviews(self, learner: str) -> Reviews:
        """The learner's review items; damaged rows skipped and counted."""
        return collect([row for (owner, _), row in list(self._reviews.items()) if owner == learner])

    def save_review(self, learner: str, item: ReviewItem) -> ReviewItem:
        """Save a review item if the stored version is still the item's."""
        key = (learner, item.id)
        with self._lock:
            stored = self._reviews.get(key, ("", 0))[1]
            if stored != item.version:
                raise SaveConflict("This review was saved by another tab first.")
            self._reviews[key] = (dump_item(item), stored + 1)
        return item.model_copy(update={"version": stored + 1})
