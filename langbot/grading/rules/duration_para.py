"""«Viví en Madrid para dos años»: how long something went on takes «durante» (or «por»),
not «para», the English «for». Part of the prepositions family (rules/prepositions.py)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.tokens import BOUNDARY
from langbot.text import fold

PAST = ("past", "impf")
"""The verb forms that tell what went on in the past."""


def _span_after(ctx: Context, j: int) -> bool:
    """From j, an amount (a number, «muchos»…) and a plural unit of time (años, semanas)
    with no «después» or «antes» after it («para dos días después» says when)."""
    a = ctx.analysis
    counted = a.of(j, "NUM") or a.at(j).isdigit() or a.at(j) in ctx.words["duration_amounts"]
    units = a.of(j + 1, "NOUN")
    if not counted or not units or not a.only(j + 1, "NOUN"):
        return False
    if not all(fold(f.lemma) in ctx.words["duration_units"] and f.number == "p" for f in units):
        return False
    return a.at(j + 2) not in ctx.words["relative_times"]


def _went_on(ctx: Context, i: int) -> bool:
    """«para» at i follows a past verb of its clause directly, or past the verb's adverbs,
    its place or a bare language or subject: not another noun, which «para» may say what
    it is for («compró comida para dos años»)."""
    a = ctx.analysis
    k = i - 1
    if a.of(k, "DET") or (a.of(k, "NOUN") and a.of(k - 1, "DET")):
        return False
    done = set(ctx.words["activity_noun_classes"])
    if a.only(k, "NOUN") and not all(f.classes & done for f in a.of(k, "NOUN")):
        return False  # «compró comida para dos años»: food enough for them
    while k >= 0 and a.at(k) != BOUNDARY:
        if any(f.form in PAST and f.person for f in a.of(k, "VERB")) and a.only(k, "VERB"):
            return True
        k -= 1
    return False


def duration_with_para(ctx: Context):
    """Finder: «para» before an amount of time, after a past verb that went on that long:
    «durante» («estudié español para tres años» → durante tres años)."""
    a = ctx.analysis
    for i in range(1, len(a) - 2):
        if a.at(i) in ctx.words["purpose"] and _span_after(ctx, i + 1) and _went_on(ctx, i):
            yield Hit(i, i + 1, ctx.spelled["during"][0])
