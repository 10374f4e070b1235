"""Asking one review item: the original step's line, with the lesson's own tutor.

The tutor's state machine runs a one-step conversation, so the judge, the cues, the
three-try rule and the leak guard are exactly those of a lesson. The review ends when the
tutor moves on from the step: right (at the first try, or after a cue) or revealed.
"""

from dataclasses import dataclass

from langbot.conversation import Conversation, Turn
from langbot.review.items import Outcome, ReviewItem
from langbot.tutor import RETRY, Tutor, opening_line


@dataclass
class ReviewTurn:
    """One answer to a review item: the conversation so far, the bot's reply, and whether
    (and how) the item is done."""

    conversation: Conversation
    messages: list[Turn]
    outcome: Outcome | None = None
    errors: tuple[str, ...] = ()

    @property
    def finished(self) -> bool:
        """Whether the item is answered (right, or revealed after the third miss)."""
        return self.outcome is not None


def can_ask(tutor: Tutor, item: ReviewItem) -> bool:
    """Whether the item's lesson and step still exist (a lesson file may have changed)."""
    lesson = tutor.lessons.get(item.lesson_id)
    return lesson is not None and item.step <= len(lesson.steps)


def ask(tutor: Tutor, item: ReviewItem) -> Conversation:
    """A one-step conversation at the item's step: the bot's original line, try 1."""
    lesson = tutor.lesson(item.lesson_id)
    return Conversation(
        lesson_id=lesson.id, step=item.step, transcript=[opening_line(lesson, item.step)]
    )


def _own(turns: list[Turn], step: int) -> list[Turn]:
    # The tutor would go on to the lesson's next line, or say the lesson is done: not here.
    return [t for t in turns if t.step == step and t.kind != "done"]


def answer(tutor: Tutor, item: ReviewItem, conv: Conversation, text: str) -> ReviewTurn:
    """Judge one answer to a review item (InputRejected for empty or over-long text)."""
    turn = tutor.respond(conv, text)
    new = turn.conversation
    new.transcript = _own(new.transcript, item.step)
    messages = _own(turn.messages, item.step)
    errors = () if turn.verdict.correct else turn.verdict.errors
    if turn.response.nextStep == RETRY:
        return ReviewTurn(new, messages, None, errors)
    if not turn.verdict.correct:
        outcome: Outcome = "revealed"
    else:
        outcome = "first_try" if conv.attempt == 1 else "after_cue"
    return ReviewTurn(new, messages, outcome, errors)
