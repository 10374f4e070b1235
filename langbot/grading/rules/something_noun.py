"""«Había algo cosa», «tengo algo dinero»: «algo» stands alone (or before an adjective,
«algo bueno»); before a noun Spanish says «algo de» («algo de dinero») or the determiner
«algún», «alguna» («alguna cosa»)."""

from langbot.grading.rules.base import Context, Hit


def something_before_noun(ctx: Context):
    """«algo» right before a word that can only be a common noun (no capital: a name)."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        if a.at(i) not in ctx.words["something"]:
            continue
        readings = a.readings[i + 1]
        if readings and all(f.pos == "NOUN" for f in readings):
            if not a.original(i + 1)[:1].isupper():
                yield Hit(i, i + 2, None, {"noun": a.original(i + 1)})
