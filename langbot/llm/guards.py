"""Guards on text crossing the model boundary: normalising what the model wrote, neutralising
chat-template tokens in what the learner wrote, and the leak guard on the model's reply.

The leak guard asks the built-in grader itself: any sentence, any run of words in it, or any
`errors` item that the grader would accept as a right answer to the guarded step is a leak.
It also reads the text as a skeleton (see `skeleton` and `answer_forms`), so an answer spelt
with look-alikes, spread out, marked up, escaped, reversed or in digits is a leak too. A
stream is shown only up to a sentence boundary, once everything before it is checked.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from langbot.grading import accepts_answer
from langbot.lessons import Lesson
from langbot.llm.answer_forms import AnswerForms, answer_forms
from langbot.llm.control_tokens import neutralise
from langbot.llm.skeleton import lookalike_table, unescape
from langbot.text import drop_format, words

_SENTENCE_END = re.compile(r"[.!?…\n;:«»\"“”()\[\]]")
_WORD = re.compile(r"\w+")
_SLOT = re.compile(r"\{[^{}]*\}")
_OPTIONAL = re.compile(r"\[[^\[\]]*\]")
SLOT_ALLOWANCE = 3  # extra words a slot value ({name}, {place}) may add to an answer


def normalise(text: str) -> str:
    """Text as the learner should see it and the guard checks it: entities unescaped, NFKC,
    format characters (Unicode Cf) removed, look-alikes from other scripts folded to Latin."""
    text = drop_format(unescape(text))  # "&amp;aacute;" is a double-escaped "á"
    return unicodedata.normalize("NFC", text.translate(lookalike_table()))


@lru_cache(maxsize=1024)
def _answer_words(lesson: Lesson, number: int) -> frozenset[str]:
    step = lesson.step(number)
    sources = [step.model_answer, *(_SLOT.sub(" ", a) for a in step.accept)]
    sources += [v for values in step.slots.values() if isinstance(values, list) for v in values]
    sources += [item.word for item in step.vocabulary]
    return frozenset(w for text in sources for w in words(text))


@lru_cache(maxsize=1024)
def _needs_answer_word(lesson: Lesson, number: int) -> bool:
    """Whether every accepted pattern has a word of its own (not only slots or options),
    so that text without any answer word cannot be a right answer."""
    for accept in lesson.step(number).accept:
        if not re.search(r"\w", _OPTIONAL.sub(" ", _SLOT.sub(" ", accept))):
            return False
    return True


@lru_cache(maxsize=1024)
def _window_size(lesson: Lesson, number: int) -> int:
    step = lesson.step(number)
    lengths = [len(words(step.model_answer))] + [
        len(words(_SLOT.sub(" x ", a))) for a in step.accept
    ]
    return max(lengths) + SLOT_ALLOWANCE


@dataclass
class LeakGuard:
    """Says whether text gives away a right answer to one step of a lesson."""

    lesson: Lesson
    step_number: int
    learner_text: str = ""
    recast: str | None = None  # the grader's correction of the learner's sentence
    vocabulary: frozenset[str] = field(init=False)
    window: int = field(init=False)
    needs_answer_word: bool = field(init=False)
    forms: AnswerForms = field(init=False)
    _seen: dict[str, bool] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.vocabulary = _answer_words(self.lesson, self.step_number) | frozenset(
            words(self.learner_text)
        )
        self.window = _window_size(self.lesson, self.step_number)
        self.needs_answer_word = _needs_answer_word(self.lesson, self.step_number)
        self.forms = answer_forms(self.lesson, self.step_number, self.recast)

    def accepts(self, text: str) -> bool:
        """Whether the built-in grader would take this text as a right answer to the step."""
        key = " ".join(text.split())
        if self.needs_answer_word and self.vocabulary.isdisjoint(words(key)):
            return False  # no word of any answer: the grader need not be asked
        if key not in self._seen:
            self._seen[key] = accepts_answer(self.lesson, self.step_number, text)
        return self._seen[key]

    def leaks_whole(self, text: str) -> bool:
        """Whether the whole text, or one whole sentence of it, is a right answer."""
        return self.accepts(text) or any(self.accepts(s) for s in sentences(text))

    def leaks_at(self, text: str, spans: list[tuple[int, int]], end: int) -> bool:
        """Whether a run of words ending at word `end` (of one sentence's spans) is accepted."""
        for start in range(max(0, end - self.window + 1), end + 1):
            if self.accepts(text[spans[start][0] : spans[end][1]]):
                return True
        return False

    def leaks(self, text: str) -> bool:
        """Whether any sentence of the text, or any run of words in one, is a right answer, or
        its skeleton gives a form of the answer away."""
        if self.forms.leaks(text):
            return True
        text = normalise(text)
        if self.accepts(text):
            return True
        for sentence in sentences(text):
            spans = [m.span() for m in _WORD.finditer(sentence)]
            if len(spans) > 1 and self.accepts(sentence):
                return True
            if any(self.leaks_at(sentence, spans, end) for end in range(len(spans))):
                return True
        return False


def sentences(text: str) -> list[str]:
    """The sentences (and quoted or bracketed parts) of a text, split on their punctuation."""
    return [part for part in _SENTENCE_END.split(text) if part.strip()]


class StreamGuard:
    """Checks a reply as it streams and says how much of it may be shown.

    Each newly completed word ends runs of words the grader is asked about. Text is shown only
    up to a sentence boundary, once the skeleton of everything so far gives nothing away, and
    never up to where the skeleton ends in the first letters of an answer ("q. u. i.") or
    markup is still open ("quin<b"), since later text could finish it."""

    def __init__(self, guard: LeakGuard) -> None:
        self.guard = guard
        self.checked = 0  # words already checked
        self.released = 0  # chars that may be shown
        self.tried = 0  # the last sentence boundary checked

    def feed(self, text: str, final: bool = False) -> int | None:
        """None if the text leaks; else how many of its chars may be shown now."""
        tokens: list[tuple[int, int, int]] = []  # (sentence, start, end)
        sentence, pos = 0, 0
        for m in _WORD.finditer(text):
            sentence += bool(_SENTENCE_END.search(text, pos, m.start()))
            tokens.append((sentence, m.start(), m.end()))
            pos = m.end()
        if not final and tokens and tokens[-1][2] == len(text):
            tokens.pop()  # the last word may still grow
        for k in range(self.checked, len(tokens)):
            for j in range(max(0, k - self.guard.window + 1), k + 1):
                if tokens[j][0] == tokens[k][0] and self.guard.accepts(
                    text[tokens[j][1] : tokens[k][2]]
                ):
                    return None
        self.checked = len(tokens)
        if final:
            return None if self.guard.forms.leaks(text) else len(text)
        ends = [m.end() for m in _RELEASE.finditer(text, self.tried) if m.end() > self.tried]
        if not ends:
            return self.released  # no new sentence boundary: nothing new to check or show
        self.tried = ends[-1]
        if self.guard.forms.leaks(text):  # everything so far, held-back text too
            return None
        for end in reversed(ends):
            end = min(end, _open_markup(text, end))
            if end > self.released and not self.guard.forms.open_tail(text[:end]):
                self.released = end
                break
        return self.released


_RELEASE = re.compile(r"[.!?…;:][»)\]\"”’']*\s+|\n+")


def _open_markup(text: str, end: int) -> int:
    """Where markup still open at `end` starts (`end` if none is)."""
    cut = end
    for opener, closer in (("<", ">"), ("\u202e", "\u202c"), ("[", ")")):
        i = text.rfind(opener, 0, end)
        if i >= 0 and text.find(closer, i, end) < 0:
            cut = min(cut, i)
    return cut


__all__ = ["LeakGuard", "StreamGuard", "neutralise", "normalise", "sentences"]
