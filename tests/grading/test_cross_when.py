"""Another step's answer where a time is read wrongly (issue 19): a day after «hasta» is a
farewell, not when («¿Qué día le viene bien?» «¡Hasta el lunes!»), unless the question asks
«¿hasta cuándo…?»; a bare time is when, no thing one has or lost («¿Qué ha perdido?» «El
lunes.»)."""

from helpers import accepted_at_steps, grade_lesson, refused_at_steps

test_a_time_read_wrongly_answers_nothing = refused_at_steps(
    [
        ("telefono", 5, "¡Hasta el lunes!"),  # a farewell, to «¿qué día le viene bien?»
        ("telefono", 5, "Gracias, hasta el viernes."),
        ("dentista", 7, "Hasta el miércoles, gracias."),  # to «¿cuándo puede venir?»
        ("perdidos", 1, "El lunes."),  # when, to «¿qué ha perdido?»
        ("perdidos", 6, "Por la mañana."),  # when, to «¿qué hay dentro de la mochila?»
    ],
)


test_the_day_or_the_thing_asked_is_accepted = accepted_at_steps(
    [
        ("telefono", 5, "El miércoles, por favor."),
        ("perdidos", 1, "Una mochila azul."),
        ("perdidos", 6, "Hay un libro."),
    ],
)


test_a_day_after_a_preposition_is_no_place = refused_at_steps(
    [
        ("dentista", 3, "Hasta el lunes, gracias."),  # when, to «¿qué muela es?»
        ("cine", 5, "Hasta el viernes, Lucía."),  # a farewell, to «¿dónde quedamos?»
    ],
)


def test_a_place_after_a_preposition_still_is():
    assert grade_lesson("cine", 5, "En la plaza.")
