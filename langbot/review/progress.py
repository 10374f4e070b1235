"""What a learner has done: right first time per lesson, mistakes by kind, days in a row."""

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, timedelta, tzinfo
from typing import Any

from langbot.conversation import Conversation
from langbot.review.days import date_of, day_of
from langbot.review.items import ReviewItem

KIND_NAMES = {
    "gender_number": "gender & number",
    "verb": "verb person",
    "ser_estar": "ser / estar",
    "gustar": "gustar",
    "reflexive": "reflexive verbs",
    "tener_age": "age with tener",
    "spelling": "spelling",
    "grammar": "other grammar",
    "context": "answered another question",
    "english": "English instead of Spanish",
    "off_topic": "off topic",
    "injection": "off topic",
}


@dataclass
class LessonScore:
    """Right first time over the steps the learner answered in a lesson (all runs)."""

    lesson_id: str
    right_first: int
    answered: int


def lesson_scores(
    completions: list[dict[str, Any]], statuses: dict[str, Conversation]
) -> dict[str, LessonScore]:
    """Per lesson: finished runs from their summaries, plus the run in progress."""
    scores: dict[str, LessonScore] = {}
    for c in completions:
        s = c["summary"]
        score = scores.setdefault(c["lesson_id"], LessonScore(c["lesson_id"], 0, 0))
        score.right_first += int(s.get("first_try", 0))
        score.answered += int(s.get("steps", 0))
    for lesson_id, conv in statuses.items():
        if conv.completed:
            continue  # counted with its completion
        score = scores.setdefault(lesson_id, LessonScore(lesson_id, 0, 0))
        score.right_first += conv.first_try
        score.answered += conv.step - 1
    return {k: v for k, v in scores.items() if v.answered}


def mistakes_by_kind(items: list[ReviewItem]) -> dict[str, tuple[int, int]]:
    """Per kind of mistake (in words): how many missed steps, and how many fixed since
    (their latest review was right at the first try)."""
    made: Counter[str] = Counter()
    fixed: Counter[str] = Counter()
    for item in items:
        for name in dict.fromkeys(KIND_NAMES.get(k, k.replace("_", " ")) for k in item.kinds):
            made[name] += 1
            last = item.history[-1] if item.history else None
            fixed[name] += bool(last and last.source == "review" and last.rating >= 3)
    return {name: (made[name], fixed[name]) for name, _ in made.most_common()}


def practice_days(
    completions: list[dict[str, Any]], items: list[ReviewItem], tz: tzinfo = UTC
) -> set[str]:
    """The learner's days (in their zone, YYYY-MM-DD) with a finished lesson, a missed step
    or a review."""
    days = {day_of(c["completed_at"], tz) for c in completions}
    days |= {day_of(r.at, tz) for i in items for r in i.history}
    return days


def streak(days: set[str], now: float, tz: tzinfo = UTC) -> int:
    """Days practised in a row, up to the learner's today (or yesterday, if not yet today)."""
    day = date_of(now, tz)
    if day.isoformat() not in days:
        day -= timedelta(days=1)
    count = 0
    while day.isoformat() in days:
        count += 1
        day -= timedelta(days=1)
    return count
