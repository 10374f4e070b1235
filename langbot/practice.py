"""A learner practising lessons: the tutor's turns, kept in the progress store safely.

Every front end that keeps progress (the web app) goes through here, so that:
- a conversation is saved on its first answer, not when a page is viewed;
- a turn carries the step it answers, and an answer for a step that is no longer current
  (another tab moved on) is refused before grading with a short notice, costing no try;
- a save that loses a race with another tab is refused the same way (SaveConflict);
- a stored conversation that does not fit its lesson is repaired, never a crash;
- one that cannot be read at all is replaced by a fresh one, with one notice, that saves
  against the damaged row's version (so it never looks like another tab's save);
- a read that fails raises StorageError: the lesson is never restarted by a fault.
"""

import logging
from typing import Any

from langbot.conversation import Conversation, Turn
from langbot.errors import DamagedProgress, SaveConflict, StaleTurn, StorageError
from langbot.lessons import Lesson
from langbot.review.reviewer import Reviewer
from langbot.storage.protocol import ProgressStore
from langbot.tutor import TurnOutcome, TurnStream, Tutor

log = logging.getLogger(__name__)

STALE_TURN = (
    "This lesson moved on in another tab or window, so your answer was not counted and"
    " no try was used. Here is where it stands now."
)
DAMAGED = (
    "Your saved place in this lesson could not be read, so the lesson starts again from"
    " the beginning. Sorry about that."
)


def repair(lesson: Lesson, conv: Conversation) -> Conversation:
    """A stored conversation made to fit its lesson (e.g. a step past a shortened lesson's end)."""
    last = len(lesson.steps)
    if conv.step <= last:
        return conv
    log.warning(
        "a saved %s conversation is at step %d of %d; resuming at the last step",
        lesson.id,
        conv.step,
        last,
    )
    return conv.model_copy(update={"step": last, "attempt": 1})


def summarize(lesson: Lesson, conv: Conversation) -> dict[str, Any]:
    """The completion summary kept with a completion and shown in the dialog."""
    return {
        "lesson_id": lesson.id,
        "title": lesson.title,
        "steps": len(lesson.steps),
        "first_try": conv.first_try,
        "cues_used": conv.cues_used,
        "revealed": conv.revealed,
        "vocabulary": [
            {"word": v.word, "kind": v.kind, "gender": v.gender, "gloss": v.gloss}
            for v in lesson.vocabulary
        ],
        "mistakes": [
            {"step": m.step, "text": m.text, "correction": m.correction}
            for m in conv.mistakes
            if m.is_language  # an off-topic or English turn is not a mistake in Spanish
        ],
    }


class Practice:
    """The tutor and a learner's progress store, used together."""

    def __init__(self, tutor: Tutor, store: ProgressStore) -> None:
        self.tutor, self.store = tutor, store

    def resume(self, learner: str, lesson_id: str) -> Conversation:
        """The learner's saved conversation (repaired if needed), or a fresh one, not yet saved."""
        lesson = self.tutor.lesson(lesson_id)
        try:
            saved = self.store.load(learner, lesson.id)  # StorageError: never a silent restart
        except DamagedProgress as e:
            return self._replace_damaged(learner, lesson.id, e.version)
        if saved is None:
            return self.tutor.start(lesson.id)
        return repair(lesson, saved)

    def _replace_damaged(self, learner: str, lesson_id: str, version: int | None) -> Conversation:
        log.warning(
            "the saved %s conversation of a learner cannot be read; starting afresh", lesson_id
        )
        fresh = self.tutor.start(lesson_id)
        fresh.transcript.insert(0, Turn(role="bot", kind="notice", text=DAMAGED, step=1))
        if version is None:  # not even its version can be read: only a forced save replaces it
            return self.store.save(learner, fresh, force=True)
        return fresh.model_copy(update={"version": version})

    def statuses(self, learner: str) -> dict[str, Conversation]:
        """The learner's saved conversations for the lessons that exist, repaired."""
        return {
            lesson_id: repair(self.tutor.lessons[lesson_id], conv)
            for lesson_id, conv in self.store.statuses(learner).items()
            if lesson_id in self.tutor.lessons
        }

    def stream(self, conv: Conversation, text: str, expected_step: int | None) -> TurnStream:
        """Start a turn; StaleTurn if it answers a step other than the current one."""
        if expected_step is not None and (conv.completed or conv.step != expected_step):
            raise StaleTurn(STALE_TURN)
        return self.tutor.stream(conv, text)

    def commit(self, learner: str, outcome: TurnOutcome) -> Conversation:
        """Save a turn's outcome (version-checked) and record a finish; StaleTurn if it lost."""
        try:
            saved = self.store.save(learner, outcome.conversation)
        except SaveConflict as e:
            raise StaleTurn(STALE_TURN) from e
        try:  # a missed step becomes a review item; its failure never costs the turn
            reviewer = Reviewer(self.tutor, self.store)
            reviewer.record_lesson_turn(learner, outcome)
            if saved.completed:
                reviewer.ensure_items(learner, saved)
        except StorageError as e:
            log.error("could not record a review item: %s", e)
        if saved.completed:
            lesson = self.tutor.lesson(saved.lesson_id)
            self.store.record_completion(learner, lesson.id, summarize(lesson, saved))
        return saved

    def answer(
        self, learner: str, lesson_id: str, text: str, expected_step: int | None = None
    ) -> TurnOutcome:
        """One whole turn: resume, judge, save; the outcome carries the saved conversation."""
        stream = self.stream(self.resume(learner, lesson_id), text, expected_step)
        for _ in stream:
            pass
        stream.outcome.conversation = self.commit(learner, stream.outcome)
        return stream.outcome

    def restart(self, learner: str, lesson_id: str) -> Conversation:
        """Start a lesson afresh; any tab still showing the old run reloads on its next answer."""
        return self.store.save(learner, self.tutor.start(lesson_id), force=True)
