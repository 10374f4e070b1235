"""«Muchos autores quien el público no conocía»: «quien» agrees in number with the people it
stands for, so after a plural noun it is «quienes». Part of the agreement family
(rules/agreement.py lists it)."""

from langbot.grading.rules.base import Context, Hit


def _plural_noun(ctx: Context, j: int) -> bool:
    """Token j is only a plural noun, written small (not a name)."""
    a = ctx.analysis
    nouns = a.of(j, "NOUN")
    return a.only(j, "NOUN") and all(f.number == "p" for f in nouns) and a.original(j)[:1].islower()


def relative_number(ctx: Context):
    """Finder: «quien» right after a plural noun, or after it and a preposition («los amigos
    con quien salgo»): «quienes»; not «quién sabe» (who knows), said aside."""
    a = ctx.analysis
    single, plural = ctx.words["relative_people"][0], ctx.spelled["relative_people"][1]
    for i in range(1, len(a)):
        if a.at(i) != single or a.accented(i) or a.at(i + 1) in ctx.words["who_knows"]:
            continue  # «quién»: who, asking («pregunté a los niños quién vino»)
        j = i - 2 if a.only(i - 1, "ADP") else i - 1
        if ctx.words["personal_a"][0] in (a.at(j - 1), a.at(j - 2)):
            continue  # «pregunté a los niños quien vino»: the asking's accent left out
        if _plural_noun(ctx, j):
            fix = plural[:1].upper() + plural[1:] if a.original(i)[:1].isupper() else plural
            yield Hit(i, i + 1, fix)
