"""How real learners write: the judge's answers to habits the learner-style set showed (the
cases here are new sentences of each kind, not that set's rows)."""

import pytest
from helpers import table

from langbot.grading import accepts_answer, grade_answer

RIGHT = [
    # the best core sits inside the learner's own question or beside another verb: an
    # earlier core still answers ("Con tarjeta." then a question of their own)
    ("cafe", 7, "En efectivo. ¿Puedo pagar con tarjeta otro día?"),
    ("weekend", 5, "Vale, nos vemos a las ocho."),
    # answered, then a clause after «pero» or «porque»
    ("family", 8, "No, pero me gustan mucho los perros."),
    ("family", 8, "Sí, porque me encantan los animales."),
    # a name from the bot's lines, typed in lower case, is not English
    ("directions", 4, "a la derecha tom"),
    # the inflected forms a spell list of base forms lacks are words, not typos
    ("greetings", 7, "Adiós, que tengas un buen día."),
    # a hyphenated drink, midnight and midday as times
    ("cafe", 2, "Quiero una Fanta de naranja, por favor."),
    ("cafe", 2, "Para mí una Coca-Cola."),
    ("routine", 8, "Me acuesto a medianoche."),
    ("cafe", 3, "Para mí, un cruasán."),
]

WRONG = table("answers", "learner_mistakes", "lesson,step,text,kind")


@pytest.mark.parametrize(("lesson", "step", "text"), RIGHT)
def test_right_spanish_in_the_learners_own_habits_is_accepted(lessons, lesson, step, text):
    verdict = grade_answer(lessons[lesson], step, text)
    assert verdict.correct, verdict
    assert accepts_answer(lessons[lesson], step, text)


@pytest.mark.parametrize(("lesson", "step", "text", "kind"), WRONG)
def test_the_real_mistake_is_named(lessons, lesson, step, text, kind):
    verdict = grade_answer(lessons[lesson], step, text)
    assert not verdict.correct
    assert kind in verdict.error_kinds, verdict
    assert not accepts_answer(lessons[lesson], step, text)


@pytest.mark.parametrize(
    ("lesson", "step", "text"),
    [
        ("cafe", 5, "Sí, es bueno."),  # the goal asks for estar: the clause is the answer
        ("likes", 1, "Sí, le gusta la música."),
    ],
)
def test_a_comma_after_si_does_not_excuse_what_follows(lessons, lesson, step, text):
    assert not grade_answer(lessons[lesson], step, text).correct


@pytest.mark.parametrize(
    ("lesson", "step", "text"),
    [
        ("directions", 4, "Está un poco a la derecha."),  # «está un poco»: not "there is"
        ("directions", 7, "Sí, hay una farmacia al lado del banco."),
        ("family", 3, "Mi madre se llama Lucía."),
    ],
)
def test_the_right_forms_beside_those_slips_are_accepted(lessons, lesson, step, text):
    assert grade_answer(lessons[lesson], step, text).correct
