"""«Me gusta se álbumes», «fui se concierto»: «se» stands only before a verb (or another
pronoun), so before a word that can be nothing but a noun, right after a verb, it is the
possessive «su», «sus» mistyped. Part of the little words family (rules/little.py)."""

from langbot.grading.rules.base import Context, Hit


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
