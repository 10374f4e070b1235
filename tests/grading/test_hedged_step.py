"""An opinion put before the answer («creo que», «me parece que», «la verdad es que») leaves
the clause after it the answer itself: the step's thing is its subject and the person the
step asks for its verb's («¿Qué tal está el pescado?» «Creo que está muy rica» is wrong)."""

import pytest
from helpers import lesson_named

from langbot.grading import grade_answer

WRONG = [
    ("restaurante", 5, "Creo que está muy rica."),  # «¿Qué tal está el pescado?»
    ("restaurante", 5, "Yo creo que está muy rica."),
    ("restaurante", 5, "Me parece que está sabrosa."),
    ("routine", 7, "Creo que cena a las diez."),  # «¿A qué hora cenas?»
    ("routine", 7, "Yo creo que cena a las diez."),
    ("routine", 7, "La verdad es que cena a las diez."),
    ("routine", 7, "Pues creo que cena a las once."),
    ("clase", 6, "Creo que es muy simpáticos."),  # «¿Cómo es tu profesor?»
    # an adjective alone after the hedge agrees with the thing asked about
    ("panaderia", 4, "Me parece que pequeño."),  # «¿Cómo quiere la tarta?»
    ("floristeria", 3, "Creo que blanco."),  # «¿De qué color las quiere?»
    ("floristeria", 3, "Me parece que blanco."),
]
RIGHT = [
    ("restaurante", 5, "Creo que está riquísimo."),
    ("restaurante", 5, "Me parece que está delicioso."),
    ("restaurante", 5, "Creo que está muy bueno, gracias."),
    ("routine", 7, "Creo que ceno a las diez."),
    ("routine", 7, "Creo que a las once."),
    ("floristeria", 3, "Creo que blancas, por favor."),
    ("clase", 6, "Me parece que es muy simpático."),
    ("clase", 6, "Creo que es simpático y alto."),
    ("floristeria", 3, "Creo que rojas."),
    ("panaderia", 4, "Creo que grande, de chocolate."),
]


@pytest.mark.parametrize(("lesson", "step", "text"), WRONG)
def test_the_clause_after_a_hedge_answers_the_step(lesson, step, text):
    verdict = grade_answer(lesson_named(lesson), step, text)
    assert not verdict.correct and verdict.category == "grammar", verdict


@pytest.mark.parametrize(("lesson", "step", "text"), RIGHT)
def test_a_hedged_right_answer_stays_right(lesson, step, text):
    assert grade_answer(lesson_named(lesson), step, text).correct


@pytest.mark.parametrize("text", ["Yo creo que at 10 pm", "Me parece que at 7 pm"])
def test_english_after_a_hedge_is_english(text):
    """The hedge frames the answer; the answer itself is English («¿A qué hora cenas?»)."""
    verdict = grade_answer(lesson_named("routine"), 7, text)
    assert not verdict.correct and verdict.category == "english", verdict
