"""Accepted-answer patterns: a tiny notation that lesson authors write, compiled to regexes.

Notation (case, accents and punctuation are ignored when matching):
- `{name}`      a slot: a free part of one to three words, one of the step's listed values,
                or a built-in kind: `number` (cero…cien, or digits) or `time` (las siete y media);
- `(a|b|c)`     one of several alternatives;
- `[words]`     an optional part.
Patterns match the whole answer, allowing a few conversational fillers around it
("hola", "bueno", "gracias", "¿y tú?").
"""

import re
from functools import lru_cache

from langbot.text import fold, lower_keep_accents

# A free slot is one to three words that do not start with a little grammar word,
# so "soy {name}" does not swallow "soy de Madrid".
FREE_SLOT = r"(?!(?:de|del|un|una|unos|unas|muy|no|y|en|a|al|que|es|soy|eres|son|estoy|esta|llamo|se)\b)\w++(?:\s++\w++){0,2}?"
# The accented spellings of the fillers, so "¿y tu?" still gets "tú lleva tilde".
FILLER_WORDS = ("tú",)
_LEAD = r"(?:\b(?:hola|bueno|pues|vale|ah|oh|eh|mmm|ok|okay|claro)\b\s*+)*+"
_TAIL = r"(?:\s*+\b(?:y\s+tu|y\s+usted|y\s+vos|gracias|muchas\s+gracias|por\s+favor)\b)*+"
_SLOT_NAME = re.compile(r"[a-z_][a-z0-9_]*")


_FILLERS = re.compile(r"\s*+" + _LEAD + r"(.*?)" + _TAIL + r"\s*+", re.DOTALL)


class PatternError(ValueError):
    """A pattern is not well formed; the message says where."""


class Pattern:
    """One accepted-answer pattern; its regex is compiled on first use."""

    __slots__ = ("source", "expression", "slots", "literal_words", "_regex")

    def __init__(
        self, source: str, expression: str, slots: frozenset[str], literal_words: frozenset[str]
    ):
        self.source = source
        self.expression = expression
        self.slots = slots
        self.literal_words = literal_words
        self._regex: re.Pattern[str] | None = None

    @property
    def regex(self) -> re.Pattern[str]:
        """The compiled regex (large slot lists make compiling the slow part of loading)."""
        if self._regex is None:
            self._regex = re.compile(self.expression)
        return self._regex

    def match(self, folded: str) -> dict[str, tuple[int, int]] | None:
        """Match folded text, with or without its fillers; return each slot's span, or None."""
        m = self.regex.fullmatch(folded)
        if m is None:
            core = _FILLERS.fullmatch(folded)
            m = self.regex.fullmatch(folded, core.start(1), core.end(1)) if core else None
        if m is None:
            return None
        return {name: m.span(name) for name in self.slots if m.group(name) is not None}


_UNITS = "uno|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve"
_TEENS = "diez|once|doce|trece|catorce|quince|dieciseis|diecisiete|dieciocho|diecinueve"
_TENS = "treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa"
_NUMBER = (
    rf"\b(?:\d{{1,3}}|cero|{_UNITS}|{_TEENS}|veinte|veinti(?:un|{_UNITS})|"
    rf"(?:{_TENS})(?:\s+y\s+(?:{_UNITS}))?|cien)\b"
)
_HOUR = r"(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|\d{1,2})"
_TIME = (
    rf"\b(?:la\s+(?:una|1)|las\s+{_HOUR})"
    r"(?:\s+(?:y|menos)\s+(?:media|cuarto|cinco|diez|veinte|veinticinco)|\s+\d{2})?"
    r"(?:\s+en\s+punto)?\b"
)
# Slot kinds a lesson can name instead of listing every value (every age, every clock time).
SLOT_KINDS = {"number": _NUMBER, "time": _TIME}


@lru_cache(maxsize=1024)
def _slot_regex(values: tuple[str, ...] | str | None) -> str:
    if isinstance(values, str):
        return SLOT_KINDS[values]
    if not values:
        return FREE_SLOT
    alts = sorted({r"\s+".join(map(re.escape, fold(v).split())) for v in values}, key=len)
    return r"\b(?:" + "|".join(reversed(alts)) + r")\b"


def _slot_key(values: list[str] | str | None) -> tuple[str, ...] | str:
    return values if isinstance(values, str) else tuple(values or ())


def compile_pattern(source: str, slot_values: dict[str, list[str] | str] | None = None) -> Pattern:
    """Compile one pattern of the notation above; raise PatternError if it is malformed."""
    slot_values = slot_values or {}
    out: list[str] = []
    stack: list[str] = []
    slots: set[str] = set()
    folded = fold(source)
    i = 0
    while i < len(source):
        ch = source[i]
        if ch == "{":
            end = source.find("}", i)
            if end < 0:
                raise PatternError(f"'{{' without '}}' in pattern {source!r}")
            name = source[i + 1 : end].strip()
            if not _SLOT_NAME.fullmatch(name):
                raise PatternError(f"bad slot name {name!r} in pattern {source!r}")
            if name in slots:
                raise PatternError(f"slot {{{name}}} appears twice in pattern {source!r}")
            slots.add(name)
            out.append(f"(?P<{name}>{_slot_regex(_slot_key(slot_values.get(name)))})")
            i = end + 1
            continue
        if ch in "([":
            stack.append(ch)
            out.append("(?:")
        elif ch in ")]":
            opener = "(" if ch == ")" else "["
            if not stack or stack.pop() != opener:
                raise PatternError(f"unbalanced {ch!r} in pattern {source!r}")
            out.append(")" if ch == ")" else ")?")
        elif ch == "|":
            if not stack:
                raise PatternError(f"'|' outside ( ) in pattern {source!r}")
            out.append("|")
        elif ch == "}":
            raise PatternError(f"'}}' without '{{' in pattern {source!r}")
        elif folded[i].isalnum():
            j = i
            while j < len(source) and folded[j].isalnum():
                j += 1
            out.append(r"\b" + re.escape(folded[i:j]) + r"\b")
            i = j
            continue
        else:
            # possessive: a run of punctuation or spaces is never re-split (no backtracking)
            out.append(r"\s*+")
        i += 1
    if stack:
        raise PatternError(f"unclosed {stack[-1]!r} in pattern {source!r}")
    body = "".join(out)
    if not body.replace(r"\s*+", ""):
        raise PatternError(f"empty pattern {source!r}")
    expression = r"\s*+" + body + r"\s*+"
    literals = re.sub(r"\{[^}]*\}", " ", source)
    literal_words = frozenset(re.findall(r"\w+", lower_keep_accents(literals)))
    return Pattern(source, expression, frozenset(slots), literal_words)
