"""Any later round of native rows at a step whose rules and drops are YAML data (the eleventh on).

Usage: PYTHONPATH=.:scripts python scripts/make_tatoeba_round.py NAME SPA_ENG_ZIP [--candidates]
NAME is a round of scripts/tatoeba_rounds.py's ROUNDS (its rules and drops in
scripts/steps_rules_<NAME>.yaml). As the tenth round (make_tatoeba_tenth.py, which this
replaces for new rounds): the even half only; a sentence already a row of an earlier round is
skipped; `--candidates` prints only the tuning-bound matches, for the review by eye before the
judge runs on any, and how many go to the held-out files unread; each reason to drop one is a
rule in the YAML's `drops`, applied to both halves alike. Built-in lessons' rows go to
evals/real-native{,-heldout}/tatoeba-NAME.yaml, the YAML-only lessons' rows to
evals/real-native-yaml{,-heldout}/tatoeba-NAME.yaml.
"""

from __future__ import annotations

import sys

from tatoeba_rounds import run_later_round


def main(argv: list[str]) -> int:
    """Print the named round's tuning-bound candidates, or write its kept rows."""
    if len(argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    return run_later_round(argv[1:], argv[0], f"scripts/make_tatoeba_round.py {argv[0]}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
