"""Lesson checks that need the grader: every slot names a kind the grader knows, and every
model answer is accepted by its own step."""

from dataclasses import dataclass
from pathlib import Path

from langbot.errors import LessonFileError
from langbot.grading.judge import grade_answer
from langbot.grading.knowledge import knowledge
from langbot.grading.slots import BUILT_IN_KINDS, slot_kinds
from langbot.lessons import LESSONS_DIR, Lesson, Step


def check_slot_kinds(lessons: dict[str, Lesson], directory: Path | str | None = None) -> None:
    """Raise LessonFileError naming the file, step and slot of a kind the grader does not know."""
    folder = Path(directory) if directory is not None else LESSONS_DIR
    vocabulary = knowledge().vocabulary
    known = slot_kinds(vocabulary)
    for lesson in lessons.values():
        for number, step in enumerate(lesson.steps, 1):
            kinds = [(name, spec) for name, spec in step.slots.items() if isinstance(spec, str)]
            if step.asks is not None and step.asks.of:
                kinds.append(("asks.of", step.asks.of))  # what the step asks about: a kind too
            for name, spec in kinds:
                if spec not in known:
                    classes = sorted(vocabulary.noun_classes | vocabulary.adjective_classes)
                    raise LessonFileError(
                        f"{folder / (lesson.id + '.yaml')}: steps[{number - 1}]."
                        f"{name if name == 'asks.of' else 'slots.' + name}: "
                        f"{spec!r} is not a slot kind. Use a built-in kind "
                        f"({', '.join(BUILT_IN_KINDS)}), a word class of lessons/vocabulary/*.yaml "
                        f"({', '.join(classes)}), or add {spec!r} to the `classes` of the "
                        "nouns or adjectives it should match"
                    )


@dataclass(frozen=True)
class RefusedAnswer:
    """A step's model answer its own step refuses, and the message that says why."""

    lesson: str
    step: int
    answer: str
    message: str


def refused_model_answers(
    lessons: dict[str, Lesson], directory: Path | str | None = None
) -> list[RefusedAnswer]:
    """Every model answer its own step does not accept, in every lesson, with the message."""
    folder = Path(directory) if directory is not None else LESSONS_DIR
    refused = []
    for lesson in lessons.values():
        for number, step in enumerate(lesson.steps, 1):
            verdict = grade_answer(lesson, number, step.model_answer)
            if not verdict.correct:
                message = (
                    f"{folder / (lesson.id + '.yaml')}: steps[{number - 1}].model_answer "
                    f"{step.model_answer!r} is not accepted by its own step "
                    f"({verdict.category}: {' '.join(verdict.errors)}). {_why(step, verdict.category)}"
                )
                refused.append(RefusedAnswer(lesson.id, number, step.model_answer, message))
    return refused


def check_lessons(lessons: dict[str, Lesson], directory: Path | str | None = None) -> None:
    """Raise LessonFileError naming the file and step of an unknown slot kind, or of every
    model answer its step does not accept (all of them, in every lesson, at once)."""
    check_slot_kinds(lessons, directory)
    refused = [r.message for r in refused_model_answers(lessons, directory)]
    if len(refused) == 1:
        raise LessonFileError(refused[0])
    if refused:
        head = f"{len(refused)} model answers are not accepted by their own steps:"
        raise LessonFileError("\n".join([head, *(f"- {line}" for line in refused)]))


def _why(step: Step, category: str) -> str:
    """What the author can change when a step refuses its own model answer."""
    if category == "grammar":
        return _GRAMMAR_WHY
    reads = []
    if step.asks is not None:
        said = step.asks.model_dump(exclude_defaults=True)
        fields = ", ".join(
            f"{k}: {str(v).lower() if isinstance(v, bool) else v}" for k, v in said.items()
        )
        reads.append(f"the reader of `asks: {{{fields}}}` did not find it")
    if step.accept:
        reads.append("no `accept` pattern matches it")
    return (
        f"{' and '.join(reads).capitalize()}: choose the kind that says what the step asks "
        "(README, «What a step asks»), add the answer's words to lessons/vocabulary/ with "
        "their classes, or add an `accept` pattern."
    )


# A false grammar error is the judge's, not the lesson's: `asks`, vocabulary or a pattern
# cannot lift it, so the message must not send the author there.
_GRAMMAR_WHY = (
    "The step read its meaning, but a grammar check put the error above on it. If the "
    "Spanish is right, the check is wrong and no change to `asks`, the vocabulary or an "
    "`accept` pattern will lift it: report the sentence and the message as a judge bug "
    "(README, «Adding a lesson»), and until it is fixed write the model answer another way."
)
