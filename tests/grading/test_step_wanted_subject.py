"""The thing a question asks how one wants it («¿cómo quiere la tarta?», «¿cómo quiere el pelo,
corto o largo?») is what an adjective said alone describes, so it agrees with it
(meaning/subject_asked.py, `described_wants`; rules/step_adjective.py)."""

from pathlib import Path

import pytest

from langbot.grading import grade_answer
from langbot.grading.knowledge import knowledge
from langbot.grading.meaning.subject_asked import step_subject
from langbot.lessons import load_lesson_file

LESSON_DIR = Path(__file__).resolve().parents[2] / "evals" / "yaml-only" / "lessons"


def _lesson(name: str):
    return load_lesson_file(LESSON_DIR / f"{name}.yaml")


@pytest.mark.parametrize(
    ("lesson", "step", "text"), [("panaderia", 4, "Pequeño."), ("peluqueria", 5, "Muy corta.")]
)
def test_an_adjective_alone_of_another_gender_is_an_agreement_error(lesson, step, text):
    verdict = grade_answer(_lesson(lesson), step, text)
    assert not verdict.correct and verdict.category == "grammar", verdict


@pytest.mark.parametrize(
    ("lesson", "step", "text"),
    [("panaderia", 4, "Pequeña, por favor."), ("peluqueria", 5, "Corto, por favor.")],
)
def test_an_adjective_alone_that_agrees_is_right(lesson, step, text):
    assert grade_answer(_lesson(lesson), step, text).correct


def test_the_wanted_thing_gives_the_gender():
    assert step_subject(_lesson("panaderia").step(4), knowledge()) == ("f", "s")
