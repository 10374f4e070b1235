"""«se» before a verb of the listener that is also a noun («duchas»): with no step to say
which person the learner meant, the judge names the pronoun of the verb's person. (The rule
file's examples run with a step that expects «yo», where such a verb reads as a slip.)"""

import pytest

from langbot.grading import sentence_errors


@pytest.mark.parametrize(
    "text", ["Se duchas por la noche.", "¿Se levantas temprano?", "Siempre se bañas tarde."]
)
def test_se_before_a_listeners_verb_names_te(text):
    assert "te" in [e.fix for e in sentence_errors(text)]


@pytest.mark.parametrize("text", ["Te duchas por la noche.", "Las duchas se limpian."])
def test_te_or_a_noun_after_se_is_left(text):
    assert not sentence_errors(text)
