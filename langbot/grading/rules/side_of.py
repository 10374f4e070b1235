"""«A lado de», «en lado de»: next to something is «al lado de». Part of the prepositions
family (rules/prepositions.py lists it)."""

from langbot.grading.rules.base import Context, Hit


def side_without_article(ctx: Context):
    """Finder: «a» or «en» + «lado» + «de» with no article: «a lado de la fuente» is «al lado
    de». Not «de lado a lado» nor «al otro lado» (no «de» right after «lado» there)."""
    a = ctx.analysis
    for i in range(len(a) - 2):
        if a.at(i) in ctx.words["side_openers"] and a.at(i + 1) in ctx.words["side"]:
            if a.at(i + 2) in ctx.words["side_links"]:
                yield Hit(i, i + 2, f"{ctx.words['joined_to'][0]} {a.original(i + 1)}")
