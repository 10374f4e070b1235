"""Natural answers the ninth round showed refused (issue 19), each read at its general cause
and tested here on other words: a thing ordered with the offered choice after it («una
parcela a la sombra»); «sé» written «se» before an infinitive; «somos…» for how one knows
people the question names; «we» for a time spent together («pasamos la Navidad en…»);
advice to the asker in the imperative with a pronoun joined («llévate…»); «we» in the
present that is the preterite too («jugamos al tenis ayer»); a year after «en» («nací en
1988»); and what stays a miss."""

import pytest
from helpers import accepted_at_steps, grade_lesson, refused_at_steps

_grade = grade_lesson


test_a_natural_answer_is_accepted = accepted_at_steps(
    [
        # the choice offered named after the thing, in its clause
        ("aeropuerto", 4, "Quiero un asiento junto a la ventanilla."),
        ("tren", 6, "Queremos dos asientos junto al pasillo."),
        ("hotel", 3, "Quiero una habitación con cama doble."),
        # «se» before an infinitive is «sé»: no clitic goes before one
        ("voluntariado", 4, "se nadar y se bailar"),
        ("voluntariado", 4, "se bailar salsa"),
        # «we» are the learner and the people the question names
        ("boda", 1, "Somos primos."),
        ("boda", 1, "Somos compañeros de trabajo."),
        # a time spent with one's household, said as «we»
        ("navidad", 1, "Pasamos la Navidad en casa de mis tíos."),
        ("navidad", 1, "Pasamos las vacaciones en la playa."),
        # advice to the asker («¿qué llevo?») in the imperative, a pronoun joined
        ("excursion", 6, "Llévate una chaqueta y unas botas."),
        ("excursion", 6, "Llévate unas botas para no mojarte los pies."),
        # «we» in the present of a regular -ar or -ir verb is its preterite too
        ("reciclaje", 7, "Caminamos por la montaña."),
        ("navidad", 6, "Bailamos toda la noche."),
        # a year in digits after «en» is a date
        ("ayuntamiento", 4, "Nací en 1993."),
        ("ayuntamiento", 4, "En 2001."),
    ],
)


test_stays_a_miss = refused_at_steps(
    [
        ("aeropuerto", 4, "Quiero un asiento."),  # no choice named
        ("hotel", 3, "Quiero una habitación grande."),  # neither of the two offered
        ("voluntariado", 4, "Se cocina bien aquí."),  # «se» before a finite verb: a clitic
        ("boda", 1, "Somos altos."),  # what «we» are like, not how one knows them
        ("entrevista", 7, "Somos amigos."),  # «¿cómo eres?» names no one «we» could be
        ("navidad", 2, "Pasamos la Navidad en Roma."),  # where, but the step asks with whom
        ("trabajo", 2, "Trabajamos en un banco."),  # working is no time spent together
        ("excursion", 6, "Llévate una pizza para no tener hambre."),  # no clothes
        ("reciclaje", 7, "Estamos en el parque."),  # «estar» has a preterite of its own
        ("ayuntamiento", 4, "Nací en Madrid."),  # where, not when
        ("ayuntamiento", 4, "Tengo 1979 libros."),  # a number, no year after «en»
    ],
)


@pytest.mark.parametrize(
    "lesson,number,text,right",
    [
        # a time proposed with a rising tone, to a question arranging something together
        ("intercambio", 7, "¿El viernes por la tarde?", True),
        ("playa", 7, "¿A las seis?", True),
        ("excursion", 8, "¿A las nueve en la plaza?", True),
        # a question that asks something stays a question back
        ("intercambio", 7, "¿Por qué el sábado?", False),
        ("intercambio", 7, "¿El sábado no trabajas?", False),
        ("playa", 7, "¿A qué hora abre?", False),
        # a time asked of the learner alone is no proposal
        ("trabajo", 3, "¿A las siete?", False),
    ],
)
def test_a_time_proposed_as_a_question(lesson, number, text, right):
    assert _grade(lesson, number, text) == right, text
