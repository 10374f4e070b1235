"""Natural native answers the YAML-only lessons' tuning rows showed refused (issue 19 part 3):
an order of what the bot offers and a list of things, asking to be charged, where we meet
said with a verb of meeting in «we», and two pets' names; and what stays a miss."""

import pytest

from langbot.evaluation import EVALS_DIR
from langbot.grading import grade_answer
from langbot.lessons import load_lesson_file, load_lessons

YAML_LESSONS = EVALS_DIR / "yaml-only" / "lessons"


def _grade(lesson: str, number: int, text: str) -> bool:
    path = YAML_LESSONS / f"{lesson}.yaml"
    found = load_lesson_file(path) if path.is_file() else load_lessons()[lesson]
    return grade_answer(found, number, text).correct


@pytest.mark.parametrize(
    "lesson,number,text",
    [
        ("restaurante", 7, "Dos cafés y la cuenta, por favor."),
        ("restaurante", 7, "Dos cafés, por favor."),
        ("restaurante", 7, "Nada más, gracias. ¿Nos cobra, por favor?"),
        ("restaurante", 7, "¿Me cobra?"),
        ("cine", 5, "Nos vemos en la puerta del cine."),
        ("cine", 5, "Nos vemos en la plaza."),
        ("mascota", 2, "Se llaman Pipo y Lola."),
    ],
)
def test_a_natural_answer_is_accepted(lesson, number, text):
    assert _grade(lesson, number, text), text


@pytest.mark.parametrize(
    "lesson,number,text",
    [
        ("restaurante", 7, "Me gusta el café."),  # liking, no order
        ("cine", 5, "Os veis en la puerta."),  # said of others, not of «we»
        ("cine", 5, "Me gusta el cine."),  # another step's answer
        ("family", 3, "Se llaman Ana y Luis."),  # the question names one mother
    ],
)
def test_what_answers_another_thing_stays_a_miss(lesson, number, text):
    assert not _grade(lesson, number, text), text
