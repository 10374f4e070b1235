"""Asked what one did with a class of things, a thing of a class that class takes too answers
(meaning.yaml's related_classes: what one eats may be a drink): «¿Qué comió o bebió ayer?»
«Bebí agua.». Something of no such class is still a miss."""

import pytest
from helpers import grade_lesson


@pytest.mark.parametrize(
    "lesson,number,text",
    [
        ("dentista", 5, "Bebí agua."),
        ("dentista", 5, "Ayer bebí una cerveza."),
        ("navidad", 3, "Bebimos mucho vino."),
    ],
)
def test_a_drink_answers_what_one_ate_or_drank(lesson, number, text):
    assert grade_lesson(lesson, number, text), text


@pytest.mark.parametrize(
    "lesson,number,text",
    [
        ("dentista", 5, "Fui al cine."),
        ("dentista", 5, "Compré un coche."),
        ("navidad", 3, "Vimos una película."),
    ],
)
def test_an_activity_with_no_food_or_drink_is_still_a_miss(lesson, number, text):
    assert not grade_lesson(lesson, number, text), text
