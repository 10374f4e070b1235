"""A verb written with its accent after a subject is the verb, not a pronoun to skip."""

import pytest

from langbot.grading import sentence_errors


def _cues(text: str) -> str:
    return " ".join(error.message for error in sentence_errors(text))


@pytest.mark.parametrize(
    "text, wrong_fix",
    [
        ("Mi tía sé bailar.", "«baila»"),
        ("Mi primo y yo sé nadar muy bien.", "«nadamos»"),
    ],
)
def test_infinitive_after_accented_verb_is_not_told_a_form(text, wrong_fix):
    """«sé» is the verb the learner conjugated: no cue turns the infinitive after it."""
    assert wrong_fix not in _cues(text)


def test_infinitive_with_no_verb_still_gets_its_form():
    """«Mi tía bailar» has no conjugated verb: the cue gives the infinitive's form."""
    assert "«baila»" in _cues("Mi tía bailar muy bien.")


def test_coordinated_speaker_with_accented_verb_is_still_told_nosotros():
    """«Mi primo y yo sé…» is still wrong: the cue names the nosotros form."""
    assert "nosotros" in _cues("Mi primo y yo sé nadar muy bien.")
