"""A colour said of the thing wanted takes no «de» before it: «las quiero negras», not «las
quiero de negras»; «de negro», «de azul», «de rosa» (the colour as a noun: «vestida de negro»)
are left. Part of the constructions family (rules/constructions.py)."""

from langbot.grading.rules.base import Context, Hit


def colour_after_de(ctx: Context):
    """«La quiero de roja»: «de» between a verb and a colour adjective in the feminine or
    the plural, which can only describe the thing, not name the colour."""
    a = ctx.analysis
    colours = set(ctx.words["colour_classes"])
    for i in range(1, len(a) - 1):
        if a.at(i) not in ctx.words["colour_links"] or not a.of(i - 1, "VERB"):
            continue
        adjectives = a.of(i + 1, "ADJ")
        if not any(f.classes & colours for f in adjectives) or a.of(i + 1, "NOUN"):
            continue
        if any(f.gender != "f" and f.number != "p" for f in adjectives):
            continue  # «de negro», «de azul»: the colour as a noun
        if i + 2 < len(a) and a.of(i + 2, "NOUN"):
            continue  # «de rojas flores»: a noun phrase
        yield Hit(i, i + 2, a.original(i + 1))
