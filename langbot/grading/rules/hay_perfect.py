"""«Hay» is «there is»; the perfect's «has» is «ha»: «Selena hay encontrado» says «ha
encontrado». Part of the verbs family (rules/verbs.py)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.tokens import BOUNDARY


def hay_for_ha(ctx: Context):
    """«Hay» right before a word that can only be a past participle («hay encontrado»; not
    «hay helado», a noun too) that something follows, with no subject of another person before it («yo hay
    comido» is the person's rule)."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        if a.at(i) not in ctx.words["there_is"] or a.accented(i):
            continue
        readings = a.readings[i + 1]
        if not readings or any(f.pos != "VERB" or f.form != "part" for f in readings):
            continue
        if any(_other_person(ctx, k) for k in range(max(0, i - 3), i)):
            continue
        if i + 2 >= len(a) or a.at(i + 2) == BOUNDARY:
            continue  # «no hay amueblado»: a participle alone may describe what there is
        fix = ctx.spelled["third_person_perfect"][_plural_before(ctx, i)]
        yield Hit(i, i + 1, fix.capitalize() if a.original(i)[:1].isupper() else fix)


def _plural_before(ctx: Context, i: int) -> bool:
    """A plural noun or pronoun just before «hay» is its subject: «mis abuelos hay vivido»."""
    a = ctx.analysis
    for k in range(max(0, i - 3), i):
        readings = [f for f in a.readings[k] if f.pos in ("NOUN", "PRON")]
        if readings and all(f.number == "p" or f.person == "3p" for f in readings):
            return True
    return False


def _other_person(ctx: Context, k: int) -> bool:
    return any(f.person and f.person != "3s" for f in ctx.analysis.of(k, "PRON"))
