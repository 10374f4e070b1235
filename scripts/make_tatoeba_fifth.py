"""A fifth round of native rows at a step, mostly the six newest YAML-only lessons (2026-12-05).

Usage: PYTHONPATH=. python scripts/make_tatoeba_fifth.py SPA_ENG_ZIP [--candidates]
Reads only the even half (as make_tatoeba_sets.py). A sentence already a row of an earlier
round is skipped (make_tatoeba_fourth.already_a_row, and a fourth-round row), so no row is in
two sets. Its rules (steps_rules_fifth.py) aim at the steps the first four rounds left thin:
aeropuerto, playa, intercambio, piso, museo, cocina, then tiempo, fiesta, deporte and viaje.
As in the fourth round only the tuning-bound matches (real_data.heldout false) were read,
before the judge ran on any of them: `--candidates` prints those alone, and how many go to
the held-out files unread. The reasons for dropping a tuning match are written as rules
(steps_fifth_drops.py) and applied to both halves alike. Built-in lessons' rows go to
evals/real-native{,-heldout}/tatoeba-fifth.yaml, the YAML-only lessons' rows to
evals/real-native-yaml{,-heldout}/tatoeba-fifth.yaml.
"""

from __future__ import annotations

import sys

from make_tatoeba_fourth import match_fourth, run_round
from make_tatoeba_steps import match_rules
from make_tatoeba_yaml_more import _PAST
from steps_fifth_drops import dropped
from steps_fourth_drops import dropped as fourth_dropped
from steps_rules_fifth import FIFTH_RULES


def match_fifth(text: str) -> tuple[str, int] | None:
    """The step a sentence answers by FIFTH_RULES (a question only where the rule allows)."""
    return match_rules(text, FIFTH_RULES, "[a-zñ]", _PAST)


def a_fourth_row(text: str) -> bool:
    """Whether the fourth round made the sentence a row (mapped it and kept it)."""
    step = match_fourth(text)
    return bool(step) and not fourth_dropped(step, text)


def _fifth_only(text: str) -> tuple[str, int] | None:
    """The step FIFTH_RULES maps a sentence to, unless the fourth round made it a row."""
    step = match_fifth(text)
    return None if not step or a_fourth_row(text) else step


def main(argv: list[str]) -> int:
    """Print the tuning-bound candidates, or write the kept rows, each group and half to its file."""
    return run_round(argv, _fifth_only, dropped, "fifth")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
