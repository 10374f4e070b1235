"""Noun gender read from real text: which determiners a form follows.

Used by scripts/generate_lexicon.py only (generation time). The text is the treebanks' own
sentences and the even half of Tatoeba's Spanish sentences (manythings.org spa-eng, CC-BY 2.0
FR; `LANGBOT_TATOEBA_ZIP`), less every sentence of the held-out native set. The determiners
are those the treebanks tag DET (in most of their uses) with one gender and one number.

A gender is given only on clear evidence (see `decide`); a form without it stays without
gender, and the generator leaves such a noun out, so no rule can call it an error.
"""

from __future__ import annotations

import os
import re
from collections import Counter, defaultdict
from pathlib import Path

import yaml
from make_tatoeba_sets import even_half

ROOT = Path(__file__).resolve().parent.parent
WORD = re.compile(r"[a-záéíóúüñ]+")
MIN_EVIDENCE = 3  # gendered determiners seen before the form
CLEAR = 0.9  # share of one gender for that gender; both genders seen twice or more: common
# Feminine nouns with a stressed a- take el/un (el agua, un hacha): for a form that starts
# with a- or ha-, determiners that end in -l or -n say nothing about its gender.
STRESSED_A = re.compile(r"^h?[aá]")
APOCOPE = re.compile(r"[ln]$")


def tatoeba_sentences() -> list[str]:
    """The even half of Tatoeba's Spanish sentences, less the held-out native set's."""
    value = os.environ.get("LANGBOT_TATOEBA_ZIP")
    if not value:
        raise SystemExit("set LANGBOT_TATOEBA_ZIP to manythings.org's spa-eng.zip")
    held = set()
    for path in (ROOT / "evals" / "real-native-heldout").glob("*.yaml"):
        held |= {row["text"].strip() for row in yaml.safe_load(path.read_text()) or []}
    return [s for s in even_half(Path(value)) if s not in held]  # the odd half is never read


def determiners(ud: dict[str, Counter]) -> dict[str, tuple[str, str]]:
    """form -> (gender, number) for the forms the treebanks tag DET in most of twenty or
    more uses, and with one gender and one number in nine in ten of those uses."""
    out = {}
    for form, counter in ud.items():
        total = sum(counter.values())
        det = Counter()
        for (upos, _lemma, feats), n in counter.items():
            if upos == "DET":
                det[(_feat(feats, "Gender"), _feat(feats, "Number"))] += n
        uses = sum(det.values())
        if total < 20 or uses * 2 <= total:
            continue
        (gender, number), n = det.most_common(1)[0]
        if gender in ("Masc", "Fem") and number and n >= 0.9 * uses:
            out[form] = (gender, number)
    return out


def _feat(feats: str, name: str) -> str | None:
    pairs = dict(p.split("=", 1) for p in feats.split("|") if "=" in p)
    return pairs.get(name)


def evidence(texts: list[list[str]], dets: dict[str, tuple[str, str]]):
    """form -> Counter of (gender, number, determiner) before it, and form -> occurrences."""
    seen: dict[str, Counter] = defaultdict(Counter)
    count: Counter = Counter()
    for words in texts:
        for before, word in zip(["", *words], words, strict=False):
            count[word] += 1
            if before in dets:
                gender, number = dets[before]
                if gender == "Masc" and STRESSED_A.match(word) and APOCOPE.search(before):
                    continue
                seen[word][(gender, number, before)] += 1
    return seen, count


def words_of(sentence: str) -> list[str]:
    """A raw sentence's words, lower case."""
    return WORD.findall(sentence.lower())


def decide(counts: Counter, number: str | None) -> str | None:
    """Masc, Fem or Com from the determiners seen before a form of that number; None when
    the evidence is thin or mixed."""
    by_gender = Counter()
    for (gender, n, _det), k in counts.items():
        if number is None or n == number:
            by_gender[gender] += k
    total = sum(by_gender.values())
    if total < MIN_EVIDENCE:
        return None
    if by_gender["Fem"] >= 2 and by_gender["Masc"] >= 2:
        return "Com"
    for gender in ("Fem", "Masc"):
        if by_gender[gender] / total >= CLEAR:
            return gender
    return None


def new_noun(counts: Counter, occurrences: int) -> tuple[str, str] | None:
    """(gender, number) of a form no source knows, when it reads as a noun: seen five times
    or more, at least half of them after a determiner, at least two determiners of one
    gender and number, and no other."""
    total = sum(counts.values())
    if occurrences < 5 or total * 2 < occurrences:
        return None
    shapes = {(g, n) for g, n, _d in counts}
    if len(shapes) != 1 or len({d for _g, _n, d in counts}) < 2:
        return None
    return next(iter(shapes))
