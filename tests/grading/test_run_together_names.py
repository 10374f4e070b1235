"""A pronoun and its verb written as one word is a misspelling, not a name other rules
build on («Legusta la música» is no «Legusta es la música»)."""

import pytest

from langbot.grading import sentence_errors


def _cues(text: str) -> list[str]:
    return [error.message for error in sentence_errors(text)]


@pytest.mark.parametrize("text", ["Nosgusta la música.", "Tegusta cantar?"])
def test_run_together_word_gets_only_its_spelling_cue(text):
    """The learner is told to check the spelling, and no verb cue built on a «name»."""
    cues = _cues(text)
    assert cues and all("spelling" in cue for cue in cues), cues


def test_a_name_that_splits_still_heads_its_verb():
    """«Leslie» reads as «les lie» but «lie» is no common verb: still a name, and its verb
    is still told its person."""
    assert any("«vive»" in cue for cue in _cues("Leslie vivo en Lima."))
