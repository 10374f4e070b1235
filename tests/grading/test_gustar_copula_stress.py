"""Invented learner sentences with the verbs like gustar and with ser/estar, in contexts no
eval set has (tests/grading/data/gustar_copula_stress.yaml): each wrong one is named with its
kind, and each natives' look-alike gets no error of those kinds. A row marked gap is one the
judge does not catch yet, with the reason (strict: it fails once caught, so the mark comes off)."""

from pathlib import Path

import pytest
import yaml

from langbot.grading import sentence_errors

DATA = Path(__file__).parent / "data" / "gustar_copula_stress.yaml"
KINDS = {"gustar", "preposition", "ser_estar", "finite_verb", "article"}
ROWS = [row for rows in yaml.safe_load(DATA.read_text(encoding="utf-8")).values() for row in rows]


def _param(row: dict):
    marks = [pytest.mark.xfail(strict=True, reason=row["gap"])] if row.get("gap") else []
    return pytest.param(row["text"], row["kind"], marks=marks, id=row["text"])


@pytest.mark.parametrize(("text", "kind"), [_param(r) for r in ROWS])
def test_stress_sentence(text: str, kind: str) -> None:
    """A wrong sentence gets an error of its kind; a right one none of these kinds."""
    found = {e.kind for e in sentence_errors(text)} & KINDS
    if kind == "none":
        assert not found, f"false error on {text!r}: {found}"
    else:
        assert kind in found, f"{text!r} should get a {kind} error, got {found or 'none'}"


def test_the_stress_set_is_broad() -> None:
    """At least 150 sentences, with wrong and right ones in both families."""
    assert len(ROWS) >= 150
    assert sum(r["kind"] == "none" for r in ROWS) >= 60
