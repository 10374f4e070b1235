"""Ages: told with tener, and the years alone without «viejo»."""

from langbot.grading.analysis import Features
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import skip_adverbs
from langbot.grading.rules.copula_forms import copula_form, copulas


def age_with_tener(ctx: Context):
    """An age told with ser or estar («es veinte años»): tener."""
    a = ctx.analysis
    years = set(ctx.spelled["years"])
    for i, c in copulas(ctx):
        if not c.person:
            continue
        j = skip_adverbs(a, ctx.kb, i + 1)
        if not (a.at(j).isdigit() or a.of(j, "NUM")) or a.original(j)[:1].isupper():
            continue  # «es Cien años de soledad»: a capital inside the sentence opens a title
        said = any(f.lemma in years for k in range(j + 1, j + 4) for f in a.of(k, "NOUN"))
        if any(a.at(k) in ctx.words["comparatives_of_amount"] for k in range(j + 1, j + 4)):
            continue  # «Es dos años mayor que tú»: how much older, not an age
        if said or (ctx.age_step and j + 1 >= len(a)):
            fix = copula_form(ctx, ctx.words["have"][0], c.form, c.person)
            if fix:
                yield Hit(i, i + 1, fix)


def age_without_old(ctx: Context):
    """«viejo» after «años» in an age: the years alone tell it."""
    a = ctx.analysis
    years, old = set(ctx.spelled["years"]), set(ctx.spelled["old"])
    for i in range(1, len(a)):
        adjectives = [f for f in a.readings[i] if f.lemma in old and f.pos == "ADJ"]
        if adjectives and any(f.lemma in years for f in a.of(i - 1, "NOUN")):
            if not any(_agree(f, n) for f in adjectives for n in a.of(i + 1, "NOUN")):
                yield Hit(i, i + 1, None)  # not «años viejos amigos»: a noun it goes with


def _agree(adjective: Features, noun: Features) -> bool:
    """Whether an adjective's reading can go with a noun's (a feature either lacks agrees)."""
    return all(
        None in (x, y) or x == y
        for x, y in ((adjective.gender, noun.gender), (adjective.number, noun.number))
    )
