"""Asked what more one wants («¿Qué más necesitas?»), that there is nothing more answers:
«Nada más, gracias.». Asked what one wants at all («¿Qué le pongo?»), it does not (the café's
«¿Y para comer?» takes «nada, gracias» as a no, as it did before)."""

import pytest
from helpers import grade_lesson


@pytest.mark.parametrize("text", ["Nada más, gracias.", "Nada más."])
def test_nothing_more_answers_what_more_one_needs(text):
    assert grade_lesson("cocina", 4, text), text


def test_nothing_more_is_no_order_where_none_was_made():
    assert not grade_lesson("mercado", 1, "Nada más, gracias.")
