"""«Me gusta se álbumes», «fui se concierto»: «se» stands only before a verb (or another
pronoun), so before a word that can be nothing but a noun, right after a verb, it is the
possessive «su», «sus» mistyped. Part of the little words family (rules/little.py)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.tokens import BOUNDARY


def se_before_noun(ctx: Context):
    """«Me gusta se álbumes»: «sus álbumes»; only after a verb, where «se» is no «sé» (I know:
    «yo se inglés») and no noun can follow it."""
    a = ctx.analysis
    se = ctx.words["se_alone"][0]
    for i in range(1, len(a) - 1):
        if a.at(i) != se or a.accented(i) or not a.of(i - 1, "VERB"):
            continue
        nouns = a.of(i + 1, "NOUN")
        if not nouns or not a.only(i + 1, "NOUN") or not a.original(i + 1)[:1].islower():
            continue
        plural = all(f.number == "p" for f in nouns)
        yield Hit(i, i + 1, ctx.spelled["su_by_number"][1 if plural else 0])


def pronoun_opening_noun(ctx: Context):
    """«Se álbumes salieron», «Me favorita es…»: opening the sentence, «me», «te» or «se»
    before a word that can only be a noun (or also an adjective) is the possessive mistyped
    («sus álbumes», «mi favorita»): no verb follows for the pronoun to go with."""
    a = ctx.analysis
    pairs = ctx.words["pronoun_possessives"]
    for i in range(len(a) - 1):
        if a.at(i - 1) != BOUNDARY or a.at(i) not in pairs[::3] or a.accented(i):
            continue
        readings = a.readings[i + 1]
        if not a.of(i + 1, "NOUN") or any(f.pos not in ("NOUN", "ADJ") for f in readings):
            continue  # «Me inquieta…»: an adjective alone may be a verb the lexicon lacks
        if a.original(i + 1)[:1].isupper():
            continue  # «Me Llamo», a title: a capital is no noun of the learner's
        plural = all(f.number == "p" for f in readings)
        yield Hit(i, i + 1, ctx.spelled["pronoun_possessives"][pairs.index(a.at(i)) + 1 + plural])
