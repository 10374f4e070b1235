"""Learner text as a stream of folded word tokens with clause boundaries, mapped back to the
original characters, so matching runs on words (linear time) and slots echo the original."""

import re
from dataclasses import dataclass
from functools import cached_property

from langbot.text import fold

MAX_TOKENS = 120  # 500 characters hold at most ~120 words worth judging
BOUNDARY = ","
# A word is letters and digits only; "_" separates words like a space ("café_con_leche"), so
# every word folds to a word of the same length and positions in both always line up.
_TOKEN = re.compile(r"[^\W_]+|[^\w\s]")
JOINING = frozenset({"-", "'", "’"})  # inside a word: "Jean-Luc", "O'Brien"
# between two words with no space, the second is an alternative to the first ("amigo/a",
# "él/ella"): the sentence is read with the first only
ALTERNATIVE = "/"


@dataclass(frozen=True)
class Tokens:
    """The folded words of an answer, with "," for each run of clause punctuation."""

    original: str
    words: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]

    @cached_property
    def stream(self) -> str:
        """The tokens joined by single spaces, with a trailing space: what patterns search."""
        return "".join(w + " " for w in self.words)

    @cached_property
    def starts(self) -> tuple[int, ...]:
        """The offset in `stream` where each token starts."""
        out, at = [], 0
        for w in self.words:
            out.append(at)
            at += len(w) + 1
        return tuple(out)

    def original_text(self, i: int, j: int) -> str:
        """The learner's own characters for tokens [i, j), boundaries trimmed."""
        while i < j and self.words[i] == BOUNDARY:
            i += 1
        while j > i and self.words[j - 1] == BOUNDARY:
            j -= 1
        if i >= j:
            return ""
        return " ".join(self.original[self.spans[i][0] : self.spans[j - 1][1]].split())

    @property
    def content(self) -> list[str]:
        """The word tokens, without boundaries."""
        return [w for w in self.words if w != BOUNDARY]


def tokenize(text: str) -> Tokens:
    """Split an answer into folded words and clause boundaries (accents, case dropped)."""
    folded = fold(text)
    words: list[str] = []
    spans: list[tuple[int, int]] = []
    skip_at = -1  # where an alternative after a slash starts
    for m in _TOKEN.finditer(text):
        if len(words) >= MAX_TOKENS:
            break
        piece = m.group()
        if m.start() == skip_at and piece[0].isalnum():
            continue
        if piece == ALTERNATIVE and _between_words(text, m.start(), words, spans):
            skip_at = m.end()
            continue
        if piece[0].isalnum():
            word = folded[m.start() : m.end()]
            if (
                words
                and spans[-1][1] + 1 == m.start()
                and text[spans[-1][1]] in JOINING
                and words[-1] != BOUNDARY
            ):
                words[-1] += word  # "jean-luc" is one name token: "jeanluc"
                spans[-1] = (spans[-1][0], m.end())
                continue
            words.append(word)
            spans.append((m.start(), m.end()))
        elif piece in JOINING and words and words[-1] != BOUNDARY:
            continue
        elif not words or words[-1] != BOUNDARY:
            words.append(BOUNDARY)
            spans.append((m.start(), m.end()))
    while words and words[0] == BOUNDARY:
        words.pop(0)
        spans.pop(0)
    while words and words[-1] == BOUNDARY:
        words.pop()
        spans.pop()
    return Tokens(text, tuple(words), tuple(spans))


def _between_words(text: str, at: int, words: list[str], spans: list) -> bool:
    """The character at `at` joins the word just before it to a word just after it.

    Only words of letters: between numbers a slash is a date or a fraction («3/4»), both kept.
    """
    after = text[at + 1 : at + 2]
    joined = bool(words) and words[-1].isalpha() and spans[-1][1] == at
    return joined and after.isalpha()
