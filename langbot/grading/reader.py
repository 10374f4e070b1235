"""The grammar error type, and how messages name a verb's person."""

from dataclasses import dataclass

from langbot.conversation import ErrorKind
from langbot.grading.words import grader_words

PERSON_NAMES = grader_words().person_names


@dataclass(frozen=True)
class GrammarError:
    """One definite mistake: its kind, a message for the learner, and the fix if known."""

    kind: ErrorKind
    message: str
    start: int = -1
    end: int = -1
    fix: str | None = None
