"""A learner's due queue: what to review today, how many, and when the next one is."""

from datetime import UTC, datetime, timedelta

from langbot.review.items import ReviewItem


def end_of_day(now: float) -> float:
    """The end of `now`'s day (UTC) as a Unix time: reviews are counted by the day."""
    day = datetime.fromtimestamp(now, UTC).date()
    return datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp() + 86400


def due_queue(items: list[ReviewItem], now: float) -> list[ReviewItem]:
    """The items due by the end of today, the longest overdue first."""
    cutoff = end_of_day(now)
    return sorted((i for i in items if i.due < cutoff), key=lambda i: (i.due, i.id))


def due_count(items: list[ReviewItem], now: float) -> int:
    """How many items are due by the end of today."""
    cutoff = end_of_day(now)
    return sum(1 for i in items if i.due < cutoff)


def next_due(items: list[ReviewItem], now: float) -> float | None:
    """When the first item after today falls due, or None when there are no items."""
    cutoff = end_of_day(now)
    later = [i.due for i in items if i.due >= cutoff]
    return min(later) if later else None


def describe_next(due: float | None, now: float) -> str:
    """The next review in words: "tomorrow", "in 3 days (Fri 5 Dec)"."""
    if due is None:
        return "You have no reviews yet: finish a lesson, and the steps you missed come back here."
    today = datetime.fromtimestamp(now, UTC).date()
    day = datetime.fromtimestamp(due, UTC).date()
    days = (day - today).days
    when = "tomorrow" if days <= 1 else f"in {days} days ({day:%a %d %b})"
    return f"Nothing to review today. Your next review is {when}."


def day_of(at: float) -> str:
    """The UTC date of a Unix time, as YYYY-MM-DD."""
    return (datetime(1970, 1, 1, tzinfo=UTC) + timedelta(seconds=at)).date().isoformat()
