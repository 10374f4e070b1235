"""Another step's answer at a step that asks what one does (issue 19): what one can, must or
wants to do («puedo venir por la tarde», «quiero empezar mañana») is no activity one does, to
«¿qué deporte haces?»; unless the question asks what one can do («¿qué sabes hacer?» «puedo
hablar con la gente»); a noun after an infinitive is its object, no verb («perder peso»:
not «pesar»); to what one did with a thing, asked with a verb of its own («¿qué le
regalaste?»), another doing is no answer («cenamos pescado»).
"""

from helpers import accepted_at_steps, grade_lesson, refused_at_steps

test_what_one_can_or_wants_to_do_is_no_doing = refused_at_steps(
    [
        ("gimnasio", 1, "Quiero empezar mañana."),  # when one wants to start
        ("gimnasio", 1, "Puedo venir por la tarde."),  # when one can come
        ("gimnasio", 6, "Quiero venir los jueves."),  # to «¿has hecho yoga alguna vez?»
    ],
)


test_what_one_does_is_still_read = accepted_at_steps(
    [
        ("gimnasio", 1, "Nado y corro."),
        ("gimnasio", 1, "Juego al baloncesto."),
        ("voluntariado", 4, "Puedo hablar con la gente."),  # «¿qué sabes hacer?»: ability
        ("voluntariado", 4, "Sé cocinar."),
    ],
)


test_a_noun_after_an_infinitive_is_no_verb = refused_at_steps(
    [
        ("gimnasio", 1, "Necesito perder peso."),  # «peso» is the infinitive's object
        ("gimnasio", 1, "Bajar peso."),
    ],
)


test_what_one_did_is_no_thing_given = refused_at_steps(
    [
        ("navidad", 5, "Vimos la tele."),  # to «¿qué le regalaste a tu madre?»: no present
        ("navidad", 5, "Cenamos pescado."),
    ],
)


def test_a_thing_given_is_still_read():
    assert grade_lesson("navidad", 5, "Le regalé una bufanda.")
