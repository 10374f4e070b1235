"""llamar + a name is llamarse only when its subject is the one named: people at large, or
many given one name, call someone so, and «se llama» would be a wrong fix for them."""

import pytest
from helpers import sentence_fixes


@pytest.mark.parametrize(
    "text", ["La gente también llama CR7.", "Todo el mundo llama Pepe.", "Mis amigos llaman Pepe."]
)
def test_a_subject_that_calls_someone_a_name_is_not_told_it_is_named(text):
    """«La gente también llama CR7» lacks «lo»: «se llama» says people are named CR7."""
    assert not any(fix and fix.startswith("se llam") for fix in sentence_fixes(text))


@pytest.mark.parametrize(
    ("text", "fix"),
    [("Mi perro llama Toby.", "se llama"), ("Mis perros llaman Toby y Max.", "se llaman")],
)
def test_a_subject_named_is_still_told_llamarse(text, fix):
    """One named, or as many names as subjects: «se llama», «se llaman»."""
    assert fix in sentence_fixes(text)
