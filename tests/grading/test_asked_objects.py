"""The person a question asks with an object pronoun or «ir a» + an infinitive
(langbot/grading/asked_persons.py): «¿para qué día la necesita?» and «¿cómo va a pagar?» speak
to the learner, who answers «la necesito», «voy a pagar»; not a question about a thing («¿qué
tiempo va a hacer?», «¿cuánto tiempo tiene que estar?») nor an article («¿qué tal la visita?»)."""

import pytest
from helpers import lesson_named

from langbot.grading import grade_answer
from langbot.grading.asked_persons import asked_persons
from langbot.grading.knowledge import knowledge

WRONG = [
    ("bici", 8, "Las devuelven a las seis."),  # «¿A qué hora las devuelven?»
    ("piso", 4, "Lo quiere amueblado, por favor."),  # «¿Lo quiere amueblado…?»
    ("panaderia", 5, "La necesita el sábado."),  # «¿Para qué día la necesita?»
]
RIGHT = [
    ("bici", 8, "Las devolvemos a las seis."),
    ("coche", 2, "Lo necesito para diez días."),
    ("panaderia", 5, "La necesito el sábado por la mañana."),
    ("panaderia", 8, "Voy a pagar en efectivo, gracias."),  # «¿Cómo va a pagar?»
    ("excursion", 5, "Va a hacer sol."),  # «¿Sabes qué tiempo va a hacer…?»: of the weather
    ("cocina", 6, "Tiene que estar diez minutos."),  # «¿Cuánto tiempo tiene que estar?»: the dish
]


@pytest.mark.parametrize(("lesson", "step", "text"), WRONG)
def test_the_question_verb_echoed_in_its_usted_person_is_wrong(lesson, step, text):
    verdict = grade_answer(lesson_named(lesson), step, text)
    assert not verdict.correct and verdict.category == "grammar", verdict


@pytest.mark.parametrize(("lesson", "step", "text"), RIGHT)
def test_the_answerer_person_or_a_thing_asked_of_is_right(lesson, step, text):
    verdict = grade_answer(lesson_named(lesson), step, text)
    assert verdict.correct, verdict


@pytest.mark.parametrize(
    ("lesson", "step", "verb", "person"),
    [
        ("panaderia", 8, "pagar", "1s"),
        ("panaderia", 5, "necesitar", "1s"),
        ("bici", 8, "devolver", "1p"),
    ],
)
def test_the_question_gives_its_verbs_the_answerer_person(lesson, step, verb, person):
    assert asked_persons(lesson_named(lesson).step(step), knowledge()).get(verb) == person


def test_a_noun_after_an_article_is_no_verb_said_to_the_learner():
    step = lesson_named("museo").step(8)  # «¿Qué tal la visita? ¿Le gustan los cuadros de Goya?»
    assert "visitar" not in asked_persons(step, knowledge())
