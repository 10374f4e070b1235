"""Add native rows at the steps the first two Tatoeba generators leave empty (2026-12-05).

Usage: PYTHONPATH=. python scripts/make_tatoeba_steps.py SPA_ENG_ZIP
Reads only the even half (as make_tatoeba_sets.py) and skips every sentence the earlier
generators' rules map (kept or dropped), so no row is in two sets. Its rules (STEPS_RULES)
map short sentences to steps of the ten lessons written in YAML alone (evals/yaml-only/
lessons/) and to the built-in lessons' steps the earlier sets did not reach. A rule naming
several steps that ask the same thing (paying, a farewell, accepting) gives each sentence
to one of them, chosen by the SHA-1 of the text. Every match was reviewed by eye;
REVIEW_DROPS lists the ones dropped. The split is the one of the other sets (real_data.heldout
on the text): built-in lessons' rows go to evals/real-native{,-heldout}/tatoeba-steps.yaml,
the YAML-only lessons' rows to evals/real-native-yaml{,-heldout}/tatoeba.yaml.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

from make_tatoeba_constructions import REVIEW_DROPS as CONSTRUCTION_DROPS
from make_tatoeba_constructions import match_construction
from make_tatoeba_sets import REVIEW_DROPS as FIRST_DROPS
from make_tatoeba_sets import even_half
from real_data import match_step, native_row, words, write_halves
from steps_drops import REVIEW_DROPS
from steps_rules import STEPS_RULES, YAML_ONLY_LESSONS

from langbot.grading.knowledge import knowledge

MAX_WORDS = 10
_PAST = re.compile(r"\w[óé]\b")


def _pick(text: str, steps: tuple[tuple[str, int], ...]) -> tuple[str, int]:
    return steps[int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16) % len(steps)]


def match_rules(
    text: str, rules, letters: str = "[a-z]", past: re.Pattern = _PAST
) -> tuple[str, int] | None:
    """The step a sentence answers by one of `rules` (steps, pattern, whether a question),
    none that `past` finds in the past; `letters` stands for each rule's «[a-z]»."""
    if past.search(text.lower()):
        return None
    folded = " ".join(words(text))
    for steps, rule, question in rules:
        if ("?" in text) == question and re.match(rule.replace("[a-z]", letters), folded):
            return _pick(text, steps)
    return None


def match_more(text: str) -> tuple[str, int] | None:
    """The step a sentence answers by STEPS_RULES (a question only where the rule allows)."""
    return match_rules(text, STEPS_RULES)


def main(argv: list[str]) -> int:
    """Write the reviewed rows, each lesson group and half to its file."""
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    kb, rows = knowledge(), []
    earlier = FIRST_DROPS | CONSTRUCTION_DROPS
    for text in even_half(Path(argv[0])):
        if len(words(text)) > MAX_WORDS or text in earlier or text in REVIEW_DROPS:
            continue
        if match_step(text) or match_construction(text, kb):
            continue
        step = match_more(text)
        if step:
            rows.append(native_row(step, text))
    header = [
        "Native speakers' sentences (Tatoeba via manythings.org spa-eng, CC-BY 2.0 FR) that",
        "answer the step's question, at steps the earlier sets left empty. Made by",
        "scripts/make_tatoeba_steps.py; see evals/real-learner/README.md.",
    ]
    targets = (
        ("real-native", "tatoeba-steps.yaml", False),
        ("real-native-yaml", "tatoeba.yaml", True),
    )
    for folder, name, yaml_only in targets:
        group = [r for r in rows if (r["lesson"] in YAML_ONLY_LESSONS) == yaml_only]
        write_halves(folder, name, header, group)
    print(f"rows {len(rows)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
