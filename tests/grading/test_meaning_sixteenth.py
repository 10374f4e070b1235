"""Natural answers the sixteenth round of natives showed refused (issue 19), read at their
general cause and tested here on other words and steps: asked how often one plays, another
pastime says it («nado dos veces por semana», «entreno todas las tardes»), its verb part of
the answer; asked what a person is like, a trait said as a noun after «un/una» («es un
perfecto idiota», «era un gordo»).
A verb of no pastime, a thing for a person, a nationality or a colour made a noun stay
misses."""

import pytest
from helpers import grade_lesson


@pytest.mark.parametrize(
    "lesson,number,text",
    [
        # how often, with the verb of another pastime than the one asked
        ("deporte", 2, "Nado dos veces por semana."),
        ("deporte", 2, "Entreno todas las tardes."),
        ("deporte", 2, "Nado aquí todas las mañanas."),
        # a trait said as a noun
        ("clase", 6, "Nuestro profesor es un perfecto idiota."),
        ("clase", 6, "Es un vago."),
        ("robo", 5, "Era un gordo."),
    ],
)
def test_a_natural_answer_is_accepted(lesson, number, text):
    assert grade_lesson(lesson, number, text), text


@pytest.mark.parametrize(
    "lesson,number,text",
    [
        ("deporte", 2, "Como dos veces a la semana."),  # eating is no pastime
        ("deporte", 2, "Trabajo todas las mañanas."),
        ("trabajo", 4, "Trabajo todas las mañanas."),  # how many hours, not how often
        ("clase", 6, "Es una silla."),  # a thing, no trait
        ("clase", 6, "Es un alemán."),  # where from, not what like
        ("clase", 6, "Es un rojo."),
        ("casa", 2, "Es un desastre."),  # a flat is no person
    ],
)
def test_stays_a_miss(lesson, number, text):
    assert not grade_lesson(lesson, number, text), text
