"""A third round of native rows at a step, built-in and YAML-only lessons (2026-12-05, issue 19).

Usage: PYTHONPATH=. python scripts/make_tatoeba_third.py SPA_ENG_ZIP [--candidates]
Reads only the even half (as make_tatoeba_sets.py) and skips every sentence an earlier
generator maps (kept or dropped), so no row is in two sets. Its rules (steps_rules_third.py)
aim at the steps the first two rounds left with few or no rows. Every match was reviewed by
eye before the judge ran on any of them; steps_third_drops.py lists the ones dropped.
`--candidates` prints the matches (lesson, step, text) for that review and writes nothing.
The split is the other sets' (real_data.heldout on the text): built-in lessons' rows go to
evals/real-native{,-heldout}/tatoeba-third.yaml, the YAML-only lessons' rows to
evals/real-native-yaml{,-heldout}/tatoeba-third.yaml.
"""

from __future__ import annotations

import sys
from pathlib import Path

from make_tatoeba_constructions import REVIEW_DROPS as CONSTRUCTION_DROPS
from make_tatoeba_sets import REVIEW_DROPS as FIRST_DROPS
from make_tatoeba_steps import match_more, match_rules
from make_tatoeba_yaml_more import _PAST, match_second, round_rows
from real_data import (
    EVALS,
    halves_text,
    print_candidates,
    write_halves,
)
from steps_drops import REVIEW_DROPS as STEPS_DROPS
from steps_more_drops import REVIEW_DROPS as MORE_DROPS
from steps_rules_third import THIRD_RULES
from steps_third_drops import REVIEW_DROPS

YAML_ONLY = {p.stem for p in (EVALS / "yaml-only" / "lessons").glob("*.yaml")}


def write_by_lessons(name: str, header: list[str], rows: list[dict]) -> None:
    """Write the built-in lessons' rows under real-native and the YAML-only lessons' under
    real-native-yaml, each split into its halves."""
    for folder, yaml_only in (("real-native", False), ("real-native-yaml", True)):
        group = [r for r in rows if (r["lesson"] in YAML_ONLY) == yaml_only]
        write_halves(folder, name, header, group)


def by_lessons_text(name: str, header: list[str], rows: list[dict]) -> dict[Path, str | None]:
    """What write_by_lessons writes: each file's path and text, None where it writes none."""
    out: dict[Path, str | None] = {}
    for folder, yaml_only in (("real-native", False), ("real-native-yaml", True)):
        group = [r for r in rows if (r["lesson"] in YAML_ONLY) == yaml_only]
        out |= halves_text(folder, name, header, group)
    return out


def match_third(text: str) -> tuple[str, int] | None:
    """The step a sentence answers by THIRD_RULES (a question only where the rule allows)."""
    return match_rules(text, THIRD_RULES, past=_PAST)


def main(argv: list[str]) -> int:
    """Print the candidates, or write the reviewed rows, each lesson group and half to its file."""
    if len(argv) not in (1, 2):
        print(__doc__, file=sys.stderr)
        return 2
    earlier = FIRST_DROPS | CONSTRUCTION_DROPS | STEPS_DROPS | MORE_DROPS
    rows = round_rows(argv, earlier, (match_more, match_second), match_third, REVIEW_DROPS)
    if len(argv) == 2:
        print_candidates(rows)
        return 0
    header = [
        "Native speakers' sentences (Tatoeba via manythings.org spa-eng, CC-BY 2.0 FR) that",
        "answer the step's question: a third round. Made by scripts/make_tatoeba_third.py;",
        "see evals/real-learner/README.md.",
    ]
    write_by_lessons("tatoeba-third.yaml", header, rows)
    print(f"rows {len(rows)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
