"""Natural answers the thirteenth blind Tatoeba round (2026-12-07) showed refused (issue 19),
each read at its general cause and tested here on other words: more of something to «¿algo
más?» said with «más» and the bare noun («más leche, por favor»), and how an event went said
with estar's preterite and no subject («estuvo muy divertido»: no «fue» told)."""

import pytest
from helpers import grade_lesson


@pytest.mark.parametrize(
    "lesson,number,text",
    [
        # «más» and the thing: more of it, to «¿algo más?»
        ("cafe", 4, "Más leche, por favor."),
        ("mercado", 5, "Más tomates, por favor."),
        # how the concert went, estar's preterite with no subject
        ("concierto", 8, "Estuvo muy divertido."),
    ],
)
def test_a_natural_answer_is_accepted(lesson, number, text):
    assert grade_lesson(lesson, number, text), text


@pytest.mark.parametrize(
    "lesson,number,text",
    [
        ("concierto", 8, "Mi amigo estuvo muy divertido."),  # a person: what he is like
    ],
)
def test_not_an_answer_is_refused(lesson, number, text):
    assert not grade_lesson(lesson, number, text), text
