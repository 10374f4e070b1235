"""A round of native rows whose step rules and review drops are YAML data
(scripts/steps_rules_<ordinal>.yaml): load them, map a sentence to a step, apply the drops."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import yaml
from make_tatoeba_steps import match_rules
from pydantic import BaseModel, ConfigDict
from real_data import words
from steps_rules_sixth import PAST_SIXTH

Step = tuple[str, int]
_NEVER = re.compile(r"(?!)")  # a past test that never holds, for rules about the past
_DEF = re.compile(r"@(\w+)")


class _Rule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    steps: list[tuple[str, int]]
    pattern: str
    question: bool = False
    any_tense: bool = False


class _Drop(BaseModel):
    model_config = ConfigDict(extra="forbid")
    steps: list[tuple[str, int]] | None = None
    pattern: str
    reason: str


class RoundData(BaseModel):
    """One round's step rules and review drops, `@name` in a pattern standing for defs[name]."""

    model_config = ConfigDict(extra="forbid")
    defs: dict[str, str] = {}
    rules: list[_Rule]
    drops: list[_Drop] = []

    def expand(self, pattern: str) -> str:
        """The pattern with each `@name` replaced by its definition."""
        return _DEF.sub(lambda m: self.defs[m.group(1)], pattern)


def load_round(path: Path) -> RoundData:
    """The round's data, validated; every pattern compiles."""
    data = RoundData.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    for pattern in [r.pattern for r in data.rules] + [d.pattern for d in data.drops]:
        re.compile(data.expand(pattern))
    return data


def matcher(data: RoundData) -> Callable[[str], Step | None]:
    """The step a sentence answers by the first matching rule (see steps_rules_fourth.py)."""
    rules = [
        (
            [(tuple(r.steps), data.expand(r.pattern), r.question)],
            _NEVER if r.any_tense else PAST_SIXTH,
        )
        for r in data.rules
    ]

    def match(text: str) -> Step | None:
        for one, past in rules:
            step = match_rules(text, one, "[a-zñ]", past)
            if step:
                return step
        return None

    return match


def dropper(data: RoundData) -> Callable[[Step, str], bool]:
    """Whether a mapped sentence falls under one of the round's review drops."""
    drops = [(d.steps, data.expand(d.pattern)) for d in data.drops]

    def dropped(step: Step, text: str) -> bool:
        folded = " ".join(words(text))
        return any(
            (steps is None or list(step) in [list(s) for s in steps]) and re.search(rule, folded)
            for steps, rule in drops
        )

    return dropped
