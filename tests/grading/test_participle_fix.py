"""A fix is Spanish a learner may copy: an agreeing participle is offered only when people
write it (the frequency list holds it), so «estaban andado» (meant: «andando») is never
«fixed» to «andados», while «las casas están pintado» still gets «pintadas»."""

import pytest

from langbot.grading import sentence_errors


@pytest.mark.parametrize(
    ("text", "unwritten"),
    [
        ("Mis primos estaban nadado en el río.", "nadados"),
        ("Mis amigas estaban caminado por el parque.", "caminadas"),
        ("Mis tíos estaban viajado por Europa.", "viajados"),
    ],
)
def test_no_unwritten_participle_is_offered(text, unwritten):
    messages = " ".join(e.message for e in sentence_errors(text))
    assert unwritten not in messages


def test_a_written_participle_is_still_offered():
    messages = " ".join(e.message for e in sentence_errors("Las ventanas están pintado."))
    assert "pintadas" in messages
