"""Errors the three blind lessons of 2026-12-07 (lavanderia, vivero, campamento; issue 19)
showed passing, each read at its general cause and tested here on other words: each adjective
of a coordinated pair after an object pronoun agrees with it («la quiero grande y blanco»); a
day's number and its month are joined by «de», not «del» or «en» («el lunes uno del julio»); a
plural verb of price before «todo», «esto» («¿cuánto cuestan todo?»)."""

import pytest

from langbot.grading import sentence_errors

WRONG = [
    # each adjective of a pair after an object pronoun
    ("Las prefiero negras y azul.", "gender_number"),
    ("La necesito pequeños y roja.", "gender_number"),
    # the link of a day and its month
    ("Mi cumpleaños es el doce del marzo.", "de"),
    ("Vuelvo el viernes, tres en agosto.", "de"),
    # a plural verb of price before a pronoun for one whole
    ("Perdone, ¿cuánto valen eso?", "vale"),
    ("Vale, ¿y cuánto cuestan todo?", "cuesta"),
]
RIGHT = ["Las prefiero negras y azules.", "La necesito pequeña y roja.", "Lo quiero blanco o gris.",
         "Mi cumpleaños es el doce de marzo.", "Vuelvo el viernes, tres de agosto.",
         "Viajamos los tres en agosto.", "¿Cuánto valen esos?", "¿Cuánto cuesta eso?",
         "¿Cuánto cuestan todos los libros?"]  # fmt: skip


@pytest.mark.parametrize("text,fix_or_kind", WRONG)
def test_a_learner_error_the_new_lessons_showed_is_named(text, fix_or_kind):
    errors = sentence_errors(text)
    assert any(fix_or_kind in (e.fix, e.kind) for e in errors), (text, errors)


@pytest.mark.parametrize("text", RIGHT)
def test_the_right_forms_get_no_error(text):
    assert not sentence_errors(text), text
