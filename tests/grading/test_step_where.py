"""Where a known thing is takes estar when the step says it so (rules/step_where.py):
«¿Y dónde está la catedral?» «Hay cerca de la plaza» is refused with «está»; «hay» saying
what there is, or none there, stays right."""

import pytest
from helpers import lesson_named

from langbot.grading import grade_answer
from langbot.grading.grammar import check_grammar
from langbot.grading.knowledge import knowledge
from langbot.grading.step_context import step_context
from langbot.grading.tokens import tokenize


def test_hay_before_where_is_refused_with_estar():
    text = "Hay cerca de la plaza."
    assert not grade_answer(lesson_named("ciudad"), 4, text).correct
    ctx = step_context(lesson_named("ciudad"), 4)
    errors = check_grammar(tokenize(text), knowledge(), persons=ctx.persons, step_verbs=ctx.verbs)
    assert "está" in [e.fix for e in errors]


@pytest.mark.parametrize(
    "lesson, step, text",
    [
        ("ciudad", 4, "Está cerca de la plaza."),
        ("ciudad", 3, "Hay un río y en el centro hay una catedral."),  # the step says hay
        ("casa", 8, "No, no hay jardín, pero hay una terraza."),
    ],
)
def test_estar_and_hay_for_what_exists_stay_right(lesson, step, text):
    assert grade_answer(lesson_named(lesson), step, text).correct, text
