"""Another step's answer at an address step (issue 19): «con» opens whom one lives with, no
place, so «Vivo con mis dos hijos» (the answer to «¿Vive usted sola o con alguien?») does not
answer «¿Cuál es su nueva dirección?»; a street still does."""

from helpers import grade_lesson


def test_whom_one_lives_with_is_no_address():
    assert not grade_lesson("ayuntamiento", 5, "Vivo con mis dos hijos.")


def test_a_street_is_still_an_address():
    assert grade_lesson("ayuntamiento", 5, "Vivo en la calle Mayor, número cinco.")
