"""«Pago de tarjeta», «pagamos a efectivo»: how one pays has its own little word, «con
tarjeta», «en efectivo» (the rule file's `paying_phrases`, «wrong|right»). Part of the
complements family (rules/complements.py)."""

from functools import lru_cache

from langbot.grading.rules.base import Context, Hit
from langbot.text import fold


@lru_cache(maxsize=4)
def _phrases(entries: tuple[str, ...]) -> dict[str, str]:
    """«wrong|right» entries -> {folded wrong: right as spelled}."""
    return {fold(wrong): right for wrong, right in (entry.split("|") for entry in entries)}


def _paying_before(ctx: Context, i: int) -> bool:
    """A verb of paying right before i, past adverbs («pago siempre de…»; not «pagué la
    factura de tarjeta», the card's bill)."""
    a, k = ctx.analysis, i - 1
    while k > 0 and a.only(k, "ADV"):
        k -= 1
    return any(f.lemma in ctx.words["paying_verbs"] for f in a.of(k, "VERB"))


def paying_how(ctx: Context):
    """A verb of paying, then a means of paying after the wrong little word: «pago de
    tarjeta» (con tarjeta), «pago a efectivo» (en efectivo)."""
    a = ctx.analysis
    phrases = _phrases(ctx.spelled["paying_phrases"])
    for i in range(1, len(a) - 1):
        right = phrases.get(f"{a.at(i)} {a.at(i + 1)}")
        if right and _paying_before(ctx, i):
            yield Hit(i, i + 2, right)
