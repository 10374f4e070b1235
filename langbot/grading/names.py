"""Whether a capitalised word the lexicon does not know heads a name: the subject of a verb
in the third person («Hasan tiene…», «Perec y Freeman son…»)."""

from langbot.grading.lexicon import lexicon
from langbot.grading.tokens import BOUNDARY, Tokens

SUBJECT_TO_VERB = frozenset({"PRON", "ADV"})  # a clitic or «no» between a subject and its verb


def capitalised(tokens: Tokens, i: int) -> bool:
    """The word is written with a capital."""
    return tokens.original_text(i, i + 1)[:1].isupper()


def _readings(word: str) -> tuple:
    return tuple(r for r in lexicon().readings_folded(word) if r.source != "suffix")


def heads_a_name(tokens: Tokens, i: int) -> bool:
    """A capitalised word that, with the capitalised words after it (and names joined to it
    by «y»), is the subject of a verb in the third person («Hasan tiene…», «Hasan Minhaj
    es…», «Selena no lo sabía», «Perec y Freeman son…») is a name; «Grasias Sofía» is not."""
    words, j = tokens.words, i + 1
    while (
        j < len(words)
        and words[j] != BOUNDARY
        and (capitalised(tokens, j) or _joins_names(tokens, j))
    ):
        j += 1
    for _ in range(3):  # a negation and clitics may come between
        if j >= len(words) or words[j] == BOUNDARY:
            return False
        readings = _readings(tokens.original_text(j, j + 1))  # as written: «sabía»
        if any(r.verbform == "Fin" and r.person == "3" for r in readings):
            return True
        if not any(r.upos in SUBJECT_TO_VERB for r in readings):
            return False
        j += 1
    return False


def _joins_names(tokens: Tokens, j: int) -> bool:
    """A conjunction between two capitalised words («Perec y Freeman»)."""
    after = j + 1 < len(tokens.words) and tokens.words[j + 1] != BOUNDARY
    conjunction = any(r.upos == "CCONJ" for r in _readings(tokens.words[j]))
    return conjunction and after and capitalised(tokens, j + 1)
