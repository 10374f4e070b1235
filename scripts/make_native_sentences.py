"""Build the native-sentence precision net from Tatoeba (manythings.org spa-eng, CC-BY 2.0 FR).

Usage: python scripts/make_native_sentences.py SPA_ENG_ZIP
SPA_ENG_ZIP is manythings.org's spa-eng.zip (the copy in github.com/JEdward7777/Pinokio,
2018-05-13). Only the even half is read (`make_tatoeba_sets.even_half`: SHA-1 of the stripped
Spanish text starts with an even hex digit). Every distinct sentence of 2-15 words is kept,
with no lesson step; `real_data.heldout(text)` splits them into a tuning and a held-out half,
and each half keeps its first SAMPLE sentences in SHA-1 order (a deterministic sample: the
whole half, about 28,000 sentences, takes about 25 s to grade, too long for `langbot eval`).

Writes evals/real-native-sentences/sentences.txt and
evals/real-native-sentences-heldout/sentences.txt, one sentence a line, SHA-1 order.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from make_tatoeba_sets import allowed, even_half
from real_data import EVALS, heldout, words

MIN_WORDS, MAX_WORDS = 2, 15
SAMPLE = 5000
HEADER = [
    "Native speakers' sentences, Tatoeba (https://tatoeba.org) via manythings.org spa-eng,",
    "CC-BY 2.0 FR (https://creativecommons.org/licenses/by/2.0/fr/), by the Tatoeba",
    "contributors. Made by scripts/make_native_sentences.py; see README.md beside this file.",
]
FOLDERS = {False: "real-native-sentences", True: "real-native-sentences-heldout"}


def hash_key(text: str) -> str:
    """The order the sample is drawn in: the SHA-1 of the sentence, in hex."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def keep(text: str) -> bool:
    """Whether an even-half sentence goes into the net: 2 to 15 words."""
    return allowed(text) and MIN_WORDS <= len(words(text)) <= MAX_WORDS


def halves(texts: list[str], sample: int = SAMPLE) -> dict[bool, list[str]]:
    """held-out? -> the first `sample` sentences of that half, in SHA-1 order."""
    out: dict[bool, list[str]] = {False: [], True: []}
    for text in sorted((t for t in texts if keep(t)), key=hash_key):
        out[heldout(text)].append(text)
    return {side: rows[:sample] for side, rows in out.items()}


def main(argv: list[str]) -> int:
    """Read the even half and write the two halves of the net."""
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    for side, rows in halves(even_half(Path(argv[0]))).items():
        path = EVALS / FOLDERS[side] / "sentences.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        lines = [f"# {line}" for line in HEADER] + rows
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{path.relative_to(EVALS.parent)}: {len(rows)} sentences", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
