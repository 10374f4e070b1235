"""Generate langbot/grading/data/accents.json: how each common Spanish word is written.

Source: the Spanish word frequencies of the `wordfreq` package (Robyn Speer, data under
CC BY-SA 4.0; https://github.com/rspeer/wordfreq), at generation time only. For each folded
form (no accents, lower case) among the most frequent Spanish words, the table says:
- `certain`: the written form when one spelling carries the accent or ñ and outweighs the
  plain spelling by far (jamon -> jamón, ano -> año, tambien -> también);
- `ambiguous`: words where both spellings are common and only the sentence tells which is
  meant (esta/está, si/sí, tu/tú); the bot's Spanish decides these in context
  (langbot/grading/orthography.py).

Re-run after changing the thresholds: `python scripts/generate_accents.py`. The output is
checked in; do not edit it by hand.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections import defaultdict
from importlib.metadata import version
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "langbot" / "grading" / "data" / "accents.json"
TOP = 60_000
# An accented spelling is certain when the plain one is at most this share of it.
CERTAIN_SHARE = 0.2
# A pair is ambiguous when the rarer spelling is at least this share of the other.
AMBIGUOUS_SHARE = 0.02
MIN_ZIPF = 2.5  # rarer forms are mostly typos and names


def _fold(word: str) -> str:
    return "".join(
        unicodedata.normalize("NFD", ch)[0] if ch.isalpha() else ch for ch in word.lower()
    )


def _spanish_marks(word: str) -> bool:
    """Only Spanish diacritics: á é í ó ú ü ñ (no à or â from other languages)."""
    marks = {ch for ch in word if _fold(ch) != ch}
    return bool(marks) and marks <= set("áéíóúüñ")


def build() -> dict:
    """The certain and ambiguous tables from wordfreq's Spanish list."""
    from wordfreq import top_n_list, zipf_frequency

    spellings: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for word in top_n_list("es", TOP):
        if not word.isalpha():
            continue
        zipf = zipf_frequency(word, "es")
        if zipf >= MIN_ZIPF and (_fold(word) == word or _spanish_marks(word)):
            spellings[_fold(word)].append((word, 10**zipf))
    certain, ambiguous = {}, {}
    for plain, forms in sorted(spellings.items()):
        marked = sorted((f for f in forms if f[0] != plain), key=lambda f: -f[1])
        if not marked:
            continue
        best, weight = marked[0]
        bare = next((w for f, w in forms if f == plain), 0.0)
        if bare <= CERTAIN_SHARE * weight and all(
            w <= CERTAIN_SHARE * weight for _, w in marked[1:]
        ):
            certain[plain] = best
        elif min(bare, weight) >= AMBIGUOUS_SHARE * max(bare, weight):
            ambiguous[plain] = [f for f, _ in sorted(forms, key=lambda f: -f[1])]
    return {
        "source": f"wordfreq {version('wordfreq')} Spanish list, top {TOP} (CC BY-SA 4.0)",
        "certain": certain,
        "ambiguous": ambiguous,
    }


def main() -> int:
    """Write the table and say how many words it holds."""
    table = build()
    table = {"generator": "scripts/generate_accents.py; do not edit", **table}
    OUT.write_text(json.dumps(table, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(table['certain'])} certain, {len(table['ambiguous'])} ambiguous")
    return 0


if __name__ == "__main__":
    sys.exit(main())
