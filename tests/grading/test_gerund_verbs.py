"""Seguir and continuar say what goes on with the gerund: a learner who writes the
infinitive after them («sigo estudiar») is told the gerund."""

import pytest

from langbot.grading import sentence_errors


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("Sigo vivir con mis padres.", "viviendo"),
        ("Mis amigos continúan jugar al fútbol.", "jugando"),
        ("Voy a seguir aprender español.", "aprendiendo"),
    ],
)
def test_an_infinitive_after_seguir_is_told_the_gerund(text, fix):
    assert fix in [e.fix for e in sentence_errors(text)]


@pytest.mark.parametrize(
    "text", ["Sigo viviendo con mis padres.", "Sigo sin entenderlo.", "Sigue las reglas."]
)
def test_the_gerund_and_other_objects_are_left(text):
    assert not sentence_errors(text)
