"""A plural or feminine that keeps its singular masculine's accent («habitaciónes»)."""

from langbot.grading.grammar import GrammarError
from langbot.grading.knowledge import Knowledge
from langbot.grading.lexicon import lexicon
from langbot.grading.tokens import BOUNDARY, Tokens
from langbot.text import has_accent

GUESSED = frozenset({"derived", "suffix"})  # lexicon readings made by rule, not attested


def misplaced_accents(tokens: Tokens, kb: Knowledge, skip: set[int]) -> list[GrammarError]:
    """A plural or a feminine that keeps the accent of its singular masculine
    («habitaciónes», «inglésa»: «habitaciones», «inglesa»): the accented form is no word,
    its stem with the accent is one, and the form without it is attested."""
    errors = []
    lex = lexicon()
    for i, word in enumerate(tokens.words):
        written = tokens.original_text(i, i + 1).lower()
        if (
            i in skip
            or word == BOUNDARY
            or written == word
            or tokens.original_text(i, i + 1)[:1].isupper()
        ):
            continue
        stems = [written.removesuffix(e) for e in kb.words.inflected_endings if written.endswith(e)]
        if lex.readings(written) or not any(has_accent(s) and lex.readings(s) for s in stems):
            continue
        if lex.spellings(word) == (word,) and any(
            r.source not in GUESSED for r in lex.readings(word)
        ):
            quoted = tokens.original_text(i, i + 1)
            errors.append(
                GrammarError("spelling", f"Check the accent of «{quoted}».", i, i + 1, word)
            )
    return errors
