"""«¿Cuánto es para noche?», «¿cuánto pagan en hora?»: a rate («per night», «per hour»)
takes «por» before its bare unit. Part of the prepositions family (rules/prepositions.py lists it)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.tokens import BOUNDARY


def rate_with_para(ctx: Context):
    """Finder: «para» (the learner's «per») right before a bare singular unit of a rate
    that closes its phrase: «por noche». With a determiner («para la noche», «para el
    mes que viene») or more words after it, «para» says for when, and is right."""
    a = ctx.analysis
    units = ctx.words["rate_units"]
    for i in range(len(a) - 1):
        if a.at(i + 1) not in units:
            continue
        if i + 2 < len(a) and a.at(i + 2) != BOUNDARY:
            continue  # «para día de campo», «para hora y media»: more than a unit
        if a.at(i) in ctx.words["rate_wrong"] or _priced_in(ctx, i):
            yield Hit(i, i + 1, ctx.spelled["rate_link"][0])


def _priced_in(ctx: Context, i: int) -> bool:
    """«¿Cuánto pagan en hora?»: «en» before a unit of time, in a sentence that asks or
    gives a price, is the learner's «per» («llegó en hora», «lo vi en persona»: no price,
    no rate)."""
    a = ctx.analysis
    if a.at(i) not in ctx.words["rate_wrong_priced"] or a.at(i + 1) not in ctx.words["rate_times"]:
        return False
    if i > 0 and a.at(i - 1) in ctx.words["rate_set_phrases"]:
        return False  # «¿cuánto cuesta hoy en día?»: nowadays
    verbs, money = set(ctx.words["rate_priced_verbs"]), set(ctx.words["money_nouns"])
    asked = ctx.words["price_questions"]
    for k in range(i):
        if a.at(k) in asked or any(f.lemma in verbs for f in a.of(k, "VERB")):
            return True
        if any(f.lemma in money for f in a.of(k, "NOUN")):
            return True
    return False
