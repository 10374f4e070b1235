"""Write the synthetic-error sets: Tatoeba sentences (even half) with one injected A1 error.

Usage: PYTHONPATH=. python scripts/make_synthetic_errors.py PATH/TO/spa-eng.zip

Reads the distinct even-half Spanish sentences of 3-12 words, splits them into the tuning and
held-out halves by `real_data.heldout(text)`, and gives each sentence at most one error from
`synthetic_errors.py`. Of the edits the sentence allows, the shape of a kind (a determiner or
an adjective, a pronoun or a name subject…) with the fewest pairs so far is kept (each kind
stops at CAP pairs a half, each shape at SHAPE_CAP); the edit within it by the sentence's hash. Writes evals/synthetic-errors/pairs.yaml and
evals/synthetic-errors-heldout/pairs.yaml; the output is deterministic.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from make_tatoeba_sets import even_half
from real_data import EVALS, heldout, quote, words
from synthetic_errors import KINDS, apply, candidates

CAP = 150  # pairs of one kind in one half
SHAPE_CAP = 100  # pairs of one shape of a kind in one half: every shape gets its room
MIN_WORDS, MAX_WORDS = 3, 12
FOLDERS = {False: "synthetic-errors", True: "synthetic-errors-heldout"}


def _choose(text: str, counts: dict) -> tuple[str, str] | None:
    """The (corrupted sentence, kind) for one sentence, or None when no kind is open: the
    open shape of a kind with the fewest pairs (then the kind with the fewest), then an edit
    of that shape by the hash."""
    digest = hashlib.sha1(text.encode("utf-8")).digest()
    edits = [
        e
        for e in candidates(text, digest[1])
        if counts[e.kind] < CAP and counts.get((e.kind, e.variant), 0) < SHAPE_CAP
    ]
    edits = [e for e in edits if words(apply(text, e)) != words(text)]
    if not edits:
        return None
    kind, shape = min(
        {(e.kind, e.variant) for e in edits},
        key=lambda ks: (counts.get(ks, 0), counts[ks[0]], KINDS.index(ks[0]), ks[1]),
    )
    mine = [e for e in edits if e.kind == kind and e.variant == shape]
    edit = mine[digest[2] % len(mine)]
    counts[(kind, shape)] = counts.get((kind, shape), 0) + 1
    return apply(text, edit), kind


def make_pairs(sentences: list[str]) -> dict[bool, list[dict]]:
    """The pairs of each half (False: tuning, True: held-out), in the sentences' order."""
    out: dict[bool, list[dict]] = {False: [], True: []}
    counts: dict[bool, dict] = {half: dict.fromkeys(KINDS, 0) for half in out}
    for text in sentences:
        if not MIN_WORDS <= len(words(text)) <= MAX_WORDS:
            continue
        half = heldout(text)
        if min(counts[half][k] for k in KINDS) >= CAP:
            continue
        chosen = _choose(text, counts[half])
        if chosen:
            counts[half][chosen[1]] += 1
            out[half].append({"original": text, "corrupted": chosen[0], "kind": chosen[1]})
    return out


def write_pairs(path: Path, rows: list[dict]) -> None:
    """One flow mapping a line, sorted by kind and original sentence."""
    half = "held-out" if "heldout" in path.parent.name else "tuning"
    lines = [
        f"# Tatoeba sentences with one injected learner-style error, SYNTHETIC ({half} half).",
        "# Made by scripts/make_synthetic_errors.py; see evals/synthetic-errors/README.md.",
        "# Source: Tatoeba via manythings.org spa-eng (CC-BY 2.0 FR, tatoeba.org,",
        "# www.manythings.org/anki). Schema: langbot/synthetic_eval.py (SyntheticPair).",
    ]
    for r in sorted(rows, key=lambda r: (KINDS.index(r["kind"]), r["original"])):
        lines.append(
            f"- {{original: {quote(r['original'])}, corrupted: {quote(r['corrupted'])}, "
            f"kind: {r['kind']}}}"
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    """Read the even half and write both halves' pair files."""
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    pairs = make_pairs(even_half(Path(argv[0])))
    for half, rows in pairs.items():
        write_pairs(EVALS / FOLDERS[half] / "pairs.yaml", rows)
        print(f"{FOLDERS[half]}: {len(rows)} pairs", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
