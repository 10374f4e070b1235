"""The person of a verb against a subject carried over in the past: a preterite joined by
«y» to another takes its subject's person, in its own tense («fui… y compré»), and a
subject pronoun after «, y» opens a clause of its own («…, y yo leí»)."""

import pytest

from langbot.grading import sentence_errors


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("Yo fui a la tienda y compró pan.", "compré"),
        ("Ellos llegaron tarde y comió rápido.", "comieron"),
        ("Yo escribí la carta y la mandó.", "mandé"),
    ],
)
def test_a_joined_preterite_takes_the_subjects_person(text, fix):
    assert fix in [e.fix for e in sentence_errors(text)]


def test_a_pronoun_after_comma_and_y_is_its_clauses_subject():
    errors = sentence_errors("El libro es muy largo, y yo lo leyó en dos días.")
    assert [e.kind for e in errors] == ["verb"]


@pytest.mark.parametrize(
    "text",
    [
        "Yo fui a la tienda y compré pan.",
        "Fueron condenados sus escritos y se sometió a la Iglesia.",
        "Él llegó tarde y llegaron sus hijos.",
        "Mi madre, mi padre, y yo fuimos al cine.",
        "El libro es muy largo, y yo lo leí en dos días.",
        "Ana es mi mejor amiga, y yo la conocí en la escuela.",
    ],
)
def test_right_sentences_are_left(text):
    assert not sentence_errors(text)


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("Tengo una hermana que tienen el pelo largo.", "tiene"),
        ("Mis primos, que tiene los ojos verdes, viven aquí.", "tienen"),
        ("Es un cantante que escribí muchas canciones.", "escribió"),
    ],
)
def test_que_before_a_verb_with_its_object_after_is_the_subject(text, fix):
    assert fix in [e.fix for e in sentence_errors(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Tengo una hermana que tiene el pelo largo.",
        "Es un cantante que conocí el verano pasado.",
        "Los niños que cuida mi madre son simpáticos.",
        "Somos estudiantes que tenemos muchos exámenes.",
    ],
)
def test_que_as_the_object_or_the_speaker_is_left(text):
    assert not sentence_errors(text)
