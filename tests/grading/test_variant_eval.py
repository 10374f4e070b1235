"""The metamorphic measure (scripts/variant_eval.py): meaning-preserving variants of caught
learner errors stay caught, and the same edits leave the corrected sentence clean."""

import random

import pytest

from langbot.grading import sentence_errors


@pytest.fixture
def edits(scripts):
    return scripts("variant_edits")


PAIR = ("Mi madre es simpático.", "Mi madre es simpática.")


@pytest.mark.parametrize(
    "edit, learner",
    [
        ("strip_accents", "Mi madre es simpatico."),
        ("lower_first", "mi madre es simpático."),
        ("insert_degree", "Mi madre es muy simpático."),
    ],
)
def test_a_caught_gender_error_stays_caught_in_its_variants(edits, edit, learner):
    made = edits.EDITS[edit](PAIR, random.Random(0))
    assert made[0] == learner
    assert sentence_errors(made[0]), made[0]
    assert not sentence_errors(made[1]), made[1]


def test_the_same_choice_edits_both_sentences(edits):
    made = edits.prefix_clause(PAIR, random.Random(1))
    prefix = made[0][: made[0].index("mi madre")]
    assert prefix and made[1].startswith(prefix)
    assert edits.append_clause(PAIR, random.Random(1))[0].startswith("Mi madre es simpático")


def test_a_past_clause_goes_only_before_a_past_sentence(edits):
    assert edits.prefix_past(PAIR, random.Random(0)) is None
    made = edits.prefix_past(("Yo jugaba con mi perro.",), random.Random(0))
    assert made[0].startswith("Cuando era ni") and made[0].endswith("yo jugaba con mi perro.")


def test_a_swapped_noun_keeps_gender_and_number(edits):
    made = edits.swap_noun(("Las manzanas son rojo.", "Las manzanas son rojas."), random.Random(0))
    assert made is not None and "manzanas" not in made[1]
    assert not sentence_errors(made[1]) and sentence_errors(made[0])


def test_the_measure_runs_on_a_handful_of_pairs(scripts):
    variant_eval = scripts("variant_eval")
    variants = variant_eval.pair_variants(seed=0, limit=6)
    assert {v["edit"] for v in variants} >= {"lower_first", "append_clause"}
    usable = [v for v in variants if v["caught"] is not None]
    assert usable and sum(bool(v["caught"]) for v in usable) / len(usable) > 0.8
    table = variant_eval.format_summary(variant_eval.summary(variants, []))
    assert "strip_accents" in table and "preposition" in table
