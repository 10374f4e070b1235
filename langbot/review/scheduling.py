"""FSRS scheduling of review items (the `fsrs` package), with the clock passed in.

Reviews are counted in days, as in Anki: no same-day learning steps, so a miss comes back
tomorrow at the earliest, and no fuzzing, so a schedule is the same every time.
"""

import os
import time
from collections.abc import Callable
from datetime import UTC, datetime

from fsrs import Card, Rating, Scheduler, State

from langbot.review.items import Outcome, Review, ReviewItem

Clock = Callable[[], float]
CLOCK_SHIFT = "LANGBOT_REVIEW_CLOCK_SHIFT_DAYS"
_SCHEDULER = Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)


def system_clock() -> float:
    """Now, as a Unix time, moved by LANGBOT_REVIEW_CLOCK_SHIFT_DAYS days if set (for demos
    and the browser test: only review scheduling and the review pages use this clock)."""
    shift = os.environ.get(CLOCK_SHIFT, "").strip()
    try:
        days = float(shift) if shift else 0.0
    except ValueError:
        days = 0.0
    return time.time() + days * 86400


def outcome_rating(outcome: Outcome, last_rating: int | None = None) -> Rating:
    """The FSRS rating of an answer's outcome.

    Right at the first try is Good (Easy when the review before was Good or Easy too),
    right after a cue is Hard, and revealed after the third miss is Again.
    """
    if outcome == "revealed":
        return Rating.Again
    if outcome == "after_cue":
        return Rating.Hard
    if last_rating is not None and last_rating >= Rating.Good:
        return Rating.Easy
    return Rating.Good


def _stamp(value: float | None) -> datetime | None:
    return None if value is None else datetime.fromtimestamp(value, UTC)


def to_card(item: ReviewItem) -> Card:
    """The item's schedule as an fsrs Card."""
    return Card(
        card_id=1,
        state=State(item.state),
        step=item.card_step,
        stability=item.stability,
        difficulty=item.difficulty,
        due=_stamp(item.due),
        last_review=_stamp(item.last_review),
    )


def schedule(item: ReviewItem, rating: Rating, now: float, source: str = "review") -> ReviewItem:
    """The item after one review rated `rating` at `now`: its next due time and history."""
    card, _ = _SCHEDULER.review_card(to_card(item), rating, _stamp(now))
    return item.model_copy(
        update={
            "due": card.due.timestamp(),
            "stability": card.stability,
            "difficulty": card.difficulty,
            "state": int(card.state),
            "card_step": card.step,
            "last_review": card.last_review.timestamp() if card.last_review else now,
            "history": [*item.history, Review(at=now, rating=int(rating), source=source)],
        }
    )


def replay_onto(newer: ReviewItem, mine: ReviewItem) -> ReviewItem:
    """`newer` (saved elsewhere meanwhile) with the reviews `mine` has and it lacks, replayed
    in time order, so neither copy's answers are lost; a replayed lesson miss brings its text."""
    have = set(newer.history)
    extra = sorted((r for r in mine.history if r not in have), key=lambda r: r.at)
    item = newer
    for review in extra:
        at = max(review.at, item.last_review or review.at)  # FSRS counts days forward only
        item = schedule(item, Rating(review.rating), at, review.source)
    if any(r.source == "lesson" for r in extra):
        item = item.model_copy(
            update={"wrote": mine.wrote, "correction": mine.correction, "kinds": mine.kinds}
        )
    return item
