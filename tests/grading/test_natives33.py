"""Native answers refused at a step (issue 19), found by probes built to carry over to any
lesson (scripts/transfer_probe.py, scripts/construction_probe.py, scripts/shape_probe.py):
each test is a shape natives say, at a step made for it or at lessons of the same kind."""

import pytest
from helpers import grade_made_step

LIKE_IT = "¿Te gusta el cine?"


@pytest.mark.parametrize(
    "text,right",
    [
        ("No me gusta nada.", True),  # «nada»: how little, after «no»
        ("No, no me gusta nada.", True),
        ("No me gusta en absoluto.", True),
        ("No me gusta nada el cine.", True),
        ("Me gusta nada el cine.", False),  # «nada» with no «no» before the verb
        ("No me gusta nada la playa.", False),  # another thing
    ],
)
def test_no_liking_at_all_answers_a_yes_no_liking(text: str, right: bool) -> None:
    """«No me gusta nada» says no to «¿te gusta…?»: «nada» is how little, not the thing."""
    verdict = grade_made_step(LIKE_IT, {"kind": "liking", "yes_no": True}, "Sí, mucho.", text)
    assert verdict.correct is right


@pytest.mark.parametrize(
    "text,right",
    [
        ("Voy a cumplir veinte años.", True),  # the age one turns, with a helper
        ("Acabo de cumplir treinta.", True),
        ("Va a cumplir veinte años.", False),  # someone else's age
        ("Cumplo veinte años en mayo.", True),
    ],
)
def test_age_turned_with_a_helper_answers_how_old(text: str, right: bool) -> None:
    """«voy a cumplir», «acabo de cumplir» plus a number give one's age as «tengo» does."""
    verdict = grade_made_step("¿Cuántos años tienes?", {"kind": "age"}, "Tengo veinte años.", text)
    assert verdict.correct is right


@pytest.mark.parametrize(
    "text,right",
    [
        ("Sé alemán.", True),  # a language named after a verb of knowing it
        ("Entiendo un poco de alemán.", True),
        ("Sé alemán y un poco de francés.", True),
        ("Sé que es difícil.", False),  # no language named
        ("Entiendo la pregunta.", False),
        ("Entiende el alemán.", False),  # someone else
    ],
)
def test_a_language_one_knows_answers_which_languages(text: str, right: bool) -> None:
    """«sé alemán», «entiendo un poco de árabe» say which languages one speaks."""
    verdict = grade_made_step("¿Qué idiomas hablas?", {"kind": "language"}, "Hablo inglés.", text)
    assert verdict.correct is right


@pytest.mark.parametrize(
    "text,right",
    [
        ("Hago Derecho.", True),  # a field of study after a verb of doing it
        ("Estoy haciendo Medicina.", True),
        ("Curso Biología.", True),
        ("Hago deporte.", False),  # no field of study
        ("Hace Derecho.", False),  # someone else
    ],
)
def test_a_field_of_study_done_answers_what_one_studies(text: str, right: bool) -> None:
    """«hago Derecho», «curso Biología» say what one studies, as «estudio Derecho» does."""
    asks = {"kind": "job_or_studies"}
    verdict = grade_made_step("¿Qué estudias?", asks, "Estudio Historia.", text)
    assert verdict.correct is right


@pytest.mark.parametrize(
    "bot,text,right",
    [
        ("¿Tiene el pasaporte o la tarjeta?", "Sí, aquí la tiene.", True),  # the second one
        ("¿Tiene el pasaporte o la tarjeta?", "Sí, aquí lo tiene.", True),
        ("¿Tiene el pasaporte o la tarjeta?", "Sí, aquí los tiene.", False),  # neither
        ("¿Tiene el pasaporte?", "Sí, aquí la tiene.", False),  # one thing asked
    ],
)
def test_object_pronoun_may_stand_for_either_thing_offered(
    bot: str, text: str, right: bool
) -> None:
    """To «¿tiene A o B?», the object pronoun agrees with either A or B."""
    asks = {"kind": "possession", "of": "thing", "yes_no": True}
    verdict = grade_made_step(bot, asks, "Sí, aquí tiene el pasaporte.", text)
    assert verdict.correct is right


@pytest.mark.parametrize("text", ["No fue nada.", "No fue nada, de verdad."])
def test_it_was_nothing_replies_to_thanks(text: str) -> None:
    """«No fue nada», the past of «no es nada», answers thanks for help already given."""
    asks = {"kind": "thanks_reply"}
    verdict = grade_made_step("¡Muchas gracias por tu ayuda!", asks, "De nada.", text)
    assert verdict.correct


@pytest.mark.parametrize(
    "text,right",
    [
        ("Puedo empezar inmediatamente.", True),  # right away says when
        ("Enseguida.", True),
        ("Lo antes posible.", True),
        ("Puedo empezar ahora mismo.", True),
        ("Empecé inmediatamente.", False),  # the past, to a question of what is to come
        ("Puedo empezar.", False),  # no when
    ],
)
def test_right_away_answers_when(text: str, right: bool) -> None:
    """«inmediatamente», «enseguida», «lo antes posible» answer «¿cuándo puedes…?»."""
    asks = {"kind": "date"}
    verdict = grade_made_step("¿Cuándo puedes empezar?", asks, "Puedo empezar el lunes.", text)
    assert verdict.correct is right
