"""Lesson checks that need the grader: every model answer must be accepted by its own step."""

from pathlib import Path

from langbot.errors import LessonFileError
from langbot.grading.judge import grade_answer
from langbot.lessons import LESSONS_DIR, Lesson


def check_lessons(lessons: dict[str, Lesson], directory: Path | str | None = None) -> None:
    """Raise LessonFileError naming the file and step whose model answer is not accepted."""
    folder = Path(directory) if directory is not None else LESSONS_DIR
    for lesson in lessons.values():
        for number, step in enumerate(lesson.steps, 1):
            verdict = grade_answer(lesson, number, step.model_answer)
            if not verdict.correct:
                raise LessonFileError(
                    f"{folder / (lesson.id + '.yaml')}: steps[{number - 1}].model_answer "
                    f"{step.model_answer!r} is not accepted by the step's own patterns "
                    f"({verdict.category}: {' '.join(verdict.errors)})"
                )
