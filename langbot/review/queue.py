"""A learner's due queue: what to review today, how many, and when the next one is."""

from datetime import UTC, tzinfo

from langbot.review.days import date_of, day_of, end_of_day
from langbot.review.items import ReviewItem

__all__ = ["day_of", "describe_next", "due_count", "due_queue", "end_of_day", "next_due"]


def due_queue(items: list[ReviewItem], now: float, tz: tzinfo = UTC) -> list[ReviewItem]:
    """The items due by the end of the learner's today, the longest overdue first."""
    cutoff = end_of_day(now, tz)
    return sorted((i for i in items if i.due < cutoff), key=lambda i: (i.due, i.id))


def due_count(items: list[ReviewItem], now: float, tz: tzinfo = UTC) -> int:
    """How many items are due by the end of the learner's today."""
    cutoff = end_of_day(now, tz)
    return sum(1 for i in items if i.due < cutoff)


def next_due(items: list[ReviewItem], now: float, tz: tzinfo = UTC) -> float | None:
    """When the first item after the learner's today falls due, or None when there are none."""
    cutoff = end_of_day(now, tz)
    later = [i.due for i in items if i.due >= cutoff]
    return min(later) if later else None


def describe_next(due: float | None, now: float, tz: tzinfo = UTC) -> str:
    """The next review in words: "tomorrow", "in 3 days (Fri 5 Dec)"."""
    if due is None:
        return "You have no reviews yet: finish a lesson, and the steps you missed come back here."
    today, day = date_of(now, tz), date_of(due, tz)
    days = (day - today).days
    when = "tomorrow" if days <= 1 else f"in {days} days ({day:%a %d %b})"
    return f"Nothing to review today. Your next review is {when}."
