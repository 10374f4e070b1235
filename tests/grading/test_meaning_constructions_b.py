"""Constructions of persons, places, opinions and social exchanges natives answer with, read
at any YAML-only step of that kind (sentences written for these tests, not eval rows), and
the near answers that must stay misses."""

from pathlib import Path

import pytest

from langbot.grading import grade_answer
from langbot.lessons import load_lessons

YAML_ONLY = Path(__file__).resolve().parents[2] / "evals" / "yaml-only" / "lessons"


@pytest.fixture(scope="module")
def yaml_lessons():
    """The lessons written in YAML alone."""
    return load_lessons(YAML_ONLY)


@pytest.mark.parametrize(
    ("lesson", "step", "text", "accepted"),
    [
        # to an open invitation to ask, a question naming no thing: its subject is the talk's
        ("museo", 7, "¿A qué hora abren?", True),
        ("museo", 7, "¿Es gratis?", True),
        ("aeropuerto", 5, "¿Hay que facturar?", True),
        ("aeropuerto", 5, "¿Cuánto cuesta?", False),  # the price of no thing named
        ("cumple", 2, "¿Cuánto dura?", True),
        ("teatro", 8, "¿Dónde nos sentamos?", True),  # in «we»
        ("museo", 7, "Sí, una pregunta: ¿es gratis?", True),  # only the question is read
        ("museo", 7, "¿Qué hora es?", False),  # the clock, no thing of the talk
        ("museo", 7, "¿Dónde vive?", False),  # the bot's own life, said as usted
        ("museo", 7, "¿Cómo estás?", False),
        ("museo", 7, "¿A qué hora abro?", False),  # asks of oneself
        ("museo", 7, "Es gratis.", False),  # no question
        # an opinion framing what accepts a proposal
        ("deporte", 6, "Me parece genial.", True),
        ("boda", 7, "Me parece una buena idea.", True),
        ("deporte", 6, "Me parece una idea horrible.", False),
        ("deporte", 6, "No, no me apetece.", True),
        # a yes or a no placed in time or coloured, or a no said without «no»
        ("mascota", 1, "No, ya no.", True),
        ("autoescuela", 2, "Por desgracia, no.", True),
        ("playa", 4, "Qué va.", True),
        ("trabajo", 6, "No, la verdad es que no.", True),
        ("mascota", 1, "Pues tengo frío.", False),
        ("playa", 4, "Ahora mismo hace sol.", False),
        # where one lives by a place word and what it is next to, or in a home noun
        ("ciudad", 1, "Vivo detrás de la estación.", True),
        ("banco", 3, "Lejos de aquí.", True),
        ("autoescuela", 5, "En un piso en las afueras.", True),
        ("banco", 3, "Trabajo detrás de la estación.", False),
        # a place made exact
        ("casa", 5, "Justo al lado del comedor.", True),
        ("ciudad", 4, "Está justo allí.", True),
        ("casa", 5, "Justo.", False),
        ("casa", 6, "No estoy segura, pero creo que está en el jardín.", True),  # of the speaker
        ("casa", 6, "Estoy en el jardín.", False),
        # a companion with an adjective before the noun
        ("viaje", 5, "Con mi mejor amiga.", True),
        ("deporte", 3, "Con todos mis compañeros.", True),
        ("viaje", 5, "Con mucho gusto.", False),
        # a day of some weather, the adjective before the noun or after a degree
        ("tiempo", 1, "Hoy hace muy buen día.", True),
        ("playa", 1, "Hace un día muy caluroso.", True),
        ("tiempo", 1, "Hace buen trabajo.", False),
        # a state of work with estar; where it hurts with no body part
        ("vecino", 5, "Ahora estoy en paro.", True),
        ("banco", 4, "Estoy en casa.", False),
        ("farmacia", 1, "Me duele todo el cuerpo.", True),
        ("salud", 2, "Me duele por todas partes.", True),
        ("farmacia", 1, "Me duele.", False),
        # what happened to one, to what is wrong
        ("dentista", 1, "Me caí de la bici.", True),
        ("salud", 1, "Me he quemado la mano.", True),
        ("farmacia", 1, "Me he levantado.", False),
        ("salud", 1, "Me hice daño en la espalda.", True),
        ("salud", 1, "Me hice un bocadillo.", False),
        # everything as the kind one likes; a word singling out what follows
        ("concierto", 1, "Me gusta casi todo.", True),
        ("concierto", 1, "Un poco de todo.", True),
        ("concierto", 1, "Especialmente el jazz.", True),
        ("concierto", 1, "Como de todo.", False),
        ("ciudad", 6, "Me gusta todo.", False),  # a yes/no question: no kind asked
        # «por» and a cause with no verb, to a why
        ("intercambio", 5, "Por mi trabajo.", True),
        ("intercambio", 5, "Por curiosidad.", True),
        ("intercambio", 5, "Por la tarde.", False),
        ("intercambio", 5, "Por que me gusta.", False),
    ],
)
def test_constructions_answer_the_step(yaml_lessons, lesson, step, text, accepted):
    assert grade_answer(yaml_lessons[lesson], step, text).correct is accepted
