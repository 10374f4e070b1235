"""A learner's reviews, kept in the progress store: the queue, answers, and new items.

Every front end goes through here (the Review page, `langbot review`, lessons' misses).
Saves are version-checked like conversations; an answer that loses a race with another tab
is applied again to the newer item, so no answer is ever lost.
"""

import logging
from datetime import UTC, tzinfo

from langbot.conversation import MAX_ATTEMPTS, Conversation
from langbot.errors import SaveConflict
from langbot.review import session
from langbot.review.items import ReviewItem, Reviews, item_key, miss_kinds, new_item
from langbot.review.queue import due_count, due_queue, next_due
from langbot.review.scheduling import Clock, outcome_rating, schedule, system_clock
from langbot.storage.protocol import ProgressStore
from langbot.tutor import RETRY, TurnOutcome, Tutor

log = logging.getLogger(__name__)

RETRIES = 3


class Reviewer:
    """The tutor, a learner's review items in the store, a clock, and the learner's time zone
    (their days: what is due today)."""

    def __init__(
        self, tutor: Tutor, store: ProgressStore, clock: Clock = system_clock, tz: tzinfo = UTC
    ) -> None:
        self.tutor, self.store, self.clock, self.tz = tutor, store, clock, tz

    def reviews(self, learner: str) -> Reviews:
        """The learner's items that can still be asked; damaged rows counted as skipped."""
        found = self.store.reviews(learner)
        usable = [i for i in found.items if session.can_ask(self.tutor, i)]
        return Reviews(usable, found.skipped)

    def due(self, learner: str) -> list[ReviewItem]:
        """The items due today, the longest overdue first."""
        return due_queue(self.reviews(learner).items, self.clock(), self.tz)

    def due_today(self, learner: str) -> int:
        """How many reviews are due today."""
        return due_count(self.store.reviews(learner).items, self.clock(), self.tz)

    def next_due(self, learner: str) -> float | None:
        """When the next review after today falls due."""
        return next_due(self.reviews(learner).items, self.clock(), self.tz)

    def finish(self, learner: str, item: ReviewItem, turn: session.ReviewTurn) -> ReviewItem:
        """Schedule a finished review and save it; a lost race is applied to the newer item."""
        assert turn.outcome is not None
        now = self.clock()
        for _ in range(RETRIES):
            rating = outcome_rating(turn.outcome, item.last_rating)
            try:
                return self.store.save_review(learner, schedule(item, rating, now))
            except SaveConflict:
                newer = {i.id: i for i in self.store.reviews(learner).items}.get(item.id)
                if newer is None:
                    raise
                item = newer
        raise SaveConflict("This review was saved by another tab first; please answer again.")

    def ensure_items(
        self,
        learner: str,
        conv: Conversation,
        at: float | None = None,
        have: set[str] | None = None,
    ) -> int:
        """At a lesson's end: an item for every missed step that has none yet (one lost to
        a store outage mid-lesson, say), missed `at` (default now); return how many were added."""
        lesson = self.tutor.lesson(conv.lesson_id)
        if have is None:
            have = {i.id for i in self.store.reviews(learner).items}
        added, now = 0, self.clock() if at is None else at
        for step in sorted({m.step for m in conv.mistakes}):
            if item_key(lesson.id, step) in have or step > len(lesson.steps):
                continue
            misses = [m for m in conv.mistakes if m.step == step]
            kinds = list(dict.fromkeys(k for m in misses for k in m.kinds))
            item = new_item(lesson, step, misses[-1].text, misses[-1].correction, kinds, now)
            rating = outcome_rating("revealed" if len(misses) >= MAX_ATTEMPTS else "after_cue")
            try:
                self.store.save_review(learner, schedule(item, rating, now, "lesson"))
                added += 1
            except SaveConflict:
                continue  # another tab made it meanwhile
        return added

    def backfill(self, learner: str) -> int:
        """Items for the missed steps of lessons finished before reviews existed, from the
        stored finished conversations, dated when each was finished; a step with an item is
        left alone, so running it again makes none. How many were made."""
        finished = {
            lesson_id: conv
            for lesson_id, conv in self.store.statuses(learner).items()
            if conv.completed and conv.mistakes and lesson_id in self.tutor.lessons
        }
        if not finished:
            return 0
        when = {c["lesson_id"]: c["completed_at"] for c in self.store.completions(learner)}
        have = {i.id for i in self.store.reviews(learner).items}
        return sum(
            self.ensure_items(learner, conv, when.get(lesson_id), have)
            for lesson_id, conv in finished.items()
        )

    def record_lesson_turn(self, learner: str, outcome: TurnOutcome) -> ReviewItem | None:
        """After a lesson turn that moved past a missed step: create or reschedule its item."""
        conv = outcome.conversation
        answers = [t for t in conv.transcript if t.role == "learner"]
        if outcome.response.nextStep == RETRY or not answers:
            return None
        step = answers[-1].step
        misses = [m for m in conv.mistakes if m.step == step]
        if not misses:
            return None
        last = misses[-1]
        lesson = self.tutor.lesson(conv.lesson_id)
        kinds = list(dict.fromkeys(k for m in misses for k in m.kinds))
        if not kinds and not outcome.verdict.correct:
            kinds = miss_kinds(outcome.verdict)
        rating = outcome_rating("after_cue" if outcome.verdict.correct else "revealed")
        now = self.clock()
        key = item_key(lesson.id, step)
        for _ in range(RETRIES):
            existing = {i.id: i for i in self.store.reviews(learner).items}.get(key)
            base = existing or new_item(lesson, step, last.text, last.correction, kinds, now)
            fresh = base.model_copy(
                update={"wrote": last.text, "correction": last.correction, "kinds": kinds}
            )
            try:
                return self.store.save_review(learner, schedule(fresh, rating, now, "lesson"))
            except SaveConflict:
                continue
        log.warning("could not record the review item %s after %d tries", key, RETRIES)
        return None
