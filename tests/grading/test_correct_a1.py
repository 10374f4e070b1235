"""Correct A1-style Spanish that stresses the rules (tests/grading/data/correct_a1.yaml:
accent-less verbs that are nouns too, masculine nouns in -a, «el agua», invariable plurals,
coordinated and post-verbal subjects, clitic climbing): a learner who writes it right is
never told it is wrong."""

from pathlib import Path

import pytest
import yaml

from langbot.grading import sentence_errors

DATA = Path(__file__).parent / "data" / "correct_a1.yaml"
GROUPS = yaml.safe_load(DATA.read_text(encoding="utf-8"))
ROWS = [(name, text) for name, group in GROUPS.items() for text in group["sentences"]]


@pytest.mark.parametrize(("group", "text"), ROWS, ids=[t[:40] for _, t in ROWS])
def test_correct_sentence_gets_no_error(group: str, text: str) -> None:
    """A right sentence of the kind the group stresses gets no definite error."""
    assert sentence_errors(text) == [], f"false error ({group}) on {text!r}"
