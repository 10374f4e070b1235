"""Misreads left by the new YAML-only lessons (issue 19), read at their general cause: a
liking of something just lived through (a visit, a haircut: «¿qué tal la visita?», «ya
está») may be told in the past, of the whole of it («me gustó mucho»), even where the bot's
question names a plural thing in the present; a liking asked in general stays in the present."""

import pytest
from helpers import grade_lesson


@pytest.mark.parametrize(
    "lesson,number,text",
    [
        ("museo", 8, "Sí, me gustó mucho."),
        ("museo", 8, "Me encantó, gracias."),
        ("peluqueria", 7, "Me gustó mucho."),
        ("peluqueria", 7, "¡Me encantó!"),
    ],
)
def test_past_liking_of_a_lived_thing(lesson: str, number: int, text: str) -> None:
    """A liking of the whole visit told in the past answers how it was."""
    assert grade_lesson(lesson, number, text)


@pytest.mark.parametrize(
    "lesson,number,text",
    [
        ("granja", 3, "Me gustó."),  # a liking in general, asked in the present
        ("museo", 8, "Me gusta."),  # the plural thing named, in the present
    ],
)
def test_liking_misses_stay(lesson: str, number: int, text: str) -> None:
    """A past liking where nothing was lived through, and a present one in the wrong number."""
    assert not grade_lesson(lesson, number, text)


@pytest.mark.parametrize(
    "text,right",
    [
        ("Gracias de tu ayuda. Adiós.", False),  # what one thanks for takes «por»
        ("Muchas gracias de venir. Adiós.", False),
        ("Gracias por tu ayuda. Adiós.", True),
        ("Gracias de nuevo. Adiós.", True),  # a set phrase, no «for»
    ],
)
def test_thanks_take_por(text: str, right: bool) -> None:
    """«Gracias de/para» + what one thanks for is refused; «gracias de nuevo» is not."""
    assert grade_lesson("rastro", 9, text) is right


@pytest.mark.parametrize(
    "lesson,number,text,right",
    [
        ("acogida", 2, "Me quedo un mes.", True),  # staying, said for the bot's «estar»
        ("acogida", 2, "Me quedo dos semanas y media.", True),
        ("hotel", 2, "Estoy tres noches.", True),  # being there, for the bot's «quedarse»
        ("acogida", 2, "Me como dos manzanas.", False),
    ],
)
def test_length_of_stay(lesson: str, number: int, text: str, right: bool) -> None:
    """How long one stays, said with a verb of staying other than the bot's."""
    assert grade_lesson(lesson, number, text) is right


@pytest.mark.parametrize(
    "lesson,number,text,right",
    [
        ("acogida", 6, "No, soy hija única.", True),  # no sisters nor brothers
        ("acogida", 6, "Soy hijo único.", True),
        ("autoescuela", 2, "No, soy hijo único.", False),  # a car is asked, not siblings
    ],
)
def test_only_child(lesson: str, number: int, text: str, right: bool) -> None:
    """Being an only child answers whether one has brothers or sisters."""
    assert grade_lesson(lesson, number, text) is right


@pytest.mark.parametrize("text", ["Es solo un detalle.", "Bah, solo es un detalle."])
def test_present_played_down(text: str) -> None:
    """Playing a present down («es solo un detalle») replies to thanks for it."""
    assert grade_lesson("acogida", 8, text)


@pytest.mark.parametrize(
    "lesson,number,text,right",
    [
        ("rastro", 7, "¿Aceptan tarjetas de crédito?", False),  # the bot just said no to cards
        ("rastro", 7, "¿Aceptan efectivo?", True),
        ("optica", 8, "¿Aceptan tarjetas?", True),  # nothing refused there
    ],
)
def test_way_to_pay_just_refused(lesson: str, number: int, text: str, right: bool) -> None:
    """Asking whether a way to pay is taken, right after the seller said it is not, is no
    answer; elsewhere the question chooses that way."""
    assert grade_lesson(lesson, number, text) is right
