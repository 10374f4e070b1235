"""An activity named as what a thing is («mi pasatiempo es…») takes the infinitive, as a
noun; the learner who writes the gerund there is told the infinitive, and a gerund that
says what someone is doing is left to the estar rule."""

import pytest

from langbot.grading import sentence_errors


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("Mi pasatiempo favorito es cocinando.", "cocinar"),
        ("Mis actividades favoritas son bailando y cantando.", "bailar"),
        ("Mi afición es pintando cuadros.", "pintar"),
    ],
)
def test_an_activity_after_ser_is_the_infinitive(text, fix):
    errors = sentence_errors(text)
    assert fix in [e.fix for e in errors]
    assert {e.kind for e in errors} == {"verb"}


@pytest.mark.parametrize(
    "text",
    [
        "Mi pasatiempo favorito es cocinar.",
        "Es cocinando como me relajo.",
        "Mi madre está cocinando.",
        "Mi afición es pintar cuadros.",
    ],
)
def test_infinitives_clefts_and_estar_are_left(text):
    assert not sentence_errors(text)


def test_a_person_doing_something_is_told_estar_not_the_infinitive():
    errors = sentence_errors("Mi madre es cocinando.")
    assert [e.kind for e in errors] == ["ser_estar"]


def test_a_things_imperfect_ser_is_told_the_infinitive_not_estaba():
    errors = sentence_errors("Mi pasatiempo favorito era pintando.")
    assert [(e.kind, e.fix) for e in errors] == [("verb", "pintar")]
