"""Drops of scripts/make_tatoeba_sixth.py: each reason found reading the tuning-bound matches,
written as a rule on the folded sentence and applied to both halves alike (the held-out
matches are never read)."""

from __future__ import annotations

import re

from real_data import words

# (steps the rule applies to, or None for all; regex on the folded sentence; reason)
DROP_RULES: list[tuple[tuple[tuple[str, int], ...] | None, str, str]] = [
    # a present pointed at («te daré este libro»): the party is days away, nothing is at hand
    (
        (("cumple", 7),),
        r"\b(este|esta|estos|estas|ese|esa)\b",
        "a thing only the speaker points at",
    ),
    # «no tomaré helado» turns down one of the two desserts offered and leaves the question open
    ((("restaurante", 6),), r"^no\b", "turns down one dessert, says nothing of the other"),
    # a pain «cuando hace frío» is a habit, not what hurts at the consultation
    ((("salud", 2), ("farmacia", 2)), r"\bcuando\b", "a pain that comes at times, not now"),
]


def dropped(step: tuple[str, int], text: str) -> bool:
    """Whether a match falls under one of DROP_RULES."""
    folded = " ".join(words(text))
    return any(
        (steps is None or step in steps) and re.search(rule, folded)
        for steps, rule, _ in DROP_RULES
    )
