"""How a dish is cooked takes «a» and the article, not «en»: «el pescado a la plancha», «verduras
al vapor». «En la plancha» right after the dish says how it comes when the dish is asked for
(a verb of wanting or ordering, or none: «El pescado en la plancha, por favor»); after a verb
that puts or cooks it («pon el pescado en la plancha») it says where, and is right. Part of
the everyday family; the words are in data/rules/everyday.yaml."""

from langbot.grading.rules.base import Context, Hit


def _asked_for(ctx: Context, k: int) -> bool:
    """Every verb of the clause before token k is one of asking for a dish (or there is none)."""
    a = ctx.analysis
    start = next((s for s, e in a.clauses if s <= k < e), 0)
    verbs = [a.of(j, "VERB") for j in range(start, k) if a.only(j, "VERB")]
    return all(any(f.lemma in ctx.words["asking_lemmas"] for f in v) for v in verbs)


def dish_manner_with_a(ctx: Context):
    """«Quiero el pescado en la plancha»: «a la plancha» (al vapor, a la parrilla)."""
    a = ctx.analysis
    food = set(ctx.words["dish_classes"])
    for i in range(1, len(a) - 2):
        if a.at(i) not in ctx.words["in"] or a.at(i + 1) not in ctx.words["manner_articles"]:
            continue
        if not any(f.lemma in ctx.words["cooking_manners"] for f in a.of(i + 2, "NOUN")):
            continue
        dishes = a.of(i - 1, "NOUN")
        if not dishes or not all(f.classes & food for f in dishes) or not _asked_for(ctx, i):
            continue
        article = ctx.words["manner_articles"].index(a.at(i + 1))
        yield Hit(i, i + 2, ctx.spelled["manner_fixes"][article])
