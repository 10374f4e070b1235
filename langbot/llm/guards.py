"""Guards on text crossing the model boundary: normalising what the model wrote, neutralising
chat-template tokens in what the learner wrote, and the leak guard on the model's reply.

The leak guard asks the built-in grader itself: any sentence, any run of words in it, or any
`errors` item that the grader would accept as a right answer to the guarded step is a leak.
"""

import html
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from langbot.grading import accepts_answer
from langbot.lessons import Lesson
from langbot.llm.control_tokens import neutralise
from langbot.text import drop_format, words

# Latin look-alikes from Cyrillic and Greek that a model (or a probe) can slip into a word.
_CONFUSABLES = str.maketrans(
    "аеорсухіјѕԁһԛԝӏАВЕКМНОРСТХУІЈЅ"  # Cyrillic
    "αορνικτυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"  # Greek
    "ı",  # dotless i
    "aeopcyxijsdhqwlABEKMHOPCTXYIJSaopvikτuxABEZHIKMNOPTYXi",
)
_SENTENCE_END = re.compile(r"[.!?…\n;:«»\"“”()\[\]]")
_WORD = re.compile(r"\w+")
_SLOT = re.compile(r"\{[^{}]*\}")
_OPTIONAL = re.compile(r"\[[^\[\]]*\]")
SLOT_ALLOWANCE = 3  # extra words a slot value ({name}, {place}) may add to an answer


def normalise(text: str) -> str:
    """Text as the learner should see it and the guard checks it: entities unescaped, NFKC,
    format characters (Unicode Cf) removed, Cyrillic/Greek look-alikes folded to Latin."""
    for _ in range(2):  # "&amp;aacute;" is a double-escaped "á"
        text = html.unescape(text)
    text = drop_format(unicodedata.normalize("NFKC", text))
    return unicodedata.normalize("NFC", text.translate(_CONFUSABLES))


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
    vocabulary: frozenset[str] = field(init=False)
    window: int = field(init=False)
    needs_answer_word: bool = field(init=False)
    _seen: dict[str, bool] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.vocabulary = _answer_words(self.lesson, self.step_number) | frozenset(
            words(self.learner_text)
        )
        self.window = _window_size(self.lesson, self.step_number)
        self.needs_answer_word = _needs_answer_word(self.lesson, self.step_number)

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
        """Whether any sentence of the text, or any run of words in one, is a right answer."""
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
    """Checks a reply as it streams: each newly completed word ends runs of words the grader
    is asked about, and text is shown only up to the first answer word among the last few
    words of the open sentence, so no released text can become part of an answer."""

    def __init__(self, guard: LeakGuard) -> None:
        self.guard = guard
        self.checked = 0  # words already checked

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
            return len(text)
        safe = len(text) if not tokens or tokens[-1][2] == len(text) else _open_word(text)
        if tokens and not _SENTENCE_END.search(text, tokens[-1][2]):
            tail = [t for t in tokens[-(self.guard.window - 1) :] if t[0] == tokens[-1][0]]
            for _, s, e in tail:
                if _folded(text[s:e]) in self.guard.vocabulary:
                    return min(s, safe)
        return safe


def _open_word(text: str) -> int:
    """Where a word still being written at the end of the text starts (len(text) if none)."""
    i = len(text)
    while i and (text[i - 1].isalnum() or text[i - 1] == "_"):
        i -= 1
    return i


def _folded(word: str) -> str:
    folded = words(word)
    return folded[0] if folded else ""


__all__ = ["LeakGuard", "StreamGuard", "neutralise", "normalise", "sentences"]
