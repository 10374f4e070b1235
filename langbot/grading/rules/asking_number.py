"""«¿Quién son tus amigos?», «¿Cuál son tus pasatiempos?»: a word that asks who or which,
before ser in the plural, takes its plural too (quiénes, cuáles); «¿cuánta pastillas?»,
«doscientas dólares»: a word of amount agrees with the noun it counts. Part of the agreement
family (rules/agreement.py lists it)."""

from functools import cache

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.determiner_noun import common_nouns
from langbot.grading.tokens import BOUNDARY

_SLOTS = {("m", "s"): 0, ("f", "s"): 1, ("m", "p"): 2, ("f", "p"): 3}


def asking_number(ctx: Context):
    """Finder: «quién» or «cuál», asking (accented, or opening the sentence), then a form of
    ser that can only be plural: the plural asking word; «quiénes», «cuáles» before a
    singular-only ser («¿cuáles es la puerta?»): the singular one."""
    a = ctx.analysis
    singular, plural = ctx.words["asking_singular"], ctx.words["asking_plural"]
    swap = {
        **dict(zip(singular, ctx.spelled["asking_plural"], strict=True)),
        **dict(zip(plural, ctx.spelled["asking_singular"], strict=True)),
    }
    for i in range(len(a) - 1):
        if a.at(i) not in swap or not (a.accented(i) or a.at(i - 1) == BOUNDARY):
            continue
        if a.of(i - 1, "ADP"):
            continue  # «¿de quién son estos?»: whose, not who
        verbs = a.of(i + 1, "VERB")
        if not a.only(i + 1, "VERB") or not verbs:
            continue
        person = "3p" if a.at(i) in singular else "3s"
        if all(f.lemma == ctx.words["copulas"][0] and f.person == person for f in verbs):
            yield Hit(i, i + 1, swap[a.at(i)])


@cache
def _amount_table(folded_sets: tuple[str, ...], spelled_sets: tuple[str, ...]) -> dict:
    """Each form of an amount word -> its set's forms, folded and as spelled (built once)."""
    return {
        form: (folded.split(), spelled.split())
        for folded, spelled in zip(folded_sets, spelled_sets, strict=True)
        for form in folded.split()
    }


def amount_agreement(ctx: Context):
    """Finder: a word of amount with forms for each gender and number (cuánto, doscientos),
    right before a word that can only be a noun, of a gender and number its form is not."""
    a = ctx.analysis
    table = _amount_table(ctx.words["amount_sets"], ctx.spelled["amount_sets"])
    for i in range(len(a) - 1):
        forms = table.get(a.at(i))
        nouns = common_nouns(a, i + 1) if forms else ()
        if len(nouns) != 1 or not a.only(i + 1, "NOUN") or a.original(i + 1)[:1].isupper():
            continue  # «¿cuánto cuesta?»: a verb; a name
        gender, number = nouns[0].gender, nouns[0].number
        if gender not in ("m", "f") or not number or ctx.kb.vocabulary.invariable(a.at(i + 1)):
            continue
        slot = _SLOTS[(gender, number)]
        if forms[0][slot] != a.at(i):
            yield Hit(i, i + 1, forms[1][slot], {"noun": a.original(i + 1)})
