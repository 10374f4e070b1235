"""A fourth round of native rows at a step, mostly the newest YAML-only lessons (2026-12-05).

Usage: PYTHONPATH=. python scripts/make_tatoeba_fourth.py SPA_ENG_ZIP [--candidates]
Reads only the even half (as make_tatoeba_sets.py). A sentence already a row of an earlier
round is skipped (one an earlier generator maps and did not drop), so no row is in two sets;
one an earlier round dropped for another step may answer one of these. Its rules
(steps_rules_fourth.py) aim at the steps the first three rounds left with no rows. Only the
tuning-bound matches (real_data.heldout false) were read, before the judge ran on any of them:
`--candidates` prints those alone, and how many go to the held-out files unread. The reasons
for dropping a tuning match are written as rules (steps_fourth_drops.py) and applied to both
halves alike. The split is the other sets' (real_data.heldout on the text): built-in lessons'
rows go to evals/real-native{,-heldout}/tatoeba-fourth.yaml, the YAML-only lessons' rows to
evals/real-native-yaml{,-heldout}/tatoeba-fourth.yaml.
"""

from __future__ import annotations

import sys
from pathlib import Path

from make_tatoeba_constructions import REVIEW_DROPS as CONSTRUCTION_DROPS
from make_tatoeba_constructions import match_construction
from make_tatoeba_sets import REVIEW_DROPS as FIRST_DROPS
from make_tatoeba_sets import even_half
from make_tatoeba_steps import MAX_WORDS, match_more, match_rules
from make_tatoeba_third import match_third, write_by_lessons
from make_tatoeba_yaml_more import _PAST, match_second
from real_data import (
    heldout,
    match_first_clause,
    match_step,
    native_row,
    print_candidates,
    words,
)
from steps_drops import REVIEW_DROPS as STEPS_DROPS
from steps_fourth_drops import dropped
from steps_more_drops import REVIEW_DROPS as MORE_DROPS
from steps_rules_fourth import FOURTH_RULES
from steps_third_drops import REVIEW_DROPS as THIRD_DROPS

from langbot.grading.knowledge import knowledge

EARLIER_DROPS = FIRST_DROPS | CONSTRUCTION_DROPS | STEPS_DROPS | MORE_DROPS | THIRD_DROPS


def match_fourth(text: str) -> tuple[str, int] | None:
    """The step a sentence answers by FOURTH_RULES (a question only where the rule allows)."""
    return match_rules(text, FOURTH_RULES, "[a-zñ]", _PAST)


def already_a_row(text: str, kb) -> bool:
    """Whether an earlier round made the sentence a row (mapped it and kept it)."""
    if text in EARLIER_DROPS:
        return False
    earlier = (match_step, match_first_clause, match_more, match_second, match_third)
    return any(match(text) for match in earlier) or bool(match_construction(text, kb))


def round_rows(texts: list[str], match, dropped_by, candidates: bool = False) -> list[dict]:
    """The rows of the sentences `match` maps and no earlier round took: all of them for
    `--candidates`, else those `dropped_by` keeps."""
    kb, rows = knowledge(), []
    for text in texts:
        if len(words(text)) > MAX_WORDS:
            continue
        step = match(text)
        if not step or already_a_row(text, kb):
            continue
        if candidates or not dropped_by(step, text):
            rows.append(native_row(step, text))
    return rows


def round_header(ordinal: str, script: str) -> list[str]:
    """The comment a round's files start with, naming the command that made them."""
    return [
        "Native speakers' sentences (Tatoeba via manythings.org spa-eng, CC-BY 2.0 FR) that",
        f"answer the step's question: {'an' if ordinal[0] in 'aeiou' else 'a'} {ordinal} round. Made by {script};",
        "see evals/real-learner/README.md.",
    ]


def run_round(argv: list[str], match, dropped_by, ordinal: str, script: str = "") -> int:
    """One round of native rows: each even-half sentence `match` maps and no earlier round
    took; print the tuning-bound candidates (`--candidates`), or write the rows `dropped_by`
    keeps, each group and half to its `tatoeba-<ordinal>.yaml`."""
    if len(argv) not in (1, 2):
        print(sys.modules["__main__"].__doc__, file=sys.stderr)
        return 2
    rows = round_rows(even_half(Path(argv[0])), match, dropped_by, len(argv) == 2)
    if len(argv) == 2:
        print_candidates([r for r in rows if not heldout(r["text"])])
        unread = sum(heldout(r["text"]) for r in rows)
        print(f"{unread} held-out matches not shown", file=sys.stderr)
        return 0
    script = script or f"scripts/make_tatoeba_{ordinal}.py"
    write_by_lessons(f"tatoeba-{ordinal}.yaml", round_header(ordinal, script), rows)
    tuning = sum(not heldout(r["text"]) for r in rows)
    print(f"rows {len(rows)}: tuning {tuning}, held out {len(rows) - tuning}", file=sys.stderr)
    return 0


def main(argv: list[str]) -> int:
    """Print the tuning-bound candidates, or write the kept rows, each group and half to its file."""
    return run_round(argv, match_fourth, dropped, "fourth")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
