"""The one home of the words that open an answer (data/openers.yaml): each word in one kind,
each use a union of kinds that exist."""

import pytest
from pydantic import ValidationError

from langbot.grading.openers import Openers, opening_phrases, opening_words

USES = {"fillers": ["a"], "bare_hedges": ["a"], "answer_frames": ["a"]}
USES |= {"answer_openers": ["a"], "answer_fillers": ["a"], "opinion_hedges": ["b"]}
USES |= {"proposal_hedges": ["a"], "bare_openers": ["a"], "maybe_phrases": ["a"]}


def test_a_word_in_two_kinds_is_refused():
    with pytest.raises(ValidationError, match="is in"):
        Openers.model_validate({"kinds": {"a": ["pues"], "b": ["Pues"]}, "uses": USES})


def test_a_use_naming_no_kind_is_refused():
    with pytest.raises(ValidationError, match="is no kind"):
        Openers.model_validate({"kinds": {"a": ["pues"]}, "uses": USES})


def test_a_use_list_missing_is_refused():
    uses = {k: v for k, v in USES.items() if k != "fillers"}
    with pytest.raises(ValidationError):
        Openers.model_validate({"kinds": {"a": ["pues"], "b": ["creo que"]}, "uses": uses})


def test_the_shipped_uses_are_folded_and_longest_first():
    hedges = opening_phrases("opinion_hedges")
    assert [len(p) for p in hedges] == sorted((len(p) for p in hedges), reverse=True)
    assert "yo diria que" in opening_words("opinion_hedges")
    assert {"pues", "entonces"} == opening_words("answer_fillers")
