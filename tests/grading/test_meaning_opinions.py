"""Asked in the past what something was like, the copula, the thing asked named again and how
it was: «¿Te gustaron las vacaciones?» «Fueron unas vacaciones muy bonitas.». With no word of
how it was, or of another thing, it stays a miss."""

import pytest
from helpers import grade_lesson


@pytest.mark.parametrize(
    "text", ["Sí, fueron unas vacaciones muy bonitas.", "Fueron unas vacaciones geniales."]
)
def test_the_thing_asked_named_again_then_how_it_was_answers(text):
    assert grade_lesson("navidad", 8, text), text


@pytest.mark.parametrize("text", ["Sí, fueron unas vacaciones.", "Fue un concierto increíble."])
def test_no_word_of_how_it_was_or_another_thing_is_a_miss(text):
    assert not grade_lesson("navidad", 8, text), text
