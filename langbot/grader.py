"""The built-in grader: judges one answer to one step, offline, in well under a millisecond."""

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from langbot.grammar import Lexicon, check_grammar, expected_persons
from langbot.grading.language import _frequencies, is_english, is_injection, is_question
from langbot.lessons import Lesson, Step
from langbot.patterns import FILLER_WORDS
from langbot.text import accented_words, fold, has_accent

Category = Literal["correct", "grammar", "context", "english", "off_topic", "injection"]
MISS_CATEGORIES: tuple[Category, ...] = ("grammar", "context", "english", "off_topic", "injection")
_WORD = re.compile(r"\w+")
_CAPITALISED_SLOTS = {"name", "place", "city", "country", "person"}


@dataclass(frozen=True)
class Verdict:
    """What the grader concluded about one answer."""

    correct: bool
    category: Category
    errors: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    slots: tuple[tuple[str, str], ...] = ()
    certain: bool = False

    @property
    def facts(self) -> dict[str, str]:
        """The slot values the learner gave (their name, their city...)."""
        return dict(self.slots)


@dataclass(frozen=True)
class _StepInfo:
    expected: dict[str, set[str]]
    known_accented: dict[str, str]
    spelling_targets: tuple[str, ...]


@lru_cache(maxsize=64)
def lexicon_for(lesson: Lesson) -> Lexicon:
    """The grammar lexicon built from a lesson's vocabulary (cached per lesson)."""
    return Lexicon.from_vocabulary(lesson.vocabulary)


@lru_cache(maxsize=64)
def spanish_words_for(lesson: Lesson) -> frozenset[str]:
    """Every folded word the lesson itself uses, so it is never taken for English."""
    out: set[str] = set()
    for step in lesson.steps:
        for text in (
            step.bot,
            step.model_answer,
            *step.accept,
            *(v for values in step.slots.values() if isinstance(values, list) for v in values),
            *(item.word for item in step.vocabulary),
        ):
            out.update(fold(text).split())
    return frozenset(out)


@lru_cache(maxsize=1024)
def _step_info(lesson: Lesson, index: int) -> _StepInfo:
    step = lesson.steps[index]
    known: dict[str, str] = {}
    # Lower-case sources first, so a note reads "sí lleva tilde", not "Sí lleva tilde".
    sources = [" ".join(p.literal_words) for p in step.patterns] + list(FILLER_WORDS)
    sources += [item.word for item in step.vocabulary]
    sources += [v for values in step.slots.values() if isinstance(values, list) for v in values]
    sources.append(step.model_answer)
    for text in sources:
        for word in _WORD.findall(text):
            if has_accent(word):
                known.setdefault(fold(word), word)
    targets = {
        w for p in step.patterns for w in fold(" ".join(p.literal_words)).split() if len(w) > 3
    }
    targets |= {fold(item.word) for item in step.vocabulary if len(item.word) > 3}
    return _StepInfo(
        expected_persons(step.model_answer, lexicon_for(lesson)), known, tuple(targets)
    )


def _slot_values(original: str, spans: dict[str, tuple[int, int]]) -> tuple[tuple[str, str], ...]:
    values = []
    for name, (start, end) in sorted(spans.items()):
        value = " ".join(original[start:end].split())
        if name in _CAPITALISED_SLOTS and (value.islower() or value.isupper()):
            value = " ".join(w.capitalize() for w in value.split())
        values.append((name, value))
    return tuple(values)


def _accent_notes(text: str, info: _StepInfo) -> tuple[str, ...]:
    notes = []
    for word in accented_words(text):
        want = info.known_accented.get(fold(word))
        if want and not has_accent(word):
            notes.append(f"{want} lleva tilde")
    return tuple(dict.fromkeys(notes))


def _spelling_errors(tokens: list[str], lesson: Lesson, info: _StepInfo) -> list[str]:
    es, _ = _frequencies()
    known = spanish_words_for(lesson)
    errors = []
    for tok in tokens:
        if tok in known or tok in es or len(tok) < 4:
            continue
        if difflib.get_close_matches(tok, info.spelling_targets, n=1, cutoff=0.6):
            errors.append(f"Check the spelling of «{tok}».")
    return errors


def grade_answer(lesson: Lesson, step_number: int, text: str) -> Verdict:
    """Judge one learner answer to one step of a lesson (step numbers count from 1)."""
    step: Step = lesson.step(step_number)
    info = _step_info(lesson, step_number - 1)
    folded = fold(text)
    tokens = folded.split()
    lex = lexicon_for(lesson)
    asking = is_question(text)
    # A question back to the bot ("¿y tú?") uses the tú form on purpose.
    grammar = check_grammar(tokens, lex, None if asking else info.expected)
    errors = tuple(e.message for e in grammar)

    for pattern in step.patterns:
        spans = pattern.match(folded)
        if spans is not None:
            if grammar:
                return Verdict(False, "grammar", errors)
            notes = _accent_notes(text, info)
            return Verdict(True, "correct", (), notes, _slot_values(text, spans), certain=True)

    if is_injection(text):
        return Verdict(False, "injection", ("Let's keep to the conversation.",))
    if is_english(tokens, spanish_words_for(lesson)):
        return Verdict(False, "english", ("Try it in Spanish!",))
    if grammar:
        return Verdict(False, "grammar", errors)
    if asking:
        return Verdict(False, "off_topic", ("That doesn't answer the question.",))
    spelling = _spelling_errors(tokens, lesson, info)
    if spelling:
        return Verdict(False, "grammar", tuple(spelling))
    return Verdict(False, "context", ("That doesn't answer the question yet.",))
