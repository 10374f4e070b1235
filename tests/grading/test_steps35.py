"""Step meaning leftovers (issue 19), read at their general cause: an answer that leaves
unsaid the person the question asks how they are agrees with them where the word for them
tells their sex («¿cómo está tu abuela?» «muy cansada»)."""

import pytest
from helpers import grade_made_step

_DESCRIBED = {"kind": "description", "who": "other"}
_STATE = {"kind": "state", "who": "other"}


@pytest.mark.parametrize(
    "bot,asks,model,text,right",
    [
        ("¿Cómo es tu tía?", _DESCRIBED, "Es muy divertida.", "Muy divertido.", False),
        ("¿Cómo es tu tía?", _DESCRIBED, "Es muy divertida.", "Muy divertida.", True),
        ("¿Cómo es tu tía?", _DESCRIBED, "Es muy divertida.", "Es bastante callado.", False),
        ("¿Cómo es tu abuelo?", _DESCRIBED, "Es alto.", "Bastante generosa.", False),
        ("¿Cómo es tu abuelo?", _DESCRIBED, "Es alto.", "Bastante generoso.", True),
        ("¿Qué tal está tu abuela?", _STATE, "Está bien.", "Un poco enfermo.", False),
        ("¿Qué tal está tu abuela?", _STATE, "Está bien.", "Un poco enferma.", True),
        ("¿Cómo están tus primas?", _STATE, "Están bien.", "Muy contentos.", False),
        ("¿Cómo están tus primas?", _STATE, "Están bien.", "Muy contentas.", True),
        ("¿Cómo es Jorge?", _DESCRIBED, "Es moreno.", "Es muy delgada.", False),
        ("¿Cómo es Jorge?", _DESCRIBED, "Es moreno.", "Es muy delgado.", True),
    ],
)
def test_lone_adjective_agrees_with_the_person_asked(bot, asks, model, text, right) -> None:
    """An adjective said of the person the question names, left unsaid, takes their sex."""
    assert grade_made_step(bot, asks, model, text).correct is right


@pytest.mark.parametrize(
    "bot,asks,model,text",
    [
        ("¿Cómo está tu familia?", _STATE, "Están bien.", "Bien, todos contentos."),
        ("¿Cómo es tu jefe?", _DESCRIBED, "Es serio.", "Muy seria."),  # a woman boss
        ("¿Cómo es tu pareja?", _DESCRIBED, "Es simpática.", "Muy simpático."),
    ],
)
def test_a_word_that_tells_no_sex_is_left(bot, asks, model, text) -> None:
    """A noun both sexes share, or a masculine job that may stand for either, is left."""
    assert grade_made_step(bot, asks, model, text).correct


def test_lone_adjective_agrees_with_the_thing_asked() -> None:
    """«¿Cómo es tu barrio?» «Muy tranquila»: how a thing is, left unsaid, agrees with it."""
    asks = {"kind": "description"}
    assert not grade_made_step(
        "¿Cómo es tu barrio?", asks, "Es tranquilo.", "Muy tranquila."
    ).correct
    assert grade_made_step("¿Cómo es tu barrio?", asks, "Es tranquilo.", "Muy tranquilo.").correct


_WITH_WHOM = {"kind": "company"}


@pytest.mark.parametrize(
    "text,right",
    [
        ("Voy a comer con mis tíos.", False),  # a plan, where the question asks the past
        ("Vamos a comer con los vecinos.", False),
        ("Comí con mis tíos.", True),
        ("No comí con nadie, pero mañana voy a comer con Ana.", True),
    ],
)
def test_plan_told_for_a_past(text: str, right: bool) -> None:
    """«¿Con quién comiste el domingo?» is answered with what was, not with a plan."""
    bot = "¿Con quién comiste el domingo?"
    assert grade_made_step(bot, _WITH_WHOM, "Comí con mis tíos.", text).correct is right


_HAS = {"kind": "possession", "of": "thing", "yes_no": True}


@pytest.mark.parametrize(
    "text,right",
    [
        ("Sí, tenemos una en el salón.", True),  # where the thing one has is kept
        ("Sí, tengo una en casa.", True),
        ("Sí, tenemos una allí.", True),
        ("Sí, tengo una en verano.", False),  # a time is no place it is kept
    ],
)
def test_having_one_where_it_is_kept(text: str, right: bool) -> None:
    """«¿Tenéis lavadora?» «sí, tenemos una en el salón»: one, and where it is."""
    verdict = grade_made_step("¿Tenéis lavadora?", _HAS, "Sí, tenemos una.", text)
    assert verdict.correct is right


def test_no_before_the_pronouns() -> None:
    """«¿Me ayudas con la mesa?» «Claro, te no ayudo»: «no» goes before «te»."""
    asks = {"kind": "accept"}
    verdict = grade_made_step(
        "¿Me ayudas con la mesa?", asks, "Claro, te ayudo.", "Sí, te no ayudo."
    )
    assert not verdict.correct
    assert any("«no te»" in error for error in verdict.errors)
