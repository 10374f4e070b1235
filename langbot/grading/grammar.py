"""Definite beginner errors, found with certainty or not at all.

Each check flags a mistake only when the words leave no doubt (a known noun with a known
gender, a known verb form after an explicit subject...). An unknown word is never an error.
Each error carries the fix, so a reveal can correct the learner's own sentence.
"""

from langbot.grading.agreement import _agreement, _copula_agreement, _numerals
from langbot.grading.knowledge import Knowledge
from langbot.grading.reader import PERSON_NAMES, ErrorKind, GrammarError, _Reader
from langbot.grading.tokens import Tokens
from langbot.grading.usage import _calques, _gustar, _ser_estar
from langbot.grading.verb_checks import _irregular, _little_words, _reflexives, _verb_person

__all__ = ["PERSON_NAMES", "ErrorKind", "GrammarError", "check_grammar"]


def check_grammar(
    tokens: Tokens,
    kb: Knowledge,
    reflexive_verbs: dict[str, str] | None = None,
    subject: tuple[str | None, str] = (None, "s"),
    age_step: bool = False,
) -> list[GrammarError]:
    """Every definite beginner error in an answer, in reading order."""
    r = _Reader(tokens, kb)
    errors = (
        _agreement(r)
        + _copula_agreement(r, *subject)
        + _numerals(r)
        + _verb_person(r)
        + _irregular(r)
        + _little_words(r)
        + _gustar(r)
        + _ser_estar(r, age_step)
        + _calques(r)
        + _reflexives(r, reflexive_verbs or {})
    )
    seen, out = set(), []
    for e in sorted(errors, key=lambda e: e.start):
        if (e.start, e.kind) not in seen:
            seen.add((e.start, e.kind))
            out.append(e)
    return out
