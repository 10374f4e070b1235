"""A fresh dev set of native answers (issue 19, natives35): Tatoeba sentences selected by
structure, not by the words of earlier rows.

Usage: PYTHONPATH=.:scripts python scripts/make_native_fresh.py SPA_ENG_ZIP [--candidates]
Reads only the even half (make_tatoeba_sets.allowed) and of it only what real_data.heldout
keeps on the tuning side; skips every sentence any checked-in eval file (held-out folders
unread) already holds. A sentence is mapped to a step by the lexicon's readings of its verbs
(lemma, person, tense) and a few function words (native_fresh_rules.yaml): each rule names the
step whose question the sentence answers as it is. `--candidates` prints every match for the
review by eye; the rows kept are written to evals/real-native-fresh/rows.yaml, each with its
half: dev (SHA-1 of the text, first hex digit 0-7) or check (8-f).
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

import yaml
from make_tatoeba_sets import even_half
from pydantic import BaseModel, ConfigDict
from real_data import EVALS, ROOT, heldout, quote, words

from langbot.grading.rules.registry import engine

RULES = Path(__file__).with_name("native_fresh_rules.yaml")
# the candidates the review by eye kept, one "lesson|step|text" a line
KEPT = Path(__file__).with_name("native_fresh_kept.txt")
OUT = EVALS / "real-native-fresh" / "rows.yaml"
MAX_WORDS = 12


class _Rule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    step: tuple[str, int]
    kind: str
    yaml_only: bool = False
    verb: str | None = None  # lemma of a finite verb the sentence must have ("*": any)
    persons: list[str] = ["1s"]
    forms: list[str] = ["pres"]
    word_class: list[str] = []  # a noun or adjective of one of these vocabulary classes
    pattern: str = ".*"  # on the folded words joined by spaces
    question: bool = False


class _Data(BaseModel):
    model_config = ConfigDict(extra="forbid")
    rules: list[_Rule]


def half(text: str) -> str:
    """dev or check, by the first hex digit of the text's SHA-1."""
    return "dev" if hashlib.sha1(text.encode("utf-8")).hexdigest()[0] in "01234567" else "check"


def _known_texts() -> str:
    """The text of every checked-in eval and lesson file outside the held-out folders."""
    parts = []
    for path in sorted(EVALS.rglob("*.yaml")) + sorted((ROOT / "lessons").glob("*.yaml")):
        if "heldout" in str(path.relative_to(ROOT)) or "real-native-fresh" in str(path):
            continue
        parts.append(path.read_text(encoding="utf-8"))
    return "\n".join(parts)


def _has_verb(folded: list[str], rule: _Rule, lexicon) -> bool:
    for word in folded:
        for r in lexicon.lookup(word):
            lemma = rule.verb in ("*", r.lemma)
            if r.pos == "VERB" and lemma and r.person in rule.persons:
                if r.form in rule.forms:
                    return True
    return False


def _has_class(folded: list[str], classes: list[str], lexicon) -> bool:
    return any(
        r.classes & set(classes) for word in folded for r in lexicon.lookup(word) if r.pos != "VERB"
    )


def match(text: str, rules: list[_Rule], lexicon) -> _Rule | None:
    """The first rule whose structure the sentence has."""
    folded = words(text)
    joined = " ".join(folded)
    asks = text.rstrip().endswith("?")
    for rule in rules:
        if asks != rule.question or not re.fullmatch(rule.pattern, joined):
            continue
        if rule.word_class and not _has_class(folded, rule.word_class, lexicon):
            continue
        if rule.verb is None or _has_verb(folded, rule, lexicon):
            return rule
    return None


def main(argv: list[str]) -> int:
    """Print the candidates, or write the reviewed rows."""
    if len(argv) not in (1, 2):
        print(__doc__, file=sys.stderr)
        return 2
    data = _Data.model_validate(yaml.safe_load(RULES.read_text(encoding="utf-8")))
    lexicon, known = engine()[0], _known_texts()
    kept = set(KEPT.read_text(encoding="utf-8").splitlines()) if len(argv) == 1 else set()
    rows = []
    for text in even_half(Path(argv[0])):
        if heldout(text) or len(words(text)) > MAX_WORDS or quote(text) in known:
            continue
        if text in known and len(text) > 12:
            continue
        rule = match(text, data.rules, lexicon)
        if rule and (len(argv) == 2 or f"{rule.step[0]}|{rule.step[1]}|{text}" in kept):
            rows.append((rule, text))
    if len(argv) == 2:
        for rule, text in rows:
            print(f"{rule.kind}|{rule.step[0]}|{rule.step[1]}|{text}")
        return 0
    lines = [
        "# A dev set, not an eval set: native speakers' sentences (Tatoeba via manythings.org",
        "# spa-eng, CC-BY 2.0 FR) that answer the step as they are. Made by",
        "# scripts/make_native_fresh.py; see README.md here.",
    ]
    for rule, text in sorted(rows, key=lambda r: (r[0].step, r[1])):
        lines.append(
            f"- {{lesson: {rule.step[0]}, step: {rule.step[1]}, yaml_only: "
            f"{str(rule.yaml_only).lower()}, kind: {rule.kind}, half: {half(text)}, "
            f"text: {quote(text)}}}"
        )
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"rows {len(rows)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
