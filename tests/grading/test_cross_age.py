"""Another step's answer at an age step (issue 19): the article «un»/«una» of a description
(«es un poco mayor») is no number of years; a bare number, or «unos» and a number, still is."""

import pytest
from helpers import grade_lesson

REFUSED = ["Es un poco mayor.", "Es una persona muy buena."]
ACCEPTED = ["Unos sesenta.", "Cuarenta y ocho.", "Cincuenta y dos años."]


@pytest.mark.parametrize("text", REFUSED)
def test_an_article_is_no_age(text):
    assert not grade_lesson("family", 4, text)


@pytest.mark.parametrize("text", ACCEPTED)
def test_an_age_is_still_accepted(text):
    assert grade_lesson("family", 4, text)
