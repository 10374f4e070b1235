"""Recall of the built-in checks on Tatoeba sentences with one injected error (synthetic).

`evals/synthetic-errors/` (tuning) and `evals/synthetic-errors-heldout/` hold pairs of a
native sentence and the same sentence with one learner-style A1 error, made by
scripts/make_synthetic_errors.py. Graded with no step, like the COWS-L2H pairs: the corrupted
sentence should get a definite error (caught), of the kind the edit made (named); the original
should get none (its false-error rate).
"""

from pathlib import Path
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

from langbot.evaluation import EVALS_DIR, load_pairs_file, share

SYNTHETIC_DIR = EVALS_DIR / "synthetic-errors"
SYNTHETIC_HELDOUT_DIR = EVALS_DIR / "synthetic-errors-heldout"
SyntheticKind = Literal[
    "gender_number", "verb_person", "ser_estar", "gustar", "infinitive", "article",
    "contraction", "preposition",
]  # fmt: skip
SYNTHETIC_KINDS: tuple[str, ...] = get_args(SyntheticKind)
# The judge's error kind that names each injected kind.
JUDGE_KIND = {
    "gender_number": "gender_number",
    "verb_person": "verb",
    "ser_estar": "ser_estar",
    "gustar": "gustar",
    "infinitive": "verb",
    "article": "word_form",
    "contraction": "gender_number",  # as the contraction rules name it («a el» → «al»)
    "preposition": "preposition",
}


class SyntheticPair(BaseModel):
    """A native sentence, the same sentence with one injected error, and the error's kind."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    original: str = Field(min_length=1)
    corrupted: str = Field(min_length=1)
    kind: SyntheticKind


def load_synthetic(folder: Path | str) -> list[SyntheticPair]:
    """Every pair in a folder's pairs.yaml; EvalSetError names the file, row and field."""
    return load_pairs_file(folder, SyntheticPair)


def score_synthetic(pairs: list[SyntheticPair]) -> dict:
    """Per kind the share of corrupted sentences caught and named; the originals' false errors."""
    from langbot.grading import sentence_errors  # noqa: PLC0415 (the grader loads its data)

    by_kind = {k: [0, 0, 0] for k in SYNTHETIC_KINDS}
    false_errors, missed = [], []
    for pair in pairs:
        if sentence_errors(pair.original):
            false_errors.append(pair.original)
        found = {e.kind for e in sentence_errors(pair.corrupted)}
        counts = by_kind[pair.kind]
        counts[0] += 1
        counts[1] += bool(found)
        counts[2] += JUDGE_KIND[pair.kind] in found
        if JUDGE_KIND[pair.kind] not in found:
            missed.append({"corrupted": pair.corrupted, "kind": pair.kind, "found": sorted(found)})
    total = [sum(c[i] for c in by_kind.values()) for i in range(3)]
    return {
        "pairs": len(pairs),
        "false_error_rate": share(len(false_errors), len(pairs)),
        "caught": share(total[1], total[0]),
        "named": share(total[2], total[0]),
        "recall_by_kind": {
            kind: {"n": n, "recall": share(hit, n), "named": share(named, n)}
            for kind, (n, hit, named) in by_kind.items()
            if n
        },
        "false_errors": false_errors,
        "missed": missed,
    }


def evaluate_synthetic(*, with_heldout: bool = True) -> dict:
    """Both halves scored (the tuning half alone without `with_heldout`); the held-out half
    keeps no sentences (never read them to tune)."""
    halves = {"tuning": score_synthetic(load_synthetic(SYNTHETIC_DIR))}
    if with_heldout:
        halves["heldout"] = score_synthetic(load_synthetic(SYNTHETIC_HELDOUT_DIR))
        for key in ("false_errors", "missed"):
            halves["heldout"].pop(key)
    return halves


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.1f}%"


def _cell(group: dict | None) -> str:
    if not group:
        return "-"
    return f"{_pct(group['recall'])} / {_pct(group['named'])} of {group['n']}"


def synthetic_lines(synthetic: dict | None) -> list[tuple[str, list[str]]]:
    """The block of the real-language table: recall by kind, tuning and held-out."""
    if not synthetic:
        return []
    halves = [synthetic["tuning"], synthetic["heldout"]]
    lines = [
        ("Tatoeba sentences with one injected error (synthetic)", ["", ""]),
        ("  pairs", [str(h["pairs"]) for h in halves]),
        ("  original sentence gets an error", [_pct(h["false_error_rate"]) for h in halves]),
        ("  corrupted sentence: caught / named", [_cell(_total(h)) for h in halves]),
        ("  by kind of injected error: caught / named", ["", ""]),
    ]
    for kind in SYNTHETIC_KINDS:
        cells = [_cell(h["recall_by_kind"].get(kind)) for h in halves]
        if cells != ["-", "-"]:
            lines.append((f"    {kind}", cells))
    return lines


def _total(half: dict) -> dict:
    return {"n": half["pairs"], "recall": half["caught"], "named": half["named"]}


def format_synthetic_misses(score: dict) -> str:
    """The tuning half's misses: corrupted sentences whose error was not named, and originals
    that got an error."""
    lines = [f"\n{len(score['missed'])} synthetic corrupted sentences not named:"]
    lines += [f"  [{m['kind']}] {m['corrupted']!r} found {m['found']}" for m in score["missed"]]
    lines.append(f"{len(score['false_errors'])} synthetic originals that got an error:")
    lines += [f"  {text!r}" for text in score["false_errors"]]
    return "\n".join(lines) + "\n"
