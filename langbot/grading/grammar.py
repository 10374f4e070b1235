"""Definite beginner errors, found with certainty or not at all.

Each check flags a mistake only when the words leave no doubt (a known noun with a known
gender, a known verb form after an explicit subject...). An unknown word is never an error.
Each error carries the fix, so a reveal can correct the learner's own sentence.
"""

from langbot.grading.combined import one_per_mistake
from langbot.grading.knowledge import Knowledge
from langbot.grading.reader import PERSON_NAMES, ErrorKind, GrammarError
from langbot.grading.rules.registry import run_rules
from langbot.grading.tokens import Tokens

__all__ = ["PERSON_NAMES", "ErrorKind", "GrammarError", "check_grammar"]


def check_grammar(
    tokens: Tokens,
    kb: Knowledge,
    reflexive_verbs: dict[str, str] | None = None,
    subject: tuple[str | None, str] = (None, "s"),
    age_step: bool = False,
    persons: dict[str, str] | None = None,
    infinitives: frozenset[str] = frozenset(),
    step_verbs: frozenset[str] = frozenset(),
    past_verbs: dict[str, tuple[str, str]] | None = None,
) -> list[GrammarError]:
    """Every definite beginner error in an answer, in reading order."""

    def found(answer: Tokens) -> list[GrammarError]:
        return _errors(
            run_rules(
                answer,
                kb,
                reflexive_verbs,
                subject,
                age_step,
                persons,
                infinitives=infinitives,
                step_verbs=step_verbs,
                past_verbs=past_verbs,
            )
        )

    return one_per_mistake(found(tokens), tokens, found)


def _errors(found: list[tuple[str, GrammarError]]) -> list[GrammarError]:
    """The rules' errors in reading order, one of a kind at a word."""
    seen, out = set(), []
    for e in sorted((e for _, e in found), key=lambda e: e.start):
        if (e.start, e.kind) not in seen:
            seen.add((e.start, e.kind))
            out.append(e)
    return out
