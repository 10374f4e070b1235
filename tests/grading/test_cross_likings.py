"""Another step's liking (issue 19): at a yes-or-no liking step of the built-in likes lesson,
«me gusta» with another thing after it answers another question, not the one asked; the
thing asked, named after another in a list, or a place said again («allí»), still answers."""

import pytest
from helpers import grade_lesson

REFUSED = [
    (1, "Me encanta montar en bici."),  # «¿Te gusta la música?»
    (1, "Me gusta cocinar con mi madre."),
    (5, "Me encanta correr por la mañana."),  # «¿Te gusta ir a la biblioteca?»
    (5, "Me gusta ver películas."),
    (5, "Me gusta dibujar."),
]

ACCEPTED = [
    (3, "Me gustan los libros y los deportes."),  # «¿te gustan los deportes?»
    (3, "Me encantan el teatro y los deportes."),
    (5, "Me gusta trabajar ahí."),
    (5, "Sí, me gusta leer allí."),
    (5, "Sí, me gusta ir."),
    (1, "Me gusta."),
]


@pytest.mark.parametrize(("number", "text"), REFUSED)
def test_another_things_liking_is_refused(number, text):
    assert not grade_lesson("likes", number, text)


@pytest.mark.parametrize(("number", "text"), ACCEPTED)
def test_the_thing_asked_is_still_accepted(number, text):
    assert grade_lesson("likes", number, text)
