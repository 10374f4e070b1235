"""A number spelt as another word, which the noun it counts gives away: «tiene vente años» is
«veinte» («vente» is «come!»); out of that context it is no error. A counted noun written
without its ñ («tengo diecinueve anos») is no error: the step's accent notes name it, as they
name a missing accent (the eval sets and the COWS-L2H correctors accept it). Part of the
constructions family (rules/constructions.py)."""

from langbot.grading.lexicon import lexicon
from langbot.grading.rules.base import Context, Hit
from langbot.text import fold


def _numeral_spelling(ctx: Context, i: int) -> str | None:
    """A number before a plural noun spelt unlike the number it is read as («vente años»:
    «veinte»); not a form of its own (gender «media», shortening «un», «veintiún»)."""
    a = ctx.analysis
    word = a.at(i)
    numbers = {f.lemma for f in a.of(i, "NUM")}
    if len(numbers) != 1 or not word.isalpha():
        return None
    lemma = numbers.pop()
    folded = fold(lemma)
    if folded == word or folded[:-1] == word[:-1] or folded.startswith(word):
        return None
    if not any(r.upos == "NUM" and r.lemma == lemma for r in lexicon().readings(lemma)):
        return None
    plural = any(f.number == "p" for f in a.of(i + 1, "NOUN"))
    return lemma if plural else None


def counted_spelling(ctx: Context):
    """«Tiene vente años»: a number misspelt as another word before the noun it counts."""
    a = ctx.analysis
    for i in range(len(a)):
        if fix := _numeral_spelling(ctx, i):
            yield Hit(i, i + 1, fix)
