"""«Comimos con pavo»: what one eats or drinks is the verb's object, with no «con». Part of
the prepositions family (rules/prepositions.py lists it)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.tokens import BOUNDARY


def _food_after(ctx: Context, j: int) -> int | None:
    """The end of a food or drink at j, bare or after an article, that closes the clause,
    else None («con mucha sal»: how much; «con pan y mis tíos»: who else). After an
    article the noun is what is meant («un helado», not the adjective); foods joined by
    «y» are one object («con pavo y turrón»)."""
    a = ctx.analysis
    article = a.at(j) in (*ctx.words["articles"], *ctx.words["indefinite"])
    k = j + article
    foods = set(ctx.words["food_classes"])
    nouns = a.of(k, "NOUN")
    if not (a.only(k, "NOUN") or (article and nouns)) or a.original(k)[:1].isupper():
        return None
    if not all(f.classes & foods for f in nouns):
        return None
    if a.at(k + 1) in ctx.words["and"] and k + 2 < len(a):
        return _food_after(ctx, k + 2)
    ends = k + 1 >= len(a) or a.at(k + 1) in (BOUNDARY, *ctx.words["after_food"])
    return k + 1 if ends else None


def food_with(ctx: Context):
    """Finder: a verb of eating or drinking with no object before it, then «con» and a food
    or a drink that ends the clause: the food is the object («comimos pavo»)."""
    a = ctx.analysis
    eating = set(ctx.words["food_object_verbs"])
    for i in range(len(a) - 2):
        verbs = a.of(i, "VERB")
        if not verbs or not all(f.lemma in eating and f.form != "part" for f in verbs):
            continue
        if a.at(i + 1) not in ctx.words["with"] or a.of(i - 1, "CLITIC"):
            continue  # «se comen con pan», «lo comimos con arroz»: its object is said
        if _food_after(ctx, i + 2) is not None:
            yield Hit(i, i + 2, a.original(i))
