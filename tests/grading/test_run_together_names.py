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


def test_a_phrase_run_together_opening_the_sentence_is_no_name():
    """«Alomejor voy» is «a lo mejor voy»: no name whose verb is told «va»."""
    assert not any("«va»" in cue for cue in _cues("Alomejor voy al cine."))


@pytest.mark.parametrize("text", ["Amanda voy al cine.", "Alan vivo en Lima."])
def test_a_name_that_splits_into_a_preposition_and_a_word_is_still_a_name(text):
    """«Amanda» is «a manda» and «Alan» «a lan», but a verb or a rare word ends neither: names
    still, and their verb is told its person."""
    assert any("él/ella" in cue for cue in _cues(text))
