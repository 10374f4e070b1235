"""A store wrapper that keeps the app up, in memory, when the real store fails."""

import logging
import threading
from typing import Any

from langbot.conversation import Conversation
from langbot.errors import StorageError
from langbot.storage.memory import MemoryStore
from langbot.storage.protocol import ProgressStore

log = logging.getLogger(__name__)

IN_MEMORY = "Progress is kept in memory only for now: it will be lost when the app restarts."


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
