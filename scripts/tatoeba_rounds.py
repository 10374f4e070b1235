"""The later rounds of native rows (the fourth on): each round's step rules and review drops,
and the sentences a round may take, those no earlier later round made a row."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from make_tatoeba_fourth import match_fourth, run_round
from make_tatoeba_steps import match_rules
from make_tatoeba_yaml_more import _PAST
from steps_fifth_drops import dropped as fifth_dropped
from steps_fourth_drops import dropped as fourth_dropped
from steps_rules_fifth import FIFTH_RULES
from steps_rules_seventh import PAST_RULES, SEVENTH_RULES
from steps_rules_sixth import PAST_SIXTH, SIXTH_RULES
from steps_seventh_drops import dropped as seventh_dropped
from steps_sixth_drops import dropped as sixth_dropped
from tatoeba_yaml_round import dropper, load_round, matcher

Step = tuple[str, int]


@dataclass(frozen=True)
class Round:
    """One round: how it maps a sentence to a step, and which mapped sentences its review drops."""

    ordinal: str
    match: Callable[[str], Step | None]
    dropped: Callable[[Step, str], bool]

    def kept(self, text: str) -> bool:
        """Whether this round maps the sentence and its review keeps it."""
        step = self.match(text)
        return bool(step) and not self.dropped(step, text)


def _by_rules(rules, past: str) -> Callable[[str], Step | None]:
    return lambda text: match_rules(text, rules, "[a-zñ]", past)


_NEVER = re.compile(r"(?!)")  # a past test that never holds: these rules match in any tense


def _seventh(text: str) -> Step | None:
    return _by_rules(SEVENTH_RULES, PAST_SIXTH)(text) or _by_rules(PAST_RULES, _NEVER)(text)


_EIGHTH = load_round(Path(__file__).with_name("steps_rules_eighth.yaml"))
_NINTH = load_round(Path(__file__).with_name("steps_rules_ninth.yaml"))
_TENTH = load_round(Path(__file__).with_name("steps_rules_tenth.yaml"))
_ELEVENTH = load_round(Path(__file__).with_name("steps_rules_eleventh.yaml"))
_TWELFTH = load_round(Path(__file__).with_name("steps_rules_twelfth.yaml"))
_THIRTEENTH = load_round(Path(__file__).with_name("steps_rules_thirteenth.yaml"))
_FOURTEENTH = load_round(Path(__file__).with_name("steps_rules_fourteenth.yaml"))
_FIFTEENTH = load_round(Path(__file__).with_name("steps_rules_fifteenth.yaml"))
_SIXTEENTH = load_round(Path(__file__).with_name("steps_rules_sixteenth.yaml"))
_SEVENTEENTH = load_round(Path(__file__).with_name("steps_rules_seventeenth.yaml"))
_EIGHTEENTH = load_round(Path(__file__).with_name("steps_rules_eighteenth.yaml"))
_NINETEENTH = load_round(Path(__file__).with_name("steps_rules_nineteenth.yaml"))

ROUNDS = (
    Round("fourth", match_fourth, fourth_dropped),
    Round("fifth", _by_rules(FIFTH_RULES, _PAST), fifth_dropped),
    Round("sixth", _by_rules(SIXTH_RULES, PAST_SIXTH), sixth_dropped),
    Round("seventh", _seventh, seventh_dropped),
    Round("eighth", matcher(_EIGHTH), dropper(_EIGHTH)),
    Round("ninth", matcher(_NINTH), dropper(_NINTH)),
    Round("tenth", matcher(_TENTH), dropper(_TENTH)),
    Round("eleventh", matcher(_ELEVENTH), dropper(_ELEVENTH)),
    Round("twelfth", matcher(_TWELFTH), dropper(_TWELFTH)),
    Round("thirteenth", matcher(_THIRTEENTH), dropper(_THIRTEENTH)),
    Round("fourteenth", matcher(_FOURTEENTH), dropper(_FOURTEENTH)),
    Round("fifteenth", matcher(_FIFTEENTH), dropper(_FIFTEENTH)),
    Round("sixteenth", matcher(_SIXTEENTH), dropper(_SIXTEENTH)),
    Round("seventeenth", matcher(_SEVENTEENTH), dropper(_SEVENTEENTH)),
    Round("eighteenth", matcher(_EIGHTEENTH), dropper(_EIGHTEENTH)),
    Round("nineteenth", matcher(_NINETEENTH), dropper(_NINETEENTH)),
)


def run_later_round(argv: list[str], ordinal: str, script: str = "") -> int:
    """Run one later round on the sentences no earlier later round made a row (see run_round)."""
    index = [r.ordinal for r in ROUNDS].index(ordinal)
    this, earlier = ROUNDS[index], ROUNDS[:index]

    def only_new(text: str) -> Step | None:
        step = this.match(text)
        return None if not step or any(r.kept(text) for r in earlier) else step

    return run_round(argv, only_new, this.dropped, ordinal, script)
