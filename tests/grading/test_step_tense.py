"""A verb the step tells in the past, answered in the present (rules/step_tense.py): «¿Qué
comió ayer?» «Como un helado» is refused with the past («comí»); an answer that tells the
past somewhere, or sets its present apart («ahora», «pero»), is left alone."""

import pytest
from helpers import lesson_named

from langbot.grading import grade_answer
from langbot.grading.grammar import check_grammar
from langbot.grading.knowledge import knowledge
from langbot.grading.step_context import step_context
from langbot.grading.step_tenses import step_past_verbs
from langbot.grading.tokens import tokenize

# (lesson, step, answer, the fix): the step asks and answers in the past
WRONG = [
    ("navidad", 1, "Paso la Navidad en casa de mis abuelos.", "pasé"),  # «¿Dónde pasaste…?»
    ("navidad", 2, "La paso con mi familia.", "pasé"),
    ("navidad", 3, "Comemos pavo y turrón.", "comimos"),  # «¿qué comisteis?»
    ("robo", 1, "Me roban la cartera.", "robaron"),  # «¿Qué le robaron?»
    ("robo", 6, "Sí, estoy con mi hermana.", "estaba"),  # «¿Estaba usted con alguien?»
    ("dentista", 5, "Como un helado.", "comí"),  # «¿Qué comió o bebió ayer?»
    ("voluntariado", 6, "Sí, el año pasado ayudo en un hospital.", "ayudé"),
]
RIGHT = [
    ("navidad", 1, "Pasé la Navidad en Madrid."),
    ("dentista", 5, "Comí un helado y bebí un café."),
    ("robo", 6, "Sí, estaba con mi hermana."),
    ("perdidos", 4, "La perdí en el metro."),
    ("boda", 3, "Vengo con mi hermana."),  # the perfect reaches now: «¿con quién has venido?»
    ("trabajo", 5, "Voy en metro."),  # a step in the present
]


@pytest.mark.parametrize("lesson, step, text, fix", WRONG)
def test_the_present_for_the_past_is_refused_with_the_past(lesson, step, text, fix):
    verdict = grade_answer(lesson_named(lesson), step, text)
    assert not verdict.correct and verdict.category == "grammar", verdict
    ctx = step_context(lesson_named(lesson), step)
    errors = check_grammar(tokenize(text), knowledge(), persons=ctx.persons, past_verbs=ctx.past)
    assert fix in [e.fix for e in errors], [e.fix for e in errors]


@pytest.mark.parametrize("lesson, step, text", RIGHT)
def test_the_past_and_present_steps_stay_accepted(lesson, step, text):
    assert grade_answer(lesson_named(lesson), step, text).correct, text


def test_a_name_or_a_noun_tells_no_tense():
    """«¡Hasta el sábado, Lucía!» is no imperfect of lucir; «un vino» no past of venir."""
    assert step_past_verbs(lesson_named("cine").step(8)) == {}
    assert step_past_verbs(lesson_named("restaurante").step(2)) == {}
    assert step_past_verbs(lesson_named("dentista").step(5)) == {
        "comer": ("past", "comí"),
        "beber": ("past", "bebí"),
    }
