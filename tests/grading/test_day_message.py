"""The note on a bare day names both fixes in the right number: «el sábado» and «los
sábados», never «el sábados»."""

from langbot.grading import sentence_errors


def _message(text: str) -> str:
    (error,) = sentence_errors(text)
    return error.message


def test_plural_day_gets_singular_el_and_plural_los() -> None:
    message = _message("Los domingos no, pero juego al tenis sábados.")
    assert "«el sábado»" in message and "«los sábados»" in message


def test_singular_day_gets_plural_los() -> None:
    message = _message("Domingo vamos a la playa.")
    assert "«el domingo»" in message and "«los domingos»" in message


def test_invariant_day_stays_the_same_in_both() -> None:
    message = _message("Estudio en la biblioteca jueves.")
    assert "«el jueves»" in message and "«los jueves»" in message
