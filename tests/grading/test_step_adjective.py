"""An adjective alone answers for the thing the bot's question names by an object pronoun
(meaning/asked_object.py, rules/step_adjective.py): «¿De qué color las quiere?» (the roses)
«Blancos» is refused, «Blancas» accepted; a word said alone to agree («claro») is no colour."""

import pytest
from helpers import lesson_named

from langbot.grading import grade_answer
from langbot.grading.knowledge import knowledge
from langbot.grading.meaning.asked_object import asked_object, named_before

WRONG = [
    ("floristeria", 3, "Blancos, por favor."),  # «¿De qué color las quiere?»: las rosas
    ("tienda", 2, "Negro."),  # «¿De qué color la quieres?»: la chaqueta
    ("peluqueria", 6, "Castaña, por favor."),  # «¿De qué color lo quiere?»: el pelo
]
RIGHT = [
    ("floristeria", 3, "Rojas, por favor."),
    ("tienda", 2, "Negra, por favor."),
    ("peluqueria", 6, "Rubio, por favor."),
    ("ropa", 3, "Azul, por favor."),  # one form for both genders
    ("autoescuela", 7, "Claro, gracias."),  # «¿Lo quiere?»: «claro» agrees to it
]


@pytest.mark.parametrize("lesson, step, text", WRONG)
def test_an_adjective_alone_of_the_other_gender_is_refused(lesson, step, text):
    verdict = grade_answer(lesson_named(lesson), step, text)
    assert not verdict.correct and verdict.category == "grammar", verdict


@pytest.mark.parametrize("lesson, step, text", RIGHT)
def test_an_adjective_alone_that_agrees_is_right(lesson, step, text):
    assert grade_answer(lesson_named(lesson), step, text).correct, text


def test_the_thing_a_pronoun_names_is_read_but_not_an_article_before_a_noun():
    kb = knowledge()
    assert asked_object("¿De qué color las quiere?", kb) == ("f", "p")
    assert asked_object("¿Lo quiere amueblado o sin muebles?", kb) == ("m", "s")
    assert asked_object("¿Dónde está la cocina?", kb) is None  # «la cocina»: no pronoun
    assert asked_object("Los tengo. ¿Quieres uno?", kb) is None  # not in the question


def test_a_question_that_names_nothing_asks_about_the_thing_named_before_it():
    """«Prueba la tortilla. ¿Qué tal está?»: what «está riquísima» describes is the tortilla;
    «estas peras… Pruebe una»: one of the pears."""
    kb = knowledge()
    assert named_before("¡Ya está! Prueba la tortilla. ¿Qué tal está?", kb) == ("f", "s")
    assert named_before("Mire, estas peras son de mi pueblo. Pruebe una. ¿Qué tal está?", kb) == (
        "f",
        "s",
    )
    assert named_before("¿Qué tal está el pescado?", kb) is None  # asked_subject reads it
    verdict = grade_answer(lesson_named("mercado"), 4, "Está riquísimo.")
    assert not verdict.correct and verdict.category == "grammar", verdict
    assert grade_answer(lesson_named("cocina"), 7, "Está muy buena, gracias.").correct
