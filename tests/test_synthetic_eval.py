"""The synthetic-error sets: how they are made (deterministic, one edit each, even half only,
split by the hash) and the recall floor of the built-in checks on the tuning half."""

import difflib
import hashlib
import importlib
import re
from pathlib import Path

import pytest

from langbot.real_eval import format_columns
from langbot.synthetic_eval import (
    SYNTHETIC_DIR,
    SYNTHETIC_HELDOUT_DIR,
    SYNTHETIC_KINDS,
    load_synthetic,
    score_synthetic,
    synthetic_lines,
)
from langbot.text import fold

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"
# Named share per kind on the tuning half: the rules must not lose recall on these.
FLOORS = {
    "gender_number": 0.95,
    "verb_person": 0.88,
    "ser_estar": 0.83,
    "gustar": 0.95,
    "infinitive": 0.85,
    "article": 0.80,
    "contraction": 0.95,
    "preposition": 0.10,
}


@pytest.fixture(scope="module")
def generator(scripts):
    """scripts/make_synthetic_errors.py, imported."""
    return scripts("make_synthetic_errors")


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))


@pytest.mark.parametrize(
    ("folder", "held"), [(SYNTHETIC_DIR, False), (SYNTHETIC_HELDOUT_DIR, True)]
)
def test_every_pair_is_one_edit_of_an_even_half_sentence_in_its_half(folder, held):
    pairs = load_synthetic(folder)
    assert 500 <= len(pairs) <= 3000
    assert {p.kind for p in pairs} == set(SYNTHETIC_KINDS)
    assert len({p.original for p in pairs}) == len(pairs)
    for p in pairs:
        digest = hashlib.sha1(p.original.strip().encode("utf-8"))
        assert digest.hexdigest()[0] in "02468ace", p.original  # the project's half only
        assert (digest.digest()[0] % 2 == 1) == held, p.original
        ops = difflib.SequenceMatcher(None, _words(p.original), _words(p.corrupted)).get_opcodes()
        edits = [(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in ops if tag != "equal"]
        assert len(edits) == 1 and max(edits[0]) <= 2 and min(edits[0]) <= 1, p


def test_the_generator_is_deterministic_and_remakes_the_checked_in_edits(generator):
    pairs = load_synthetic(SYNTHETIC_DIR)[::20]
    sentences = [p.original for p in pairs]
    first = generator.make_pairs(sentences)
    assert first == generator.make_pairs(sentences)
    made = first[False]
    assert len(made) == len(pairs)
    edits = importlib.import_module("synthetic_errors")
    for pair in pairs:  # the checked-in edit is one the injectors propose for its sentence
        proposed = {
            (edits.apply(pair.original, e), e.kind)
            for pick in range(2)
            for e in edits.candidates(pair.original, pick)
        }
        assert (pair.corrupted, pair.kind) in proposed, pair


def test_the_built_in_checks_name_each_injected_kind_above_its_floor():
    score = score_synthetic(load_synthetic(SYNTHETIC_DIR))
    named = {kind: group["named"] for kind, group in score["recall_by_kind"].items()}
    low = {kind: share for kind, share in named.items() if share < FLOORS[kind]}
    assert not low, f"named below the floor: {low}"
    assert score["false_error_rate"] <= 0.02


def test_the_real_language_table_has_the_synthetic_block_with_both_halves():
    halves = {"tuning": score_synthetic(load_synthetic(SYNTHETIC_DIR)[:40])}
    halves["heldout"] = score_synthetic(load_synthetic(SYNTHETIC_HELDOUT_DIR)[:40])
    text = format_columns(synthetic_lines(halves), ["tuning", "held-out"])
    assert "Tatoeba sentences with one injected error (synthetic)" in text
    assert re.search(r"gender_number\s+\d+\.\d% / \d+\.\d% of \d+\s+\d+\.\d% / \d+\.\d% of", text)
    assert re.search(r"original sentence gets an error\s+\d+\.\d%\s+\d+\.\d%", text)
