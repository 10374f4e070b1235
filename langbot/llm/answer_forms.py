"""The forms of a step's answer the leak guard looks for in a skeleton (see `skeleton`).

A form is the skeleton of a short text the built-in grader accepts as a right answer to the
step: each expansion of an accepted pattern whose slots are lists, and each run of words of
the model answer. Each comes with its numbers in digits and in English ("quince", "15",
"fifteen") and reversed. Only what the grader accepts is a form, so a cue that names "números"
or "años" is not one.

A one-word form of five letters or more counts anywhere, even inside a longer word
("quinceañera"). A shorter or many-word form ("sí", "15", "me llamo Tom") counts only where it
starts and ends on the edge of a visible word, so "casi" does not give away "sí", nor
"casi, mucho" "sí, mucho"; letters spread out by anything ("s.í", "1 5") still do.
"""

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from langbot.grading import accepts_answer
from langbot.lessons import Lesson
from langbot.llm.skeleton import (
    fold_char,
    fold_letters,
    leak_forms,
    loose_skeleton,
    loosen,
    visible,
)
from langbot.text import words

MIN_ANYWHERE = 5  # letters a one-word form needs to count inside a longer word
MIN_REVERSED = 6  # ... and reversed ("ecniuq"); shorter reversals only beside bidi controls
MAX_RUN, MAX_RUN_WORDS = 8, 24  # runs of a recast or model answer the grader is asked about
MAX_EXPANSIONS = 256  # per pattern: the lessons' longest lists stay well below this
_SPECIAL = re.compile(r"[()\[\]{}|;]")
_BIDI = re.compile("[\u061c\u200f\u202a-\u202e\u2066-\u2069]")


class OpenSlot(Exception):
    """The pattern has a slot of an open class (any name, any place): it has no list."""


def expand(source: str, slots: dict) -> list[str]:
    """Every text a pattern describes, its list slots filled in; OpenSlot if it has others."""
    return [" ".join(text.split()) for text in _sequence(source, 0, slots)[0]]


def _sequence(source: str, i: int, slots: dict) -> tuple[list[str], int]:
    results = [""]
    while i < len(source) and source[i] not in ")]|":
        ch = source[i]
        if ch in "([":
            part = [] if ch == "(" else [""]  # an optional part may be left out
            while i < len(source) and source[i] in "([|":
                alternative, i = _sequence(source, i + 1, slots)
                part += alternative
            i += 1  # the closing bracket
        elif ch == "{":
            end = source.index("}", i)
            values = slots.get(source[i + 1 : end].strip())
            if not isinstance(values, list):
                raise OpenSlot
            part, i = values, end + 1
        elif ch == ";":  # the end of a clause
            part, i = [" "], i + 1
        else:
            m = _SPECIAL.search(source, i)
            stop = m.start() if m else len(source)
            part, i = [source[i:stop]], stop
        results = [r + p for r in results for p in part][:MAX_EXPANSIONS]
    return results, i


@lru_cache(maxsize=1)
def _numbers() -> dict[tuple[str, ...], tuple[str, str]]:
    """Folded Spanish number words -> (digits, English words)."""
    return {tuple(words(n.es)): (str(n.value), " ".join(words(n.en))) for n in leak_forms().numbers}


def number_variants(text: str) -> list[list[str]]:
    """The folded words of the text, and again with each number in digits and in English."""
    ws, numbers = words(text), _numbers()
    longest = max(len(k) for k in numbers)
    i, digits, english = 0, [], []
    while i < len(ws):
        for n in range(min(longest, len(ws) - i), 0, -1):
            forms = numbers.get(tuple(ws[i : i + n]))
            if forms:
                digits.append(forms[0])
                english.extend(forms[1].split())
                i += n
                break
        else:
            digits.append(ws[i])
            english.append(ws[i])
            i += 1
    return [ws, digits, english]


@dataclass(frozen=True)
class AnswerForms:
    """The skeleton forms of one step's answer, with the prefixes a stream must hold back."""

    anywhere: tuple[str, ...]
    aligned: tuple[str, ...]
    reversed_aligned: tuple[str, ...]  # looked for only in text with bidi controls

    def leaks(self, text: str) -> bool:
        """Whether the text, read as a skeleton, gives one of the forms away."""
        shown = visible(text)
        loose = loose_skeleton(shown)
        if any(form in loose for form in self.anywhere):
            return True
        skel, edges = _skeleton_with_edges(shown)
        aligned = self.aligned + (self.reversed_aligned if _BIDI.search(text) else ())
        return any(_aligned_in(form, skel, edges) for form in aligned)

    def open_tail(self, text: str) -> bool:
        """Whether the text ends in the first letters of a form, which later text may finish."""
        shown = visible(text)
        loose, starts = loose_skeleton(shown), self._starts
        if any(loose[-k:] in starts[0] for k in range(1, min(len(loose), starts[2]) + 1)):
            return True
        skel, edges = _skeleton_with_edges(shown)
        return any(
            skel[-k:] in starts[1] and len(skel) - k in edges
            for k in range(1, min(len(skel), starts[2]) + 1)
        )

    @cached_property
    def _starts(self) -> tuple[frozenset[str], frozenset[str], int]:
        """The proper prefixes of the anywhere and the aligned forms, and the longest."""
        aligned = self.aligned + self.reversed_aligned
        longest = max((len(f) for f in self.anywhere + aligned), default=0)
        return _prefixes(self.anywhere), _prefixes(aligned), longest


