"""Natural answers the seventeenth round of natives showed refused (issue 19), read at their
general cause and tested here on other words and steps: being out of work said with estar
(«estoy desempleado») answers what one does for a living, as «estoy jubilado» does; being
able to do what an invitation asks accepts it («¿Quieres venir?» «Puedo ir el sábado.»).
Being able to do something else, or not being able, stays a miss."""

from helpers import accepted_at_steps, grade_lesson, refused_at_steps

test_a_natural_answer_is_accepted = accepted_at_steps(
    [
        # out of work, said with estar
        ("boda", 4, "Estoy desempleado."),
        ("vecino", 5, "Ahora estoy desempleada."),
        # able to do what the invitation asks
        ("concierto", 3, "Puedo ir el sábado."),
        ("cumple", 1, "Sí. Puedo ir."),
        ("fiesta", 3, "Pues puedo ir."),
    ],
)


test_stays_a_miss = refused_at_steps(
    [
        ("concierto", 3, "No puedo ir."),  # declines
        ("concierto", 3, "Yo no puedo ir el sábado."),
        ("fiesta", 3, "Puedo cocinar."),  # able to do something not asked
        ("boda", 4, "Estoy cansado."),  # a state, not work
    ],
)


test_every_kind_of_the_thing_asked_is_a_liking = accepted_at_steps(
    [
        ("cine", 1, "Me gustan todo tipo de películas."),
        ("cine", 1, "Me gusta toda clase de películas."),
        ("concierto", 1, "Me encanta todo tipo de música."),
    ],
)


def test_every_kind_of_another_thing_stays_a_miss():
    assert not grade_lesson("concierto", 1, "Me gusta todo tipo de comida.")


test_auto_is_a_car = accepted_at_steps(
    [
        ("autoescuela", 2, "Sí, tengo un auto viejo."),  # the car in much of America
        ("reciclaje", 6, "Sí, tengo un automóvil."),
    ],
)


def test_another_thing_had_stays_a_miss():
    assert not grade_lesson("autoescuela", 2, "Sí, tengo un perro.")


test_asking_whether_a_way_to_pay_is_taken_is_a_payment = accepted_at_steps(
    [
        ("zapateria", 8, "¿Admiten tarjetas?"),  # asking whether a way is taken chooses it
        ("coche", 8, "¿Acepta tarjetas?"),
    ],
)


def test_asking_whether_another_thing_is_taken_stays_a_miss():
    assert not grade_lesson("coche", 8, "¿Aceptan perros?")
