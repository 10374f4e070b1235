"""Wrong answers accepted at a step, found by probe (issue 19; scripts/cross_step_probe.py and
scripts/wrong_variant_probe.py), fixed at their general cause and tested on steps and
sentences of their own: a thing that takes up no offer of one named thing («¿Quiere una
bolsa?» «Dos entradas.»)."""

import pytest
from helpers import grade_made_step

OFFER = ("Aquí tiene el pan. ¿Quiere una bolsa?", {"kind": "accept_decline", "of": "thing"})


@pytest.mark.parametrize(
    "text,right",
    [
        ("Dos entradas, por favor.", False),  # a thing of another step: no offer taken up
        ("Un kilo de tomates.", False),
        ("Una bolsa grande, por favor.", True),
        ("Sí, una bolsa, gracias.", True),
        ("No, gracias.", True),
        ("Sí, por favor.", True),
    ],
)
def test_an_offer_of_one_thing_is_taken_up_by_that_thing(text: str, right: bool) -> None:
    """To an offer of one named thing, another thing alone neither takes nor refuses it."""
    assert grade_made_step(*OFFER, "Sí, una bolsa, por favor.", text).correct is right
