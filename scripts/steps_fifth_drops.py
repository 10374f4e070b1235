"""Drops of scripts/make_tatoeba_fifth.py: each reason found reading the tuning-bound matches,
written as a rule on the folded sentence and applied to both halves alike (the held-out
matches are never read)."""

from __future__ import annotations

import re

from real_data import words

# (steps the rule applies to, or None for all; regex on the folded sentence; reason)
DROP_RULES: list[tuple[tuple[tuple[str, int], ...] | None, str, str]] = [
    # «una habitación» alone reads as a room to stay in (a hotel), not a flat of one room
    ((("piso", 2),), r"\buna habitacion$", "a room to stay in, not a flat's rooms"),
    # a thing pointed at (as the fourth round's «esta dirección»): no answer in a chat
    ((("cafe", 4),), r"\b(eso|esto|esa|ese)$", "a thing only the speaker points at"),
    # «fuera» says the speaker is indoors; the beach step is asked on the beach
    ((("playa", 1),), r"\b(fuera|afuera)\b", "indoors, asked on the beach"),
    # «I will be back» to «when do we go home?»: back here, said of oneself
    ((("playa", 7),), r"^(volvere|regresare)\b", "coming back alone, asked of going home together"),
]


def dropped(step: tuple[str, int], text: str) -> bool:
    """Whether a match falls under one of DROP_RULES."""
    folded = " ".join(words(text))
    return any(
        (steps is None or step in steps) and re.search(rule, folded)
        for steps, rule, _ in DROP_RULES
    )
