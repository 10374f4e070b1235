"""Where a name stands in a sentence: capitalised words the lexicon does not know."""

from langbot.grading.language import common_spanish
from langbot.grading.names import heads_a_name
from langbot.grading.near_word_settings import near_words
from langbot.grading.slips import joined_phrase, run_together
from langbot.grading.tokens import BOUNDARY


def name_end(a, j: int) -> int:
    """The end of a name from j: a capitalised word the lexicon does not know, and the
    capitalised words after it that cannot be verbs (Stephen King)."""
    if j >= len(a) or not a.original(j)[:1].isupper() or a.readings[j]:
        return j
    j += 1
    while j < len(a) and a.original(j)[:1].isupper() and not a.of(j, "VERB"):
        j += 1
    return j


def name_like(a, i: int) -> bool:
    """Token i may be a name: a capitalised word the lexicon does not know, or, opening the
    sentence, one it knows only as a common noun of no class (Kit, from «kit»)."""
    if not 0 <= i < len(a) or not a.original(i)[:1].isupper():
        return False
    if not a.readings[i]:
        return not _run_together(a, i)
    opening = i == 0 or a.at(i - 1) == BOUNDARY
    return opening and all(f.pos == "NOUN" and not f.classes for f in a.readings[i])


def _run_together(a, i: int) -> bool:
    """Token i opens the sentence as a pronoun and a common verb written as one word
    («Legusta la música»), or a preposition and the words after it («Alomejor voy»: «a lo
    mejor»), and heads no verb in the third person, as a name would (as spelling.py reads
    it; «Leslie vive…», «Leslie vivo…»: «lie» is no common verb)."""
    if i > 0 and a.at(i - 1) != BOUNDARY:
        return False
    found = run_together(a.at(i), near_words().clitics)
    if (found is None or not common_spanish(found.split()[-1])) and not joined_phrase(a.at(i)):
        return False
    return not heads_a_name(a.tokens, i)
