"""«¿Cuánto es para noche?»: a rate («per night», «per hour») takes «por» before its bare
unit. Part of the prepositions family (rules/prepositions.py lists it)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.tokens import BOUNDARY


def rate_with_para(ctx: Context):
    """Finder: «para» (the learner's «per») right before a bare singular unit of a rate
    that closes its phrase: «por noche». With a determiner («para la noche», «para el
    mes que viene») or more words after it, «para» says for when, and is right."""
    a = ctx.analysis
    units = ctx.words["rate_units"]
    for i in range(len(a) - 1):
        if a.at(i) not in ctx.words["rate_wrong"] or a.at(i + 1) not in units:
            continue
        if i + 2 < len(a) and a.at(i + 2) != BOUNDARY:
            continue  # «para día de campo», «para hora y media»: more than a unit
        yield Hit(i, i + 1, ctx.spelled["rate_link"][0])
