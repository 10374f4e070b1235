"""Estar before «un»/«una» and a noun naming someone's role, with a place after it: the
learner says what someone is (ser), not where one is («mi tío está un profesor en Madrid»);
a «-dor» noun with its «-dora» names someone as «-o»/«-a» ones do."""

import pytest

from langbot.grading import sentence_errors


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("Mi hermano está un nadador en Chicago.", "es"),
        ("Mi abuela estaba una pescadora en Galicia.", "era"),
    ],
)
def test_estar_before_someones_role_then_a_place_is_told_ser(text, fix):
    assert fix in [e.fix for e in sentence_errors(text) if e.kind == "ser_estar"]


@pytest.mark.parametrize(
    "text",
    [
        "Mi hermano está un mes en Chicago.",
        "Está un señor en la puerta.",
        "Mi hermano es un jugador en Chicago.",
    ],
)
def test_a_time_or_someone_there_is_left(text):
    assert not sentence_errors(text)
