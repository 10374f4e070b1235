"""Spanish writes the sound /kw/ before «a» and «o» with «cu», never «qu»: a word unknown as
written that is known once its «qu» is «cu» («¿Quántas pastillas?»: «Cuántas»). A capital
inside the sentence is a name («Quarto»), left alone. Part of the constructions family
(rules/constructions.py)."""

from langbot.grading.lexicon import lexicon
from langbot.grading.rules.base import Context, Hit


def _respelt(ctx: Context, word: str) -> str | None:
    """The word with its «qu» before «a» or «o» written «cu», when only that is known."""
    lowered = word.lower()
    if not any(wrong in lowered for wrong in ctx.spelled["qu_onsets"]):
        return None  # no «qu» onset to respell: the lexicon need not be asked
    if lexicon().readings_folded(word):
        return None
    for wrong, right in zip(ctx.spelled["qu_onsets"], ctx.spelled["cu_onsets"], strict=True):
        start = lowered.find(wrong)
        if start < 0:
            continue
        head = right[:1].upper() if word[start].isupper() else right[:1]
        fixed = word[:start] + head + right[1:] + word[start + len(wrong) :]
        if lexicon().readings_folded(fixed):
            return fixed
    return None


def qu_spelling(ctx: Context):
    """«¿Quántas pastillas tomo?»: «qu» before «a» or «o» is «cu» in Spanish."""
    a = ctx.analysis
    for i in range(len(a)):
        word = a.original(i)
        if not word.isalpha() or (word[:1].isupper() and i > 0 and a.at(i - 1).isalpha()):
            continue
        if fixed := _respelt(ctx, word):
            yield Hit(i, i + 1, fixed)
