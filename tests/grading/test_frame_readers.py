"""The frame natives put around a right answer (scripts/frame_probe.py, issue 19): a run of
openers that buy time or hedge («ah», «bueno, pues», «la verdad es que», «me parece que»)
and a closing aside («…, la verdad», «…, creo») are read past; a subject pronoun may come
before a verb of choosing («yo prefiero la tarde»); a reaction may follow an opener («ah,
¡qué bien! sí…»). Sentences of our own, at steps of several lessons."""

import pytest
from helpers import accepted_at_steps, grade_lesson, refused_at_steps

from langbot.grading import sentence_errors

test_a_framed_answer_is_accepted = accepted_at_steps(
    [
        # an interjection or a hedge before the answer
        ("autoescuela", 6, "Ah, andando."),
        ("cine", 4, "Oh, a las diez."),
        ("numbers", 2, "Ah, treinta y dos."),
        ("cine", 4, "Me parece que a las cinco!"),
        ("teatro", 3, "Yo creo que tres entradas."),
        ("likes", 2, "La verdad es que me gusta la salsa"),
        # a run of them
        ("aeropuerto", 7, "Ah, pues no, no llevo nada."),
        # a reaction after an opener
        ("concierto", 3, "Ah, ¡qué ilusión! Sí, voy contigo."),
        ("concierto", 3, "Hombre, ¡qué ilusión! Sí, voy contigo."),
        # an aside after the answer
        ("boda", 6, "Mucho, la verdad."),
        ("boda", 6, "Muchísimo, la verdad."),
        ("dentista", 6, "Nada, creo."),
        # yo before a verb of choosing
        ("piscina", 4, "Yo prefiero la tarde."),
    ],
)


test_a_framed_wrong_answer_is_refused = refused_at_steps(
    [
        ("autoescuela", 6, "Ah, by bus."),  # English stays English
        ("cine", 4, "Oh, ¿a qué hora termina?"),  # a question back
        ("piscina", 4, "Yo prefieres por la mañana."),  # the verb's person
        ("piscina", 4, "Un poco, la verdad."),  # not what the step asks
        ("teatro", 3, "Me parece que es muy caro, creo."),  # no number of tickets
    ],
)


@pytest.mark.parametrize("text", ["Me parece que el coche.", "Nos parece que dos noches."])
def test_the_speakers_hedge_needs_no_verb_after_que(text):
    assert not [e for e in sentence_errors(text) if e.kind != "spelling"], text


@pytest.mark.parametrize(
    "lesson,number,text,right",
    [
        ("farmacia", 2, "Hombre, sí, me duele la cabeza.", True),
        ("farmacia", 2, "Bueno, sí, me duele mucho la cabeza!", True),
        ("salud", 6, "Bueno, sí, estoy muy cansado.", True),
        ("farmacia", 2, "Pues sí, le duele la garganta.", False),  # whose: to «¿le duele…?», me
        ("farmacia", 2, "Bueno, sí, te duele la espalda.", False),
        ("salud", 6, "Bueno, sí, estoy cansando!", False),  # a gerund for the adjective
    ],
)
def test_what_follows_a_framed_yes_is_read_as_after_a_bare_yes(lesson, number, text, right):
    """«pues sí, …» is read on past the yes as «sí, …» is: what follows is checked too."""
    assert grade_lesson(lesson, number, text) == right, text


@pytest.mark.parametrize(
    "lesson,number,text,right",
    [
        ("routine", 5, "Empiezo a las diez, ¿y tú?", True),
        ("routine", 5, "Empiezo a las ocho y media, ¿y tú?", True),
        ("routine", 5, "Empieza a las ocho, ¿y tú?", False),  # the step asks the learner's
        ("routine", 5, "Empiezas a las diez, ¿y tú?", False),
        # a question of its own with its verb: the statement before it is not the step's
        ("directions", 1, "Sí, por favor, estoy perdido, ¿dónde está la estación?", True),
    ],
)
def test_an_answer_before_a_question_back_is_checked(lesson, number, text, right):
    """The person the step asks for is checked in the answer before «¿y tú?»: only what
    follows the question's «¿» is in the question."""
    assert grade_lesson(lesson, number, text) == right, text


@pytest.mark.parametrize(
    "lesson,number,text,right",
    [
        ("cocina", 7, "Pues está muy rica.", True),
        ("cocina", 7, "Pues está muy bueno!", False),  # the tortilla: buena
        ("floristeria", 3, "Mira, blanco, por favor.", False),  # the roses: blancas
        ("tienda", 8, "Oye, pago con la tarjeta!", True),
        ("tienda", 8, "Oye, pagar con la tarjeta!", False),  # the infinitive: pago
        ("tienda", 8, "Vale, pagar con tarjeta.", False),
    ],
)
def test_the_steps_grammar_is_checked_after_an_opener(lesson, number, text, right):
    """The checks that read the answer from its start (the adjective alone, the copula's
    unsaid subject, the infinitive for the step's verb) start after an opener too."""
    assert grade_lesson(lesson, number, text) == right, text


@pytest.mark.parametrize(
    "lesson,number,text,right",
    [
        ("hotel", 2, "Oh, me quedo cuatro noches.", True),
        ("hotel", 2, "Oh, quedo cuatro noches!", False),  # quedarse: me quedo
        ("routine", 1, "Ah, me levanto a las seis.", True),
        ("routine", 1, "Oh, levanto a las ocho.", False),
    ],
)
def test_the_steps_reflexive_pronoun_is_checked_after_an_opener(lesson, number, text, right):
    """The pronoun of the step's reflexive verb is missing at the start of a clause after a
    comma, or after «que», as it is at the start of the answer."""
    assert grade_lesson(lesson, number, text) == right, text
