"""The reflexive pronoun the step's model answer joins to an infinitive is the speaker's
(rules/step_joined.py): «Quiero apuntarme…» is the step's, «Quiero apuntarte…» is refused."""

import pytest
from helpers import lesson_named

from langbot.grading import grade_answer


@pytest.mark.parametrize(
    "lesson, step, text",
    [
        ("piscina", 1, "Quiero apuntarte a las clases de natación."),
        ("peluqueria", 1, "Quiero una cita para cortarse el pelo."),
    ],
)
def test_another_persons_pronoun_joined_is_refused(lesson, step, text):
    verdict = grade_answer(lesson_named(lesson), step, text)
    assert not verdict.correct and verdict.category == "grammar", verdict


@pytest.mark.parametrize(
    "lesson, step, text",
    [
        ("piscina", 1, "Quiero apuntarme a las clases de natación."),
        ("peluqueria", 1, "Quiero una cita para cortarme el pelo."),
    ],
)
def test_the_speakers_own_pronoun_is_right(lesson, step, text):
    assert grade_answer(lesson_named(lesson), step, text).correct, text
