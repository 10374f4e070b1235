"""The progress-store protocol every store speaks, and the anonymous learner ids it keys on."""

import re
import secrets
from typing import Any, Protocol

from langbot.conversation import Conversation

LEARNER_ID = re.compile(r"[A-Za-z0-9_-]{8,64}")


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
