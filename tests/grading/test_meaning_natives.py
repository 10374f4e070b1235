"""Constructions native speakers answer a step with (evals/real-native*/, tuning halves),
read at any lesson's step of that kind, and the near answers that must stay misses."""

from pathlib import Path

import pytest

from langbot.grading import grade_answer
from langbot.lessons import load_lessons

YAML_ONLY = Path(__file__).resolve().parents[2] / "evals" / "yaml-only" / "lessons"


@pytest.fixture(scope="module")
def all_lessons():
    """The built-in lessons and the thirteen written in YAML alone."""
    return {**load_lessons(), **load_lessons(YAML_ONLY)}


@pytest.mark.parametrize(
    ("lesson", "step", "text", "accepted"),
    [
        # asking the way to any place asks what asking the way to the station does
        ("directions", 1, "¿Dónde está el aeropuerto?", True),
        ("directions", 1, "Perdone, ¿hay un hospital por aquí?", True),
        ("directions", 1, "¿Hay una farmacia por aquí?", False),  # step 7 asks the way to it
        ("directions", 1, "¿Dónde está la biblioteca?", True),
        ("directions", 1, "¿Dónde está mi perro?", False),
        ("directions", 1, "¿Dónde está Tom?", False),
        ("directions", 3, "¿Dónde está la calle Mayor?", False),
        # how often, with no number
        ("deporte", 2, "Juego al tenis todos los domingos.", True),
        ("deporte", 2, "Los sábados.", True),
        ("deporte", 2, "Juego a las ocho.", False),
        ("deporte", 2, "Con mis amigos.", False),
        # another verb that says when one starts
        ("trabajo", 3, "Entro a las nueve.", True),
        ("trabajo", 3, "Salgo a las cinco.", False),
        # what one brings as food may be a drink
        ("fiesta", 4, "Traigo vino.", True),
        ("fiesta", 4, "Voy a traer un libro.", False),
        # an age turned to
        ("fiesta", 2, "Voy a cumplir treinta.", True),
        ("fiesta", 2, "Mi madre cumple treinta.", False),
        # a verb of not liking says no to a yes/no liking question
        ("trabajo", 6, "Odio mi trabajo.", True),
        ("fiesta", 6, "Detesto bailar.", True),
        ("trabajo", 6, "Odio la pizza.", False),
        ("likes", 8, "Odio la pizza.", False),
        # thanks answer a farewell that wishes well, and say nothing else
        ("viaje", 8, "¡Muchas gracias!", True),
        ("hotel", 6, "Gracias.", True),
        ("hotel", 6, "Gracias, estoy bien.", False),
        ("clase", 8, "Hasta entonces.", True),
        # a place on something; the being a question leaves unsaid
        ("casa", 6, "Está sobre la mesa.", True),
        ("mascota", 6, "Mi perro duerme en el sofá.", True),
        ("ciudad", 4, "La iglesia está en el centro.", False),  # not the cathedral
        # how many with no number
        ("hotel", 2, "Me quedaré aquí un par de días.", True),
        ("hotel", 2, "Me quedo varias noches.", True),
        ("hotel", 2, "Tengo muchos libros.", False),
        # whom one works for says where
        ("trabajo", 2, "Trabajo para una agencia de viajes.", True),
        ("trabajo", 2, "Trabajo para ganar dinero.", False),
        ("viaje", 4, "Pagaré con cheques de viajero.", True),
        ("fiesta", 3, "Cuenta conmigo.", True),
        # what someone is like: parecer, or a being with adjectives
        ("clase", 6, "Nuestro profesor parece muy joven.", True),
        ("clase", 6, "Es un hombre muy simpático.", True),
        ("mascota", 4, "Es un perro muy cariñoso.", True),
        ("clase", 6, "Es un perro pequeño.", False),
        ("clase", 6, "Es un libro muy bueno.", False),
        # how something fits, said with ser in the fitting verb's person
        ("tienda", 4, "Es muy corto.", True),
        ("tienda", 5, "Son demasiado largos.", True),
        ("tienda", 5, "Es muy bonito.", False),
        ("tienda", 4, "Es de Madrid.", False),
        # a time from now
        ("fiesta", 7, "Llegaré allí dentro de una hora.", True),
        ("fiesta", 7, "Llego dentro de la casa.", False),
        # what hurts, and an ache of a part of the body
        ("salud", 2, "Me duele la quemadura.", True),
        ("salud", 2, "Me duelen la cabeza.", False),
        ("salud", 4, "Tengo ardor de estómago.", True),
        ("salud", 4, "Tengo libro de espalda.", False),
    ],
)
def test_native_constructions_answer_the_step(all_lessons, lesson, step, text, accepted):
    assert grade_answer(all_lessons[lesson], step, text).correct is accepted
