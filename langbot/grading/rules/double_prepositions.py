"""Two prepositions in a row: «escribo sobre de Ansel», «desde de mis padres», «ir a en
carro», «de a mí»: a preposition takes no «de», «a» or second preposition after it."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.tokens import BOUNDARY


def double_preposition(ctx: Context):
    """«Escribo sobre de Ansel», «desde de mis padres»: a preposition takes no «de» after
    it."""
    a = ctx.analysis
    of, joined = ctx.words["of"][0], ctx.words["of_joined"]
    for i in range(len(a) - 1):  # «hay un libro en dentro»: the pair may close the sentence
        first = a.at(i)
        named = i > 0 and a.original(i).isupper()  # «gripe A en Europa»: a letter, a name
        if f"{first} {a.at(i + 1)}" in ctx.words["never_together"] and not named:
            if _range_end(ctx, i):
                continue  # «de presencial a en línea»: a range's end is a phrase
            yield Hit(i, i + 2, a.original(i + 1))  # «ir a en carro»: «en carro»
            continue
        if f"{first} {a.at(i + 1)}" in ctx.words["first_of_pair"] and a.only(i, "ADP"):
            yield Hit(i, i + 2, a.original(i))  # «desde en marzo»: «desde marzo»
            continue
        if _a_before_pronoun(ctx, i):
            yield Hit(i, i + 2, a.original(i))  # «enfrente de a mí»: «de mí»
            continue
        if first not in ctx.words["not_before_of"] or not a.of(i, "ADP"):
            continue
        if a.of(i - 1, "DET") or a.at(i + 1) not in (of, *joined):
            continue
        if not a.only(i, "ADP") and not a.of(i + 2, "DET"):
            continue  # «que entre de nuevo»: a verb; «entre de mis clases» is not
        if a.at(i + 1) == of:
            yield Hit(i, i + 2, a.original(i))
        elif first in ctx.words["to"]:
            yield Hit(i, i + 2, a.original(i + 1))  # «cerca a del río»: «del» («a el» is «al»)
        else:
            yield Hit(i, i + 2, f"{a.original(i)} {ctx.spelled['joined_article'][0]}")


def _range_end(ctx: Context, i: int) -> bool:
    """«a» at i closes a range a «de» or «desde» opened a few words before, in its clause."""
    a = ctx.analysis
    if a.at(i) not in ctx.words["to"]:
        return False
    for k in range(i - 1, max(i - 5, -1), -1):
        if a.at(k) == BOUNDARY:
            return False
        if a.at(k) in ctx.words["range_openers"]:
            return True
    return False


def _a_before_pronoun(ctx: Context, i: int) -> bool:
    """A preposition at i, then «a» and a person's pronoun («de a mí», «con a ella»): the
    pronoun takes the first alone. «mi», «el» with no accent only where no noun follows
    («de a mi casa» may be a range)."""
    a = ctx.analysis
    if a.at(i) not in ctx.words["not_before_a_pronoun"] or a.at(i + 1) not in ctx.words["to"]:
        return False
    if a.at(i + 2) not in ctx.words["person_pronouns"]:
        return False
    if a.accented(i + 2) or a.at(i + 2) not in ctx.words["also_determiners"]:
        return True
    return not a.of(i + 3, "NOUN") and not a.of(i + 3, "ADJ") and a.at(i + 2) != a.at(i + 3)
