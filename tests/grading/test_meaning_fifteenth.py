"""Natural answers the fifteenth round of natives showed refused (issue 19), read at their
general cause and tested here on other words and steps: a nationality says what someone
else is like («mi profesor es mexicano»), and the learner may say what they are like as a
person with traits («soy una chica muy alegre»); «pásame…» asks to be handed a thing as
«dame…» does; the thing asked for may carry the number that tells it from the others («en el
autobús 27»); a day to come may be said by how far off it is («dentro de una semana»).
A nationality of a thing or of the learner alone, a pet for a person, «me pasa algo», a
number with no thing, and a time to come where a time since or past is asked stay misses."""

import pytest
from helpers import grade_lesson


@pytest.mark.parametrize(
    "lesson,number,text",
    [
        # a nationality of someone else, alone or before a trait
        ("clase", 6, "Mi profesor es mexicano."),
        ("clase", 6, "Es colombiana."),
        ("clase", 6, "Es mexicano y muy simpático."),
        # the learner as a person with traits
        ("entrevista", 7, "Soy una chica muy alegre."),
        ("entrevista", 7, "Soy un chico tranquilo y responsable."),
        # handing a thing over is a request
        ("cocina", 4, "Pásame una cuchara."),
        ("cocina", 4, "Pásanos la sartén."),
        ("cocina", 2, "¿Nos pasas la cebolla?"),
        # the thing with its number
        ("trabajo", 5, "En el autobús 27."),
        ("autoescuela", 6, "En el autobús número tres."),
        # a day to come by how far off it is
        ("biblioteca", 7, "Dentro de dos semanas."),
        ("veterinario", 8, "Dentro de una semana."),
        ("gimnasio", 8, "Dentro de dos días."),
    ],
)
def test_a_natural_answer_is_accepted(lesson, number, text):
    assert grade_lesson(lesson, number, text), text


@pytest.mark.parametrize(
    "lesson,number,text",
    [
        ("casa", 2, "Es española."),  # a flat has no nationality
        ("entrevista", 7, "Soy alemana."),  # where one is from, not what one is like
        ("entrevista", 7, "Pues, soy un perro muy simpático."),  # no person
        ("cocina", 4, "Me pasa algo."),  # something happens to me: no request
        ("trabajo", 5, "En el número cinco."),  # a number, no transport
        ("salud", 5, "Dentro de dos días."),  # since when, not when
        ("perdidos", 5, "Dentro de dos horas."),  # asked in the past
        ("robo", 3, "Dentro de una hora."),
    ],
)
def test_stays_a_miss(lesson, number, text):
    assert not grade_lesson(lesson, number, text), text
