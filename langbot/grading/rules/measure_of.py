"""«Un kilo fresas»: a counted unit of measure names what it measures with «de» («un kilo de
fresas», «dos litros de leche»). Part of the prepositions family (rules/prepositions.py
lists it)."""

from langbot.grading.rules.base import Context, Hit


def measure_without_of(ctx: Context):
    """Finder: a determiner, a number or «medio» before a unit of measure, then a word that can only
    be a common noun: «de» is missing between them."""
    a = ctx.analysis
    units = ctx.words["measure_units"]
    for i in range(1, len(a) - 1):
        if not any(f.lemma in units for f in a.of(i, "NOUN")):
            continue
        counted = (
            a.at(i - 1) in ctx.words["unit_counters"] or a.of(i - 1, "NUM") or a.of(i - 1, "DET")
        )
        if not counted:
            continue
        j = i + 1
        if not a.only(j, "NOUN") or a.original(j)[:1].isupper() or not a.at(j).isalpha():
            continue
        if any(f.lemma in units for f in a.of(j, "NOUN")):
            continue
        yield Hit(i, i + 1, f"{a.original(i)} {ctx.spelled['of'][0]}")
