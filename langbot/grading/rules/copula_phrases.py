"""Set phrases that say how someone is, which take estar whatever English says: «estoy de
acuerdo», «estamos de vacaciones», «estoy en contra» (not «soy de acuerdo»)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import skip_adverbs
from langbot.grading.rules.copula_forms import a_person, copulas_of, other_copula


def _phrase_at(ctx: Context, j: int) -> bool:
    """One of the family's estar phrases starts at token j."""
    a = ctx.analysis
    for phrase in ctx.words["estar_phrases"]:
        words = phrase.split()
        if all(a.at(j + n) == w for n, w in enumerate(words)):
            return True
    return False


def ser_in_estar_phrase(ctx: Context):
    """Ser before a phrase that says how someone is, with a person as its subject: by the
    verb's person (soy, somos) or a person named before it («mi padre es de acuerdo»); not
    the preterite, which is also ir's («fuimos de vacaciones»)."""
    a = ctx.analysis
    for i, c in copulas_of(ctx, 0):
        if not c.person or not a_person(ctx, i, c.person):
            continue
        if _phrase_at(ctx, skip_adverbs(a, ctx.kb, i + 1)):
            fix = other_copula(ctx, c)
            if fix:
                yield Hit(i, i + 1, fix)
