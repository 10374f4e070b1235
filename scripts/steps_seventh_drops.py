"""Drops of scripts/make_tatoeba_seventh.py: each reason found reading the tuning-bound matches,
written as a rule on the folded sentence and applied to both halves alike (the held-out
matches are never read)."""

from __future__ import annotations

import re

from real_data import words

# (steps the rule applies to, or None for all; regex on the folded sentence; reason)
DROP_RULES: list[tuple[tuple[tuple[str, int], ...] | None, str, str]] = [
    # «mañana nevará» to «¿qué tiempo va a hacer el sábado?» forecasts another day
    ((("excursion", 5),), r"\bmañana\b", "the weather of a day other than the one asked"),
    # «ponte los zapatos» tells one to put on what one has, not which clothes to take
    ((("excursion", 6),), r"^ponte\b", "puts on what one has, names no clothes to take"),
    # «lo olvidé en…» to «¿dónde la perdió?»: the pronoun is not the lost thing's
    ((("perdidos", 4),), r"^(creo que )?lo\b", "a pronoun that is not the lost thing's"),
    # the clerk asks about the phone; a computer is another thing
    (
        (("taller", 1),),
        r"\b(ordenador|computadora|portatil)\b",
        "another device than the one asked",
    ),
]


def dropped(step: tuple[str, int], text: str) -> bool:
    """Whether a match falls under one of DROP_RULES."""
    folded = " ".join(words(text))
    return any(
        (steps is None or step in steps) and re.search(rule, folded)
        for steps, rule, _ in DROP_RULES
    )
