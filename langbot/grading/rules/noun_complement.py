"""«Entrevista de trabaja»: after a noun and «de», a verb form one vowel away from a noun
of the verb's own stem may be that noun misspelt (trabajo), so no infinitive is the cue.
Used by finite_after_a (rules/verb_chains.py)."""

from langbot.grading.lexicon import lexicon
from langbot.grading.rules.base import Context
from langbot.text import fold


def noun_meant(ctx: Context, i: int, written: str, lemma: str) -> bool:
    """After a noun and «de» at i, the verb form is, with another last vowel, a
    noun of the verb's own stem: a noun's complement («entrevista de trabajo») may be meant."""
    a = ctx.analysis
    if a.at(i) not in ctx.words["of"] or not a.of(i - 1, "NOUN"):
        return False
    stem = fold(lemma)[:-2]
    return any(
        stem + vowel != fold(written) and "NOUN" in lexicon().upos_set(stem + vowel)
        for vowel in "oae"
        if fold(written)[:-1] == stem
    )
