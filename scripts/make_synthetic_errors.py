"""Write the synthetic-error sets: Tatoeba sentences (even half) with one injected A1 error.

Usage: PYTHONPATH=. python scripts/make_synthetic_errors.py PATH/TO/spa-eng.zip

Reads the distinct even-half Spanish sentences of 3-12 words, splits them into the tuning and
held-out halves by `real_data.heldout(text)`, and gives each sentence at most one error from
`synthetic_errors.py`. The kind is the one with the fewest pairs so far among those the
sentence allows (each kind stops at CAP pairs a half); the edit within the kind is chosen by
the sentence's hash. Writes evals/synthetic-errors/pairs.yaml and
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
MIN_WORDS, MAX_WORDS = 3, 12
FOLDERS = {False: "synthetic-errors", True: "synthetic-errors-heldout"}


def _choose(text: str, counts: dict[str, int]) -> tuple[str, str] | None:
    """The (corrupted sentence, kind) for one sentence, or None when no kind is open."""
    digest = hashlib.sha1(text.encode("utf-8")).digest()
    edits = [e for e in candidates(text, digest[1]) if counts[e.kind] < CAP]
    edits = [e for e in edits if words(apply(text, e)) != words(text)]
    if not edits:
        return None
    kind = min({e.kind for e in edits}, key=lambda k: (counts[k], KINDS.index(k)))
    mine = [e for e in edits if e.kind == kind]
    edit = mine[digest[2] % len(mine)]
    return apply(text, edit), kind


def make_pairs(sentences: list[str]) -> dict[bool, list[dict]]:
    """The pairs of each half (False: tuning, True: held-out), in the sentences' order."""
    out: dict[bool, list[dict]] = {False: [], True: []}
    counts = {half: dict.fromkeys(KINDS, 0) for half in out}
    for text in sentences:
        if not MIN_WORDS <= len(words(text)) <= MAX_WORDS:
            continue
        half = heldout(text)
        if min(counts[half].values()) >= CAP:
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
