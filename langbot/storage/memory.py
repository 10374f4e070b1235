"""Progress in a dict: for tests, `LANGBOT_STORE=memory`, and as the fallback's buffer."""

import json
import threading
import time
from typing import Any

from langbot.conversation import Conversation


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
