"""A seventh round of native rows at a step, mostly the six newest YAML-only lessons (2026-12-06).

Usage: PYTHONPATH=. python scripts/make_tatoeba_seventh.py SPA_ENG_ZIP [--candidates]
Reads only the even half (as make_tatoeba_sets.py). A sentence already a row of an earlier
round is skipped (make_tatoeba_fourth.already_a_row, a fourth-, fifth- or sixth-round row), so
no row is in two sets. Its rules (steps_rules_seventh.py) aim at the steps the first six rounds
left thin: perdidos, concierto, excursion, taller, boda, mudanza, then any step with one row or
none. As in the fourth round only the tuning-bound matches (real_data.heldout false) were read,
before the judge ran on any of them: `--candidates` prints those alone, and how many go to
the held-out files unread. The reasons for dropping a tuning match are written as rules
(steps_seventh_drops.py) and applied to both halves alike. Built-in lessons' rows go to
evals/real-native{,-heldout}/tatoeba-seventh.yaml, the YAML-only lessons' rows to
evals/real-native-yaml{,-heldout}/tatoeba-seventh.yaml.
"""

from __future__ import annotations

import re
import sys

from make_tatoeba_fifth import a_fourth_row
from make_tatoeba_fourth import run_round
from make_tatoeba_sixth import a_fifth_row, match_sixth
from make_tatoeba_steps import match_rules
from steps_rules_seventh import PAST_RULES, SEVENTH_RULES
from steps_rules_sixth import PAST_SIXTH
from steps_seventh_drops import dropped
from steps_sixth_drops import dropped as sixth_dropped

_NEVER = re.compile(r"(?!)")


def match_seventh(text: str) -> tuple[str, int] | None:
    """The step a sentence answers by SEVENTH_RULES, or by PAST_RULES in any tense."""
    return match_rules(text, SEVENTH_RULES, "[a-zñ]", PAST_SIXTH) or match_rules(
        text, PAST_RULES, "[a-zñ]", _NEVER
    )


def a_sixth_row(text: str) -> bool:
    """Whether the sixth round made the sentence a row (mapped it and kept it)."""
    step = match_sixth(text)
    return (
        bool(step)
        and not sixth_dropped(step, text)
        and not a_fourth_row(text)
        and not a_fifth_row(text)
    )


def _seventh_only(text: str) -> tuple[str, int] | None:
    """The step this round maps a sentence to, unless the fourth to sixth rounds made it a row."""
    step = match_seventh(text)
    if not step or a_fourth_row(text) or a_fifth_row(text) or a_sixth_row(text):
        return None
    return step


def main(argv: list[str]) -> int:
    """Print the tuning-bound candidates, or write the kept rows, each group and half to its file."""
    return run_round(argv, _seventh_only, dropped, "seventh")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
