"""A second round of native rows at the YAML-only lessons' steps (2026-12-05, issue 19).

Usage: PYTHONPATH=. python scripts/make_tatoeba_yaml_more.py SPA_ENG_ZIP [--candidates]
Reads only the even half (as make_tatoeba_sets.py) and skips every sentence an earlier
generator maps (kept or dropped), so no row is in two sets. Its rules (steps_rules_more.py)
aim at the thirteen YAML-only lessons' steps the first round left with few rows. Every match
was reviewed by eye before the judge ran on any of them; steps_more_drops.py lists the ones
dropped. `--candidates` prints the matches (lesson, step, text) for that review and writes
nothing. The split is the other sets' (real_data.heldout on the text): rows go to
evals/real-native-yaml{,-heldout}/tatoeba-more.yaml.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from make_tatoeba_constructions import REVIEW_DROPS as CONSTRUCTION_DROPS
from make_tatoeba_constructions import match_construction
from make_tatoeba_sets import REVIEW_DROPS as FIRST_DROPS
from make_tatoeba_sets import even_half
from make_tatoeba_steps import MAX_WORDS, match_more, match_rules
from real_data import (
    match_first_clause,
    match_step,
    native_row,
    print_candidates,
    words,
    write_halves,
)
from steps_drops import REVIEW_DROPS as STEPS_DROPS
from steps_more_drops import REVIEW_DROPS
from steps_rules_more import MORE_RULES

from langbot.grading.knowledge import knowledge

# a preterite («vivió», «compré»); a future («traeré») passes here, and review by eye drops
# the preterites in -ré («compré»)
_PAST = re.compile(r"\w(ó|(?<!r)é)\b")


def match_second(text: str) -> tuple[str, int] | None:
    """The step a sentence answers by MORE_RULES (a question only where the rule allows)."""
    return match_rules(text, MORE_RULES, "[a-zñ]", _PAST)  # «compañía» is a word too


def round_rows(argv: list[str], earlier: set[str], taken, match, drops: set[str]) -> list[dict]:
    """The even half's rows `match` maps, past every sentence an earlier generator dropped
    (`earlier`) or maps (the first sets, the constructions, the `taken` matchers); with
    `--candidates` all of them, else those the review kept (not in `drops`)."""
    kb, rows = knowledge(), []
    for text in even_half(Path(argv[0])):
        if len(words(text)) > MAX_WORDS or text in earlier:
            continue
        if match_step(text) or match_first_clause(text) or match_construction(text, kb):
            continue
        if any(taking(text) for taking in taken):
            continue
        step = match(text)
        if step and (len(argv) == 2 or text not in drops):
            rows.append(native_row(step, text))
    return rows


def main(argv: list[str]) -> int:
    """Print the candidates, or write the reviewed rows, each half to its file."""
    if len(argv) not in (1, 2):
        print(__doc__, file=sys.stderr)
        return 2
    earlier = FIRST_DROPS | CONSTRUCTION_DROPS | STEPS_DROPS
    rows = round_rows(argv, earlier, (match_more,), match_second, REVIEW_DROPS)
    if len(argv) == 2:
        print_candidates(rows)
        return 0
    header = [
        "Native speakers' sentences (Tatoeba via manythings.org spa-eng, CC-BY 2.0 FR) that",
        "answer the step's question of a lesson written in YAML alone: a second round. Made by",
        "scripts/make_tatoeba_yaml_more.py; see evals/real-native-yaml/README.md.",
    ]
    write_halves("real-native-yaml", "tatoeba-more.yaml", header, rows)
    print(f"rows {len(rows)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
