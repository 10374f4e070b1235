"""Answers the three lessons written blind on 2026-12-07 (panaderia, zapateria, turismo) showed
refused (issue 19), each read in general form: where one stays may be said as «we» (a trip is
often shared: «nos alojamos en…»), with another verb of staying («me hospedo», «me quedo en…»),
and «pasar» (to drop by) answers a question asked with «venir» («paso a las siete»); the thing
ordered alone may be followed by a sentence of its own («un mapa, por favor, es mi primer
viaje»); a time after a preposition of place is when, not where («me quedo hasta el lunes» to
«¿dónde se aloja?»); bakery words are food (nouns.yaml: baguette, bollo, panecillo); where the bot's line names all
the model question names («¿quiere otro número?»), a question with its verb asks it («¿tienen
el treinta y seis?»)."""

import pytest
from helpers import lesson_named

from langbot.grading import grade_answer

RIGHT = [
    ("turismo", 6, "Nos alojamos en un hostal del centro."),  # «¿Dónde se aloja?»
    ("turismo", 6, "Nos hospedamos en un hostal."),
    ("turismo", 6, "Me quedo en un hostal del centro."),
    ("panaderia", 6, "Paso a las siete."),  # «¿A qué hora viene a recogerla?»
    ("turismo", 1, "Un mapa del centro, por favor, es mi primer viaje."),  # «¿En qué puedo…?»
    ("turismo", 1, "Un mapa de la ciudad, gracias, es mi primer día."),
    ("turismo", 6, "Estoy en el centro hasta el lunes."),
    ("panaderia", 1, "Quiero una baguette."),  # «¿Qué le pongo?»
    ("panaderia", 1, "Quiero dos bollos, por favor."),
    ("zapateria", 6, "¿Tienen el treinta y seis, por favor?"),  # model «¿Tiene un número menos?»
]
WRONG = [
    ("turismo", 6, "Me quedo tres noches."),  # how long, not where
    ("turismo", 6, "Me quedo hasta el lunes."),  # until when, not where
    ("zapateria", 6, "¿Dónde está la caja?"),  # another question than the step's
    ("panaderia", 6, "Pasa a las siete."),  # the question's person
    ("turismo", 1, "Una mapa de la ciudad, gracias, es mi primer día."),  # agreement
]


@pytest.mark.parametrize(("lesson", "step", "text"), RIGHT)
def test_a_shared_stay_or_a_verb_of_the_same_action_answers(lesson, step, text):
    verdict = grade_answer(lesson_named(lesson), step, text)
    assert verdict.correct, verdict


@pytest.mark.parametrize(("lesson", "step", "text"), WRONG)
def test_no_place_or_another_person_is_still_refused(lesson, step, text):
    assert not grade_answer(lesson_named(lesson), step, text).correct
