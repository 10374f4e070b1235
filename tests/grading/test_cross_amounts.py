"""Another step's answer at a step that asks how many or how much (issue 19): a number read
from «un»/«una» before a noun of something else, from «un poco», or from a noun that is no
unit of the amount asked, is no answer («¿Cuánto tiempo dura?» «Traigo una botella de
agua.»); the count or the amount asked still is."""

import pytest
from helpers import grade_lesson


@pytest.mark.parametrize(
    "lesson,number,text",
    [
        ("aeropuerto", 3, "Hoy hace un buen día."),  # «un» before an adjective and a noun
        ("aeropuerto", 3, "Hace un día muy bonito."),
        ("restaurante", 1, "Es un poco caro."),  # a degree, not one of anything
        ("mercado", 3, "Estoy un poco cansado."),
        ("excursion", 7, "Una chaqueta y un gorro."),  # «¿cuánto tiempo?»: a length
        ("excursion", 7, "Traigo una botella de agua."),
        ("bici", 3, "Queremos un mapa de la ciudad."),
        ("concierto", 5, "Perfecto. Cuatro entradas."),  # «¿cuánto cuesta?»: a price
        ("concierto", 5, "Sí, dos entradas."),
        ("banco", 6, "Quiero abrir una cuenta nueva."),  # «¿cuántos dólares?»: money
    ],
)
def test_a_count_of_something_else_is_refused(lesson, number, text):
    assert not grade_lesson(lesson, number, text), text


@pytest.mark.parametrize(
    "lesson,number,text",
    [
        ("aeropuerto", 3, "Llevo tres maletas."),
        ("excursion", 7, "Dura tres horas."),
        ("bici", 3, "Para dos horas."),
        ("concierto", 5, "Cuesta quince euros."),
    ],
)
def test_the_amount_asked_is_accepted(lesson, number, text):
    assert grade_lesson(lesson, number, text), text
