"""One cue for one mistake: two rules' errors on one word become the one whose fix leaves it
right, and a determiner's agreement fix is carried over the adjective after it, so the
reveal corrects the whole phrase."""

import pytest

from langbot.grading import grade_answer, sentence_errors
from langbot.grading.recast import apply_fixes
from langbot.grading.tokens import tokenize
from langbot.lessons import load_lessons


def _fixed(text: str) -> tuple[list[str], str | None]:
    errors = sentence_errors(text)
    return [e.message for e in errors], apply_fixes(tokenize(text), errors)


def test_a_wrong_person_of_the_wrong_verb_gets_one_cue_and_the_whole_fix():
    verdict = grade_answer(load_lessons()["family"], 6, "Mi padre están simpático.")
    assert not verdict.correct
    assert len(verdict.errors) == 1 and "«es»" in verdict.errors[0]
    assert verdict.recast == "Mi padre es simpático."


@pytest.mark.parametrize(
    ("text", "fixed", "named"),
    [
        ("Compramos las mismas zapatos.", "Compramos los mismos zapatos.", "«los mismos»"),
        ("Es el primero vez que viajo.", "Es la primera vez que viajo.", "«la primera»"),
        ("Tengo unas nuevo zapatos.", "Tengo unos nuevos zapatos.", "«unos nuevos»"),
    ],
)
def test_a_determiner_fix_corrects_the_adjective_after_it_too(text, fixed, named):
    messages, correction = _fixed(text)
    assert correction == fixed
    assert len(messages) == 1 and named in messages[0]


def test_a_right_adjective_after_a_wrong_determiner_is_left_alone():
    messages, correction = _fixed("Nací el misma semana que mi primo.")
    assert correction == "Nací la misma semana que mi primo."
    assert messages == ["«semana» is feminine singular, so «el» must agree with it: «la»."]


def test_old_before_the_noun_it_describes_after_years_is_no_age():
    assert not sentence_errors("Tras muchos años viejas amigas me escribieron.")
    assert sentence_errors("Mi abuela tiene ochenta años vieja.")


def test_a_fix_that_removes_words_still_sees_the_error_left_on_them():
    """«Me soy lavando»: dropping «me» leaves «soy» wrong, «estoy» leaves it all right."""
    messages, correction = _fixed("Me soy lavando las manos.")
    assert correction == "Me estoy lavando las manos."
    assert len(messages) == 1 and "«estoy»" in messages[0]
