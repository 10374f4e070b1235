"""Feminine nouns that take «el» and «un» because their first syllable is a stressed a
(«el agua», «un arpa»): a listed word, or one the lexicon knows as a feminine singular
noun whose spelling puts the stress there («arpa», «alza», «hacha»; «águila» by its lemma)."""

from functools import lru_cache

from langbot.grading.lexicon import RULES_IGNORE, lexicon
from langbot.text import has_accent

_VOWELS, _STRONG = "aeiou", "aeo"
_PAROXYTONE_ENDS = "aeious" + "n"  # a word ending so, unaccented, stresses its next-to-last


def _syllables(folded: str) -> int:
    """Vowel nuclei of a folded word: a run of vowels is one, but two strong ones meet in
    two syllables («aldea»)."""
    count, previous = 0, ""
    for ch in folded:
        if ch in _VOWELS:
            if not previous or (ch in _STRONG and previous in _STRONG):
                count += 1
            previous = ch
        else:
            previous = ""
    return count


@lru_cache(maxsize=2048)
def _stressed_by_spelling(folded: str) -> bool:
    if not folded.startswith(("a", "ha")):
        return False
    nouns = [
        r
        for r in lexicon().readings_folded(folded)
        if r.upos == "NOUN" and r.source not in RULES_IGNORE
    ]
    feminine = [r for r in nouns if r.gender == "Fem" and r.number == "Sing"]
    if not feminine or len(feminine) != len(nouns):
        return False
    return all(_first_syllable_stressed(r.lemma.lower()) for r in feminine)


def _first_syllable_stressed(lemma: str) -> bool:
    """«águila», «arpa», «hacha»: a written accent on the first a, or none and two syllables
    with the stress on the next-to-last («acción» has its accent elsewhere)."""
    if lemma.startswith(("á", "há")):
        return True
    if has_accent(lemma) or not lemma.startswith(("a", "ha")):
        return False
    return lemma[-1] in _PAROXYTONE_ENDS and _syllables(lemma) == 2


class StressedA(frozenset):
    """The listed folded nouns that take «el» and «un» though feminine; `in` also finds the
    ones the lexicon's spelling gives (iterating gives the listed ones only)."""

    def __contains__(self, folded: object) -> bool:
        return frozenset.__contains__(self, folded) or (
            isinstance(folded, str) and _stressed_by_spelling(folded)
        )
