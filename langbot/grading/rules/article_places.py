"""Places in directions take the article: «cerca del parque», «al lado de la estación»,
«¿Dónde está el banco?» (a place one is pointed to is a known one)."""

from langbot.grading.rules.base import Context, Hit


def _article_fix(ctx: Context, i: int) -> str | None:
    """«el», «la»… for the one place noun at i (singular), or None."""
    a = ctx.analysis
    nouns = a.of(i, "NOUN")
    if not a.only(i, "NOUN") or len(nouns) != 1 or a.at(i) in ctx.words["bare_places"]:
        return None
    noun = nouns[0]
    if a.at(i) not in ctx.words["places"] and not noun.classes & set(ctx.words["place_classes"]):
        return None  # a place or a thing of the vocabulary: «al lado de salón», «encima de mesa»
    if noun.number != "s" or noun.gender not in ctx.words["genders"] or a.original(i)[:1].isupper():
        return None  # «cerca de Museo Reina Sofía»: a name
    return ctx.spelled["definite"][ctx.words["genders"].index(noun.gender)]


def near_place_without_article(ctx: Context):
    """«Está cerca de parque»: after «cerca de», «al lado de»… a place takes the article."""
    a = ctx.analysis
    joined = dict(zip(ctx.words["joins"], ctx.spelled["joined"], strict=True))
    for i in range(1, len(a) - 1):
        if a.at(i) not in ctx.words["of"] or a.at(i - 1) not in ctx.words["near"]:
            continue
        article = _article_fix(ctx, i + 1)
        if article:
            both = f"{a.at(i)} {article}"
            fix = joined.get(both, f"{a.original(i)} {article}")
            yield Hit(i, i + 2, f"{fix} {a.original(i + 1)}")


def where_without_article(ctx: Context):
    """«¿Dónde está banco?»: the place asked for takes the article («¿Dónde está el banco?»)."""
    a = ctx.analysis
    for i in range(len(a) - 2):
        if a.at(i) not in ctx.words["where"]:
            continue
        if not any(f.lemma in ctx.words["to_be_at"] for f in a.of(i + 1, "VERB")):
            continue
        article = _article_fix(ctx, i + 2)
        if article:
            yield Hit(i + 2, i + 3, f"{article} {a.original(i + 2)}")
