"""A step as a new author first writes it, with the `asks` its question plainly asks, takes
its natural model answer and what answers the same way, and nothing else. The cases are the
start-up refusals of three lessons written in YAML alone (a market, a town, a pet:
evals/yaml-only/README.md), each with the author's first `asks`."""

import pytest
from helpers import made_step

import langbot.wiring  # noqa: F401  (names the built-in judge a bare Tutor uses)
from langbot.grading import grade_answer
from langbot.lessons import Lesson

STEPS = {
    "town": ("¿Cómo es tu ciudad?", {"kind": "description"}, "Es una ciudad grande y muy bonita."),
    "near": ("¿Vives cerca o lejos del centro?", {"kind": "location"}, "Vivo lejos del centro."),
    "sleeps": (
        "¿Dónde duerme tu perro?",
        {"kind": "location", "who": "other"},
        "Duerme en el sofá.",
    ),
    "amount": ("Cuatro euros el kilo. ¿Cuántas le pongo?", {"kind": "number"}, "Medio kilo."),
    "bag": ("Son nueve euros. ¿Quiere una bolsa?", {"kind": "accept_decline"}, "No, gracias."),
    "named": ("¿Cómo se llama?", {"kind": "name", "who": "other"}, "Se llama Rocky."),
}
CASES = [
    ("town", "Es una ciudad grande y muy bonita.", True),
    ("town", "Es una gran ciudad.", True),
    ("town", "Es una ciudad.", False),
    ("town", "Es un perro grande.", False),
    ("near", "Vivo lejos del centro.", True),
    ("near", "Me llamo Ana.", False),
    ("sleeps", "Duerme en el sofá.", True),
    ("sleeps", "Come pienso.", False),
    ("amount", "Medio kilo, por favor.", True),
    ("amount", "Quiero medio kilo.", True),
    ("amount", "Un coche.", False),
    ("amount", "Quiero un kilo de fresas.", True),
    ("amount", "Quinientos gramos, por favor.", True),
    ("bag", "No, gracias, tengo una bolsa.", True),
    ("bag", "Sí, por favor.", True),
    ("bag", "Me llamo Ana.", False),
    ("bag", "No hablo español.", False),
    ("bag", "Sí, una bolsa, por favor.", True),
    ("bag", "Sí, un coche.", False),
    ("bag", "No hace falta, gracias.", True),
    # a question that names no one: the talk before says who, and the answer may name it
    ("named", "Mi perro se llama Rocky.", True),
    ("named", "Se llama Tomas.", True),
    ("named", "Me llamo Ana.", False),
]


def _lesson(name: str) -> Lesson:
    bot, asks, model = STEPS[name]
    return made_step(bot, asks, model, accept=[], slots={})


@pytest.mark.parametrize("name,text,right", CASES, ids=[f"{c[0]}: {c[1]}" for c in CASES])
def test_a_step_as_first_written_takes_what_answers_it(name, text, right):
    verdict = grade_answer(_lesson(name), 1, text)
    assert verdict.correct == right, (verdict.category, verdict.errors)
