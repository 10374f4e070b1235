"""A right answer that already says what the next step asks: the bot does not ask it again."""

from collections.abc import Iterable

from langbot.conversation import Verdict
from langbot.grading.judge import grade_answer
from langbot.grading.knowledge import knowledge
from langbot.lessons import Lesson
from langbot.text import words


def answered_ahead(
    lesson: Lesson, number: int, text: str, taken: Iterable[tuple[str, str]] = ()
) -> Verdict | None:
    """The next step's verdict when the answer to step `number` already names what the next
    step asks for (a kind of music, a city), something the bot had not said itself nor this
    step's own values (`taken`, the verdict's slots) hold: «me llamo María de la Cruz» names
    no place."""
    if number >= len(lesson.steps) or not lesson.step(number + 1).slots:
        return None
    step = lesson.step(number)
    said = set(words(" ".join([step.bot, step.model_answer, *(v for _, v in taken)])))
    new = set(words(text)) - said  # «sí, me gusta la música» names nothing new
    if not new:
        return None  # no second grading on the turn's path
    verdict = grade_answer(lesson, number + 1, text)
    if not verdict.correct or not verdict.slots:
        return None
    if any(set(words(value)) & new for _, value in verdict.slots):
        return verdict
    kb = knowledge()
    for kind in lesson.step(number + 1).slots.values():
        values = set(words(" ".join(kind))) if isinstance(kind, list) else set()
        values |= kb.vocabulary.words_in_class(kind) if isinstance(kind, str) else set()
        if values & new:  # «la música pop»: the kind the next step asks for
            return verdict
    return None
