"""The later rounds of native rows (the fourth on): each round's step rules and review drops,
and the sentences a round may take, those no earlier later round made a row.

"Earlier" is the rounds that were in the table when the round was made, not all those listed
before it: two rounds made side by side on two branches did not see each other's rows, and a
round's regeneration must not drop what another round made later (`Round.after`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from make_tatoeba_fourth import match_fourth, round_header, round_rows, run_round
from make_tatoeba_steps import match_rules
from make_tatoeba_third import by_lessons_text
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
    # the rounds it was made after, where they are not all those listed before it
    after: tuple[str, ...] | None = None

    def kept(self, text: str) -> bool:
        """Whether this round maps the sentence and its review keeps it."""
        return _kept(self.ordinal, text)

    @property
    def script(self) -> str:
        """The command its files name as their maker: its own script, else the generic one."""
        own = f"scripts/make_tatoeba_{self.ordinal}.py"
        exists = Path(__file__).with_name(Path(own).name).is_file()
        return own if exists else f"scripts/make_tatoeba_round.py {self.ordinal}"


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
_TWENTIETH = load_round(Path(__file__).with_name("steps_rules_twentieth.yaml"))

_ORDER = (
    "fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth"
).split()
_UP_TO_THIRTEENTH = tuple(_ORDER[: _ORDER.index("fourteenth")])
_BESIDE_SIXTEENTH = tuple(r for r in _ORDER[: _ORDER.index("seventeenth")] if r != "sixteenth")

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
    # made beside the fourteenth (issue-lessons15), before it was merged
    Round("fifteenth", matcher(_FIFTEENTH), dropper(_FIFTEENTH), _UP_TO_THIRTEENTH),
    Round("sixteenth", matcher(_SIXTEENTH), dropper(_SIXTEENTH)),
    # made beside the sixteenth (issue-lessons16), before it was merged
    Round("seventeenth", matcher(_SEVENTEENTH), dropper(_SEVENTEENTH), _BESIDE_SIXTEENTH),
    Round("eighteenth", matcher(_EIGHTEENTH), dropper(_EIGHTEENTH)),
    Round("nineteenth", matcher(_NINETEENTH), dropper(_NINETEENTH)),
    Round("twentieth", matcher(_TWENTIETH), dropper(_TWENTIETH)),
)
_BY_NAME = {r.ordinal: r for r in ROUNDS}


@cache
def _kept(ordinal: str, text: str) -> bool:
    this = _BY_NAME[ordinal]
    step = this.match(text)
    return bool(step) and not this.dropped(step, text)


def earlier_rounds(ordinal: str) -> tuple[Round, ...]:
    """The rounds whose rows a round skips: those in the table when it was made."""
    index = [r.ordinal for r in ROUNDS].index(ordinal)
    this = ROUNDS[index]
    if this.after is None:
        return ROUNDS[:index]
    return tuple(_BY_NAME[name] for name in this.after)


def new_matcher(ordinal: str) -> Callable[[str], Step | None]:
    """The round's matcher on the sentences no earlier round made a row."""
    this, earlier = _BY_NAME[ordinal], earlier_rounds(ordinal)

    def only_new(text: str) -> Step | None:
        step = this.match(text)
        return None if not step or any(r.kept(text) for r in earlier) else step

    return only_new


def round_files(ordinal: str, texts: list[str]) -> dict[Path, str | None]:
    """What regenerating a round writes from the even half's `texts`: each file's path and
    text, None where it writes none."""
    this = _BY_NAME[ordinal]
    rows = round_rows(texts, new_matcher(ordinal), this.dropped)
    return by_lessons_text(f"tatoeba-{ordinal}.yaml", round_header(ordinal, this.script), rows)


def run_later_round(argv: list[str], ordinal: str, script: str = "") -> int:
    """Run one later round on the sentences no earlier later round made a row (see run_round);
    its files name the round's own script whichever command ran it, so they come out the same."""
    this = _BY_NAME[ordinal]
    return run_round(argv, new_matcher(ordinal), this.dropped, ordinal, this.script)
