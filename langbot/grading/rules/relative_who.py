"""«La persona quien admiro», «el hombre quien vive aquí»: right after its noun, with no
comma and no preposition, a clause about the noun opens with «que» («quien» needs a comma
before it, «mi tío, quien vive aquí», or a preposition, «la chica con quien salgo»)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.name_spans import name_like
from langbot.grading.tokens import BOUNDARY


def who_after_noun(ctx: Context):
    """«quien» right after a common noun, or after a noun and its adjective (the plural
    «quienes» is left: correctors keep it where a comma was dropped); not when ser
    comes before it in the clause («fue el profesor quien me lo dijo»: a cleft), unless
    an indefinite article opens the noun («es una mujer quien ayuda…» describes her)."""
    a = ctx.analysis
    for i in range(1, len(a)):
        if a.at(i) not in ctx.words["who_one"] or a.accented(i):
            continue
        noun = i - 1 - bool(a.only(i - 1, "ADJ") and a.of(i - 2, "NOUN"))
        if not a.of(noun, "NOUN") or name_like(a, noun) or a.original(noun)[:1].isupper():
            continue
        if a.of(noun, "VERB") and not a.of(noun - 1, "DET"):
            continue  # «no me importa quien gane»: a verb, not a noun
        indefinite = any(a.at(k) in ctx.words["someone_unnamed"] for k in (noun - 1, noun - 2))
        if indefinite or not _being_before(ctx, noun):  # «es una mujer quien…»: no cleft
            yield Hit(i, i + 1, ctx.spelled["relative"][0])


def _being_before(ctx: Context, k: int) -> bool:
    """A form of ser before token k in its clause."""
    a = ctx.analysis
    while k >= 0 and a.at(k) != BOUNDARY:
        if any(f.lemma in ctx.words["being"] for f in a.of(k, "VERB")):
            return True
        k -= 1
    return False
