"""Misspelled lesson words: only where the correction is certain.

A word counts as misspelled when it is no known Spanish word and one or two letters away
from a word the step expects, and (inside the answer's core) when correcting it makes the
answer right. Names and other unknown words are never errors.
"""

from functools import lru_cache

from langbot.grading.grammar import GrammarError
from langbot.grading.knowledge import Knowledge
from langbot.grading.language import _frequencies, common_spanish
from langbot.grading.matching import find_core, tag_stream
from langbot.grading.meaning import meaning_cores
from langbot.grading.tokens import BOUNDARY, Tokens
from langbot.lessons import Lesson
from langbot.notation import check_pattern
from langbot.text import edit_distance, fold


def distance(a: str, b: str, limit: int = 2) -> int:
    """Damerau-Levenshtein distance (optimal string alignment), cut off at `limit` + 1."""
    return edit_distance(a, b, limit)


def _allowed(word: str) -> int:
    return 1 if len(word) <= 4 else 2


@lru_cache(maxsize=1024)
def _targets(lesson: Lesson, number: int) -> frozenset[str]:
    step = lesson.step(number)
    words = set()
    for source in step.accept:
        words |= {fold(w) for w in check_pattern(source).literal_words}
    for values in step.slots.values():
        if isinstance(values, list):
            for v in values:
                words.update(fold(v).split())
    return frozenset(w for w in words if len(w) >= 3)


def _known(word: str, kb: Knowledge) -> bool:
    es, _ = _frequencies()
    return word in kb.spanish_words or word in es or word.isdigit() or common_spanish(word)


def _nearest(word: str, targets) -> str | None:
    best, best_d = None, 99
    for t in targets:
        d = distance(word, t, 2)
        if d < best_d and d <= _allowed(t) and d < len(t) // 2 + 1:
            best, best_d = t, d
    return best


def correct_spelling(
    lesson: Lesson, number: int, tokens: Tokens, kb: Knowledge
) -> list[GrammarError]:
    """If fixing near-miss words makes the core appear, those words are spelling errors."""
    targets = _targets(lesson, number)
    fixes = {}
    for i, word in enumerate(tokens.words):
        if word == BOUNDARY or word in targets or word in kb.persons or len(word) < 2:
            continue
        if word in kb.vocabulary.nouns or word in kb.vocabulary.adjectives:
            continue
        if word in kb.vocabulary.function_words or _frequencies()[0].get(word, 0.0) > 2e-5:
            continue  # a common Spanish word ("por") is no misspelling, whatever it is near
        near = _nearest(word, targets)
        if near:
            fixes[i] = near
    if not fixes:
        return []
    fixed = Tokens(
        tokens.original, tuple(fixes.get(i, w) for i, w in enumerate(tokens.words)), tokens.spans
    )
    if find_core(lesson, number, tag_stream(fixed, kb)) is None and not meaning_cores(
        lesson.step(number), fixed, kb
    ):
        return []
    return [
        GrammarError("spelling", f"Check the spelling of «{tokens.original_text(i, i + 1)}».", i, i + 1, fixes[i])
        for i in sorted(fixes)
    ]  # fmt: skip


@lru_cache(maxsize=1)
def _courtesy_words(kb: Knowledge) -> frozenset[str]:
    words = {w for w in kb.words.courtesy_numbers if len(w) >= 4}
    for group in ("thanks", "politeness", "greeting", "farewell"):
        for phrase in kb.vocabulary.phrases.get(group, ()):
            words.update(w for w in phrase.split() if len(w) >= 5)
    return frozenset(words)


@lru_cache(maxsize=1)
def _long_nouns(kb: Knowledge) -> tuple[str, ...]:
    return tuple(n for n in kb.vocabulary.nouns if len(n) >= 6 and " " not in n)


def _nearest_noun(word: str, kb: Knowledge) -> str | None:
    """A long lesson noun one letter away ("fubol" for fútbol)."""
    if len(word) < 5:
        return None
    for noun in _long_nouns(kb):
        if abs(len(noun) - len(word)) <= 1 and noun[0] == word[0] and distance(word, noun, 1) <= 1:
            return noun
    return None


def step_words(lesson: Lesson, number: int) -> frozenset[str]:
    """The words a step's patterns and values spell out (for near-miss spellings)."""
    return _targets(lesson, number)


def misspelled_extras(
    tokens: Tokens, kb: Knowledge, skip: set[int], step_words: frozenset[str] = frozenset()
) -> list[GrammarError]:
    """Unknown words around a right core that are near-misses of courtesy or step words."""
    errors = []
    targets = _courtesy_words(kb) | step_words
    for i, word in enumerate(tokens.words):
        if i in skip or word == BOUNDARY or len(word) < 3 or _known(word, kb):
            continue
        first = i == 0 or tokens.words[i - 1] == BOUNDARY
        if tokens.original_text(i, i + 1)[:1].isupper() and not first:
            continue  # a capital inside a sentence: most likely a name
        if word in _frequencies()[1]:
            continue  # an English word is not a misspelling
        near = _nearest(word, targets) or _nearest_noun(word, kb)
        if near:
            errors.append(
                GrammarError(
                    "spelling",
                    f"Check the spelling of «{tokens.original_text(i, i + 1)}».",
                    i,
                    i + 1,
                    near,
                )
            )
    return errors  # fmt: skip
