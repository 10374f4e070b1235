"""«Ponemos seis de huevos», «compro tres de manzanas»: a number counts its noun straight,
with no «de» («seis huevos»); «de» after a number takes a determiner («seis de los
huevos»: some of them) or a pronoun («tres de ellos»). Part of the prepositions family
(rules/prepositions.py)."""

from langbot.grading.rules.base import Context, Hit


def number_of_bare_noun(ctx: Context):
    """Finder: a numeral above one, «de», then a plural noun with no determiner: no «de»."""
    a = ctx.analysis
    of = ctx.words["of"][0]
    for i in range(len(a) - 2):
        if not a.only(i, "NUM") or a.at(i) in ctx.words["one"] or a.at(i + 1) != of:
            continue
        if a.of(i - 1, "DET") or a.original(i + 2)[:1].isupper():
            continue  # «el dos de copas», «las dos de la tarde»; a name
        nouns = a.of(i + 2, "NOUN")
        if not nouns or not a.only(i + 2, "NOUN") or any(f.number != "p" for f in nouns):
            continue
        yield Hit(i, i + 2, a.original(i))
