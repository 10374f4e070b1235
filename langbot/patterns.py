"""Accepted-answer patterns: a tiny notation that lesson authors write, compiled to regexes.

Notation (case, accents and punctuation are ignored when matching):
- `{name}`      a slot: a free part of one to three words, or one of the step's listed values;
- `(a|b|c)`     one of several alternatives;
- `[words]`     an optional part.
Patterns match the whole answer, allowing a few conversational fillers around it
("hola", "bueno", "gracias", "¿y tú?").
"""

import re
from dataclasses import dataclass, field

from langbot.text import fold, lower_keep_accents

# A free slot is one to three words that do not start with a little grammar word,
# so "soy {name}" does not swallow "soy de Madrid".
FREE_SLOT = r"(?!(?:de|del|el|la|los|las|un|una|unos|unas|muy|no|y|en|a|al|que)\b)\w+(?:\s+\w+){0,2}?"
_LEAD = r"(?:\b(?:hola|bueno|pues|vale|ah|oh|eh|mmm|ok|okay|claro)\b\s*)*"
_TAIL = r"(?:\s*\b(?:y\s+tu|y\s+usted|y\s+vos|gracias|muchas\s+gracias|por\s+favor)\b)*"
_SLOT_NAME = re.compile(r"[a-z_][a-z0-9_]*")


class PatternError(ValueError):
    """A pattern is not well formed; the message says where."""


@dataclass(frozen=True)
class Pattern:
    """One compiled accepted-answer pattern."""

    source: str
    regex: re.Pattern[str]
    slots: frozenset[str]
    literal_words: frozenset[str] = field(default_factory=frozenset)

    def match(self, folded: str) -> dict[str, tuple[int, int]] | None:
        """Match folded text; return each slot's span in it, or None."""
        m = self.regex.fullmatch(folded)
        if m is None:
            return None
        return {name: m.span(name) for name in self.slots if m.group(name) is not None}


def _slot_regex(values: list[str] | None) -> str:
    if not values:
        return FREE_SLOT
    alts = sorted({r"\s+".join(map(re.escape, fold(v).split())) for v in values}, key=len)
    return r"\b(?:" + "|".join(reversed(alts)) + r")\b"


def compile_pattern(source: str, slot_values: dict[str, list[str]] | None = None) -> Pattern:
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
            out.append(f"(?P<{name}>{_slot_regex(slot_values.get(name))})")
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
            out.append(r"\s*")
        i += 1
    if stack:
        raise PatternError(f"unclosed {stack[-1]!r} in pattern {source!r}")
    body = "".join(out)
    if not body.replace(r"\s*", ""):
        raise PatternError(f"empty pattern {source!r}")
    try:
        regex = re.compile(r"\s*" + _LEAD + body + _TAIL + r"\s*")
    except re.error as e:  # pragma: no cover - the checks above should catch these first
        raise PatternError(f"pattern {source!r} does not compile: {e}") from e
    literals = re.sub(r"\{[^}]*\}", " ", source)
    literal_words = frozenset(re.findall(r"\w+", lower_keep_accents(literals)))
    return Pattern(source, regex, frozenset(slots), literal_words)
