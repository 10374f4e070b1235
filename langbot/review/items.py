"""A review item: one missed step of a lesson, what the learner wrote, and its schedule."""

import logging
from dataclasses import dataclass, field
from typing import Annotated, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from langbot.conversation import Verdict
from langbot.lessons import Lesson

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
Outcome = Literal["first_try", "after_cue", "revealed"]


class Review(NamedTuple):
    """One review (or the lesson's miss that created the item): when, and its FSRS rating.

    A tuple, stored as a JSON array: an item's whole history is parsed with it every time
    the queue is built, and tuples parse several times faster than nested models.
    """

    at: float
    rating: Annotated[int, Field(ge=1, le=4)]
    source: Literal["lesson", "review"] = "review"


class ReviewItem(BaseModel):
    """A missed step to practise again, with its FSRS card; serialisable as JSON."""

    model_config = ConfigDict(extra="forbid")

    schema_version: Literal[1] = SCHEMA_VERSION
    lesson_id: str
    step: int = Field(ge=1)
    bot: str
    gloss: str
    cue: str
    wrote: str
    correction: str
    kinds: list[str] = Field(default_factory=list)
    # The FSRS card, flattened: `due` and `last_review` are Unix times (UTC).
    due: float
    stability: float | None = None
    difficulty: float | None = None
    state: int = Field(1, ge=1, le=3)
    card_step: int | None = None
    last_review: float | None = None
    created_at: float
    history: list[Review] = Field(default_factory=list)
    # How many times it was saved: the store sets it, and refuses a save from an older version.
    version: int = Field(0, ge=0)

    @property
    def id(self) -> str:
        """The item's key within a learner's items: one item per lesson step."""
        return item_key(self.lesson_id, self.step)

    @property
    def last_rating(self) -> int | None:
        """The rating of the latest review, or None before any."""
        return self.history[-1].rating if self.history else None


def item_key(lesson_id: str, step: int) -> str:
    """The key of the item for a lesson's step (lesson ids never hold `#`)."""
    return f"{lesson_id}#{step}"


@dataclass
class Reviews:
    """A learner's review items as read from a store, and how many damaged rows were skipped."""

    items: list[ReviewItem] = field(default_factory=list)
    skipped: int = 0


def parse_item(data: object, version: object) -> ReviewItem | None:
    """A stored row as a ReviewItem, or None (with a warning) if it is damaged or too new."""
    try:
        item = ReviewItem.model_validate_json(data)  # type: ignore[arg-type]
        item.version = int(version or 0)  # not model_copy: this runs for every stored item
        return item
    except (ValidationError, TypeError, ValueError):
        log.warning("skipping a stored review item that does not validate")
        return None


def dump_item(item: ReviewItem) -> str:
    """The JSON a store keeps; the version lives in its own column or attribute."""
    return item.model_dump_json(exclude={"version"})


def collect(rows: list[tuple[object, object]]) -> Reviews:
    """Parse stored (data, version) rows, counting the damaged ones instead of failing."""
    reviews = Reviews()
    for data, version in rows:
        item = parse_item(data, version)
        if item is None:
            reviews.skipped += 1
        else:
            reviews.items.append(item)
    return reviews


def new_item(
    lesson: Lesson, step: int, wrote: str, correction: str, kinds: list[str], now: float
) -> ReviewItem:
    """A fresh item for a missed step, due now until the lesson's outcome schedules it."""
    line = lesson.step(step)
    return ReviewItem(
        lesson_id=lesson.id,
        step=step,
        bot=line.bot,
        gloss=line.gloss,
        cue=line.cues.general,
        wrote=wrote,
        correction=correction,
        kinds=kinds,
        due=now,
        created_at=now,
    )


def miss_kinds(verdict: Verdict) -> list[str]:
    """The kinds of mistake a missed answer shows: the grammar error kinds, else its category."""
    if verdict.error_kinds:
        return list(verdict.error_kinds)
    return [verdict.category] if verdict.category != "correct" else []
