"""An irregular verb given regular endings («dormió», «poní», «hacimos») is named with its
real form, whatever comes before it; real forms, other verbs' forms and names are not."""

import pytest

from langbot.grading import sentence_errors
from langbot.grading.knowledge import knowledge
from langbot.grading.rules.made_regular import made_regular


def _fixes(text: str) -> list[str | None]:
    """The fixes of the errors that say a verb is irregular."""
    return [e.fix for e in sentence_errors(text) if "is irregular" in e.message]


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("La semana pasada dormió en casa de su abuela.", "durmió"),
        ("Cuando era niña, poní mis juguetes en una caja.", "puse"),
        ("Ayer hacimos una fiesta.", "hicimos"),
        ("El año pasado mis amigos tenieron un perro.", "tuvieron"),
        ("Mis padres no sabieron la verdad.", "supieron"),
        ("El año pasado mis padres piensaron en vender la casa.", "pensaron"),  # present stem
    ],
)
def test_made_up_regular_form_is_named_with_its_real_form(text, fix):
    assert _fixes(text) == [fix]


@pytest.mark.parametrize(
    "text",
    [
        "La semana pasada durmió en casa de su abuela.",
        "Teniste suerte.",  # a form of teñir
        "Conoció a su esposa en Lima.",
        "Ayer comí con Dormio.",
        "Muchas personas pedieron sus casas.",  # «perdieron» with a letter dropped, maybe
    ],
)
def test_real_forms_and_names_are_not_made_up(text):
    assert _fixes(text) == []


def test_every_made_up_form_is_unknown_and_differs_from_its_fix():
    table = made_regular(knowledge(), "se")
    assert table
    assert all(wrong != fix for wrong, (_verb, fix) in table.items())
