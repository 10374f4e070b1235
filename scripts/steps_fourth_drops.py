"""Drops of scripts/make_tatoeba_fourth.py: each reason found reading the tuning-bound matches,
written as a rule on the folded sentence and applied to both halves alike (the held-out
matches are never read)."""

from __future__ import annotations

import re

from real_data import words

# (steps the rule applies to, or None for all; regex on the folded sentence; reason)
DROP_RULES: list[tuple[tuple[tuple[str, int], ...] | None, str, str]] = [
    # «reservar» books a table ahead (a phone call), not at the door where the step asks
    ((("restaurante", 1),), r"\breservar\b", "a booking ahead, not at the door"),
    # a plural answer to a question about one dish or one pear; «está bien» is «it's fine»
    ((("mercado", 4), ("restaurante", 5)), r"^(si )?(estan|saben) ", "plural for one thing"),
    ((("mercado", 4), ("restaurante", 5)), r"^(si )?esta bien$", "«it's fine», not how it tastes"),
    # a place only the speaker can see (as steps_third_drops.py): no answer in a chat
    (None, r"\b(esta|esa) direccion\b", "a place only the speaker sees"),
    # on foot, in a taxi
    ((("taxi", 4),), r"\b(a pie|andando|caminando)\b", "on foot, asked in a taxi"),
]


def dropped(step: tuple[str, int], text: str) -> bool:
    """Whether a match falls under one of DROP_RULES."""
    folded = " ".join(words(text))
    return any(
        (steps is None or step in steps) and re.search(rule, folded)
        for steps, rule, _ in DROP_RULES
    )
