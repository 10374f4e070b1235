"""«Hay mi hermano en casa»: hay says that something new exists («hay un…», «hay dos…»);
someone's own person or thing is known, and where it is takes estar. Part of the
constructions family (rules/constructions.py)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.copula_forms import copula_form
from langbot.grading.rules.subjects import PERSON


def hay_with_possessive(ctx: Context):
    """Hay (or había) right before a possessive and its noun: «hay mi hermano en casa»,
    «había sus libros en la mesa»; the fix says where it is with estar («mi hermano está»)."""
    a = ctx.analysis
    there = {*ctx.words["there_is"], *ctx.words["there_was"]}
    estar = ctx.words["copulas"][1]
    for i in range(len(a) - 2):
        if a.at(i) not in there or a.at(i + 1) not in ctx.words["possessives"]:
            continue
        np = a.noun_phrase(i + 1)
        if np is None or np.noun.number not in PERSON:
            continue
        tense = "impf" if a.at(i) in ctx.words["there_was"] else "pres"
        verb = copula_form(ctx, estar, tense, PERSON[np.noun.number])
        if verb:
            yield Hit(i, np.end, f"{a.tokens.original_text(i + 1, np.end)} {verb}")