def _prefixes(forms: tuple[str, ...]) -> frozenset[str]:
    return frozenset(f[:k] for f in forms for k in range(1, len(f)))


def _aligned_in(form: str, skel: str, edges: frozenset[int]) -> bool:
    start = skel.find(form)
    while start >= 0:
        if start in edges and start + len(form) in edges:
            return True
        start = skel.find(form, start + 1)
    return False


def _skeleton_with_edges(shown: str) -> tuple[str, frozenset[int]]:
    """The skeleton, and the skeleton offsets that sit on the edge of a visible word."""
    parts = [fold_char(ch) for ch in shown]
    edges, offset, previous = {0}, 0, False
    for part in parts:
        if bool(part) != previous:
            edges.add(offset)
        offset += len(part)
        previous = bool(part)
    edges.add(offset)
    return "".join(parts), frozenset(edges)


@lru_cache(maxsize=256)
def _candidates(lesson: Lesson, number: int) -> frozenset[str]:
    step = lesson.step(number)
    texts: set[str] = set()
    for source in step.accept:
        try:
            texts.update(expand(source, step.slots))
        except OpenSlot:
            continue
    return frozenset(_accepted(lesson, number, texts) | _runs(lesson, number, step.model_answer))


def _runs(lesson: Lesson, number: int, text: str) -> set[str]:
    """The runs of words of a text (its first words, a few at a time) the grader accepts."""
    ws = text.split()[:MAX_RUN_WORDS]
    runs = {" ".join(ws[i:j]) for i in range(len(ws)) for j in range(i + 1, i + MAX_RUN + 1)}
    return _accepted(lesson, number, runs)


def _accepted(lesson: Lesson, number: int, texts: set[str]) -> set[str]:
    return {t for t in texts if t.strip() and accepts_answer(lesson, number, t)}


@lru_cache(maxsize=512)
def answer_forms(lesson: Lesson, number: int, recast: str | None = None) -> AnswerForms:
    """The forms of the step's answer, and of the grader's correction of the learner's own
    sentence (`recast`, «Me llamo Tom»); cached: the grader is asked once per text."""
    one_word: set[str] = set()
    many: set[str] = set()
    texts = _candidates(lesson, number) | (_runs(lesson, number, recast) if recast else set())
    for text in texts:
        for ws in number_variants(text):
            form = fold_letters("".join(ws))
            if form:
                (one_word if len(ws) == 1 else many).add(form)
    # What the script itself shows at this step (its line and cues) gives nothing away.
    step = lesson.step(number)
    shown = [visible(t) for t in (step.bot, step.cues.general, step.cues.specific)]
    public = [_skeleton_with_edges(t) for t in shown]
    loose_public = [loose_skeleton(t) for t in shown]
    anywhere = {f for f in one_word if len(f) >= MIN_ANYWHERE}
    anywhere = {f for f in _minimal(anywhere) if not any(loosen(f) in sk for sk in loose_public)}
    aligned = {
        f
        for f in one_word | many
        if not any(a in f for a in anywhere) and not any(_aligned_in(f, *p) for p in public)
    }
    backwards = {f[::-1] for f in anywhere if len(f) >= MIN_REVERSED}
    reversed_aligned = {f[::-1] for f in anywhere | aligned} - backwards - anywhere - aligned
    return AnswerForms(
        tuple(sorted({loosen(f) for f in anywhere | backwards})),
        tuple(sorted(aligned)),
        tuple(sorted(reversed_aligned)),
    )


def warm_up_forms(lessons: dict[str, Lesson]) -> None:
    """Work out every step's forms ahead of the first reply that needs them."""
    for lesson in lessons.values():
        for number in range(1, len(lesson.steps) + 1):
            answer_forms(lesson, number)


def _minimal(forms: set[str]) -> set[str]:
    return {f for f in forms if not any(g != f and g in f for g in forms)}


__all__ = ["AnswerForms", "OpenSlot", "answer_forms", "expand", "number_variants", "warm_up_forms"]
