"""Natural native answers the eighth round of Tatoeba rows showed refused (issue 19): to
«¿cuándo…?» asked in the past, an hour («ocurrió a las once y cuarto»), and a time ago with
a word between «hace» and its length («hace solo unos días»); «a partir de las ocho» as an
hour; what is wrong with a thing said with a verb («mi móvil no funciona»); and what stays a
miss."""

import pytest
from helpers import accepted_at_steps, grade_lesson, refused_at_steps

_grade = grade_lesson


test_a_natural_answer_is_accepted = accepted_at_steps(
    [
        ("robo", 3, "Ocurrió a las once y cuarto."),
        ("robo", 3, "Pasó a las diez de la noche."),
        ("robo", 3, "Pasó hace solo unos días."),
        ("robo", 3, "Hace casi una semana."),
        ("perdidos", 5, "La perdí ayer a las tres."),
        ("dentista", 2, "Desde hace apenas dos días."),
    ],
)


test_stays_a_miss = refused_at_steps(
    [
        ("robo", 3, "Hace solo frío."),  # the weather, no time ago
        ("robo", 3, "Me gusta a las once."),  # a liking, not when it happened
        ("robo", 1, "A las tres."),  # when, but the step asks what was stolen
        ("dentista", 2, "A las tres."),  # «¿desde cuándo?» asks since when, not an hour
    ],
)


def test_an_hour_from_which_answers_what_time():
    # «a partir de las ocho» (from eight on) says an hour as «a las ocho» does
    assert _grade("entrevista", 5, "A partir de las ocho.")
    assert _grade("entrevista", 5, "Puedo empezar a partir de las siete y media.")
    assert not _grade("entrevista", 4, "A partir de las ocho."), "«¿qué días?» asks days"


@pytest.mark.parametrize(
    "text", ["Mi móvil no funciona.", "Todavía no funciona.", "No se enciende.", "No carga."]
)
def test_what_is_wrong_said_with_a_verb(text):
    # to «¿qué le pasa a su móvil?» a machine that fails to work is described
    assert _grade("taller", 1, text), text


test_what_is_wrong_stays_a_miss = refused_at_steps(
    [
        ("taller", 1, "No funciono."),  # the learner, not the phone
        ("taller", 1, "No me gusta."),  # a liking, not what is wrong
        ("taller", 1, "Funciona."),  # nothing wrong said
        ("taller", 5, "No funciona."),  # another step's answer («¿quiere saber algo?»)
    ],
)


@pytest.mark.parametrize(
    "text", ["Un chico joven, alto y moreno.", "Joven, alto y moreno.", "Joven."]
)
def test_a_word_both_noun_and_adjective_describes(text):
    # «joven» is a noun too («un joven»); with no determiner before it, it describes
    assert _grade("robo", 5, text), text


@pytest.mark.parametrize("text", ["Ladrón.", "Un joven.", "Ladrón, alto y moreno."])
def test_a_noun_still_describes_nothing(text):
    # the question's own noun, or a noun after a determiner, says nothing of what he was like
    assert not _grade("robo", 5, text), text
