"""Another step's description (issue 19): where the bot offers a choice of adjectives
(«¿Tu familia es grande o pequeña?»), an answer must say one of that kind (a size), not
describe a person («es simpática y trabajadora», the answer to «¿Cómo es tu madre?»)."""

import pytest
from helpers import grade_lesson

REFUSED = ["Es muy inteligente.", "Es simpática y trabajadora."]
ACCEPTED = [
    "Es bastante grande y muy simpática.",
    "Es enorme.",
    "Muy grande.",
    "Es bastante pequeña.",
]


@pytest.mark.parametrize("text", REFUSED)
def test_a_person_described_is_no_size(text):
    assert not grade_lesson("family", 1, text)


@pytest.mark.parametrize("text", ACCEPTED)
def test_a_size_is_still_accepted(text):
    assert grade_lesson("family", 1, text)
