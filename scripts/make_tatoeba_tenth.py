"""A tenth round of native rows at a step, mostly the three newest YAML-only lessons (2026-12-06).

Usage: PYTHONPATH=. python scripts/make_tatoeba_tenth.py SPA_ENG_ZIP [--candidates]
Reads only the even half (as make_tatoeba_sets.py). A sentence already a row of an earlier
round is skipped (make_tatoeba_fourth.already_a_row, and tatoeba_rounds.ROUNDS for the fourth
to ninth), so no row is in two sets. Its step rules and review drops are YAML data
(steps_rules_tenth.yaml, read by tatoeba_yaml_round.py): they aim at the three newest
YAML-only lessons (veterinario, libreria, teatro), none of whose steps had a native
row, and at ways of asking no round covered. As in the fourth round only
the tuning-bound matches (real_data.heldout false) were read, before the judge ran on any of
them: `--candidates` prints those alone, and how many go to the held-out files unread. The
reasons for dropping a tuning match are written as rules (the YAML's `drops`) and applied to
both halves alike. Built-in lessons' rows go to evals/real-native{,-heldout}/tatoeba-tenth.yaml,
the YAML-only lessons' rows to evals/real-native-yaml{,-heldout}/tatoeba-tenth.yaml.
"""

from __future__ import annotations

import sys

from tatoeba_rounds import run_later_round


def main(argv: list[str]) -> int:
    """Print the tuning-bound candidates, or write the kept rows, each group and half to its file."""
    return run_later_round(argv, "tenth")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
