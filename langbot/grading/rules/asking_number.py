"""«¿Quién son tus amigos?», «¿Cuál son tus pasatiempos?»: a word that asks who or which,
before ser in the plural, takes its plural too (quiénes, cuáles). Part of the agreement
family (rules/agreement.py lists it)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.tokens import BOUNDARY


def asking_number(ctx: Context):
    """Finder: «quién» or «cuál», asking (accented, or opening the sentence), then a form of
    ser that can only be plural: the plural asking word."""
    a = ctx.analysis
    singular, plural = ctx.words["asking_singular"], ctx.spelled["asking_plural"]
    for i in range(len(a) - 1):
        if a.at(i) not in singular or not (a.accented(i) or a.at(i - 1) == BOUNDARY):
            continue
        if a.of(i - 1, "ADP"):
            continue  # «¿de quién son estos?»: whose, not who
        verbs = a.of(i + 1, "VERB")
        if not a.only(i + 1, "VERB") or not verbs:
            continue
        if all(f.lemma == ctx.words["copulas"][0] and f.person == "3p" for f in verbs):
            yield Hit(i, i + 1, plural[singular.index(a.at(i))])
