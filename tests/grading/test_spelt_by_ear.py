"""A short word respelt letter for letter as a common word sounds is a misspelling («soi»:
«soy», «mui»: «muy»: a final y after a vowel sounds as i), and the error the fixed sentence
then shows is named too («soi bien»: «soy bien» is ser for estar)."""

import pytest

from langbot.grading import grade_answer, sentence_errors
from langbot.lessons import load_lessons


@pytest.mark.parametrize(
    ("text", "fix"),
    [("soi de México.", "soy"), ("Estoi bien.", "estoy"), ("Es mui bonito.", "muy")],
)
def test_a_word_spelt_by_ear_is_a_misspelling(text, fix):
    assert [e.fix for e in sentence_errors(text) if e.kind == "spelling"] == [fix]


@pytest.mark.parametrize("text", ["Aah, me he reído tanto.", "Uuh, qué frío.", "Vivo en Hawai."])
def test_an_interjection_or_a_name_is_no_misspelling(text):
    assert sentence_errors(text) == []


def test_the_error_a_spelling_fix_reveals_is_named():
    verdict = grade_answer(load_lessons()["greetings"], 4, "soi bien gracias")
    assert not verdict.correct
    assert {"spelling", "ser_estar"} <= set(verdict.error_kinds)
