"""The progress-store protocol every store speaks, and the anonymous learner ids it keys on."""

import json
import logging
import re
import secrets
from typing import Any, Protocol

from pydantic import ValidationError

from langbot.conversation import Conversation
from langbot.errors import DamagedProgress
from langbot.review.items import ReviewItem, Reviews

log = logging.getLogger(__name__)

LEARNER_ID = re.compile(r"[A-Za-z0-9_-]{8,64}")


def new_learner_id() -> str:
    """A fresh anonymous learner id, safe to put in a URL."""
    return secrets.token_urlsafe(12)


def is_learner_id(value: object) -> bool:
    """Whether a value (e.g. from `?learner=`) is a well-formed learner id."""
    return isinstance(value, str) and LEARNER_ID.fullmatch(value) is not None


class ProgressStore(Protocol):
    """What the app needs from a progress store; every method may raise StorageError.

    Saves are version-checked: a conversation carries the version it was loaded at, and
    `save` refuses (SaveConflict) when the stored one has moved on since, so two tabs
    answering at once never silently overwrite each other.
    """

    def load(self, learner: str, lesson_id: str) -> Conversation | None:
        """The learner's saved conversation for a lesson (with its version), or None.

        Raises DamagedProgress when a row exists but cannot be read, with the version a
        save must match to replace it.
        """
        ...

    def save(
        self, learner: str, conversation: Conversation, *, force: bool = False
    ) -> Conversation:
        """Save if the stored version is still the conversation's; return the saved copy.

        Raises SaveConflict when another save came first. `force` replaces whatever is
        stored (a restart) and still moves the version on, so older tabs reload.
        """
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

    def reviews(self, learner: str) -> Reviews:
        """The learner's review items (with their versions); damaged rows skipped and counted."""
        ...

    def save_review(self, learner: str, item: ReviewItem) -> ReviewItem:
        """Save a review item if the stored version is still the item's (else SaveConflict)."""
        ...


def parse_conversation(data: object, version: object) -> Conversation | None:
    """A stored row as a Conversation, or None (with a warning) if it no longer validates."""
    try:
        conv = Conversation.model_validate_json(data)  # type: ignore[arg-type]
        return conv.model_copy(update={"version": int(version or 0)})
    except (ValidationError, TypeError, ValueError):
        # A row from an older schema, or damaged: skip it rather than fail the page.
        log.warning("ignoring a saved conversation that does not validate")
        return None


def read_conversation(data: object, version: object) -> Conversation:
    """A stored row as a Conversation; DamagedProgress (with its version) if it cannot be read."""
    conv = parse_conversation(data, version)
    if conv is not None:
        return conv
    try:
        readable: int | None = int(version or 0)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        readable = None  # only a forced save can replace it
    raise DamagedProgress("A saved conversation cannot be read.", readable)


def parse_completion(lesson_id: object, summary: object, at: object) -> dict[str, Any] | None:
    """A stored completion as a dict, or None (with a warning) if it is damaged."""
    try:
        data = json.loads(summary)  # type: ignore[arg-type]
        if not isinstance(lesson_id, str) or not isinstance(data, dict):
            raise ValueError("not a completion")
        return {"lesson_id": lesson_id, "summary": data, "completed_at": float(at)}  # type: ignore[arg-type]
    except (TypeError, ValueError):
        log.warning("ignoring a stored completion that does not validate")
        return None


def dump_conversation(conversation: Conversation) -> str:
    """The JSON a store keeps; the version lives in its own column or attribute."""
    return conversation.model_dump_json(exclude={"version"})
