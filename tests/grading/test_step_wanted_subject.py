"""The thing a question asks how one wants it («¿cómo quiere la tarta?», «¿cómo quiere el pelo,
corto o largo?») is what an adjective said alone describes, so it agrees with it
(meaning/subject_asked.py, `described_wants`; rules/step_adjective.py)."""

import pytest
from helpers import lesson_named

from langbot.grading import grade_answer
from langbot.grading.knowledge import knowledge
from langbot.grading.meaning.subject_asked import step_subject


@pytest.mark.parametrize(
    ("lesson", "step", "text"), [("panaderia", 4, "Pequeño."), ("peluqueria", 5, "Muy corta.")]
)
def test_an_adjective_alone_of_another_gender_is_an_agreement_error(lesson, step, text):
    verdict = grade_answer(lesson_named(lesson), step, text)
    assert not verdict.correct and verdict.category == "grammar", verdict


@pytest.mark.parametrize(
    ("lesson", "step", "text"),
    [("panaderia", 4, "Pequeña, por favor."), ("peluqueria", 5, "Corto, por favor.")],
)
def test_an_adjective_alone_that_agrees_is_right(lesson, step, text):
    assert grade_answer(lesson_named(lesson), step, text).correct


def test_the_wanted_thing_gives_the_gender():
    assert step_subject(lesson_named("panaderia").step(4), knowledge()) == ("f", "s")
