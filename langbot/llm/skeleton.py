"""The skeleton of a text: what a reader takes it to spell, as one run of letters and digits.

NFKC; HTML entities unescaped until nothing changes; tags, comments and Markdown links
removed; right-to-left overrides applied; accents, case and look-alike letters (Unicode's
confusables.txt, see scripts/generate_leak_forms.py) folded to Latin; then everything that
is not a letter or a digit dropped, so letters spread out by spaces, dots, joiners, variation
selectors or Hangul fillers meet again: "q·u·i<b></b>n&amp;amp;#99;e" -> "quince".
"""

import html
import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

DATA_FILE = Path(__file__).resolve().parent / "data" / "leak_forms.json"
_MAX_UNESCAPES = 8  # each round removes one level of escaping; more is not text but an attack
_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.DOTALL)
_TAG = re.compile(r"</?[A-Za-z!?][^<>]{0,200}>")
_LINK = re.compile(r"!?\[([^\[\]]{0,200})\]\([^()\s]{0,200}\)")
_RLO = "\u202e"
_LETTER_NAME = re.compile(
    r"(?:LATIN (?:CAPITAL |SMALL )?LETTER (?:SMALL CAPITAL )?|SYMBOL LETTER )([A-Z])$"
)
# Letters written as digits or signs ("qu1nc3", "qu|nce"), and "l" for "I", which look alike:
# a loose skeleton, for the longer answer forms only (a short one would match too much).
_LOOSE_SIGNS = str.maketrans({"|": "i", "@": "a", "$": "s"})
_LOOSE_LETTERS = str.maketrans("1l34057", "iieaost")
_OVERRIDE = re.compile(r"\u202e([^\u202c\n]*)\u202c?")
# Default_Ignorable_Code_Point (Unicode DerivedCoreProperties.txt): drawn as nothing. Most are
# format characters or marks, dropped anyway; the Hangul fillers are letters (Lo).
_IGNORABLE = frozenset(
    chr(c)
    for lo, hi in (
        (0x00AD, 0x00AD),
        (0x034F, 0x034F),
        (0x061C, 0x061C),
        (0x115F, 0x1160),
        (0x17B4, 0x17B5),
        (0x180B, 0x180F),
        (0x200B, 0x200F),
        (0x202A, 0x202E),
        (0x2060, 0x206F),
        (0x3164, 0x3164),
        (0xFE00, 0xFE0F),
        (0xFEFF, 0xFEFF),
        (0xFFA0, 0xFFA0),
        (0xFFF0, 0xFFF8),
        (0x1BCA0, 0x1BCA3),
        (0x1D173, 0x1D17A),
        (0xE0000, 0xE0FFF),
    )  # fmt: skip
    for c in range(lo, hi + 1)
)


class NumberWords(BaseModel):
    """One number in digits and in Spanish and English words."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    value: int
    es: str
    en: str


class LeakForms(BaseModel):
    """The generated data file: look-alike letters and number words."""

    model_config = ConfigDict(extra="forbid")
    generated_by: str
    licence: str
    lookalikes: dict[str, str]
    numbers: list[NumberWords]


@lru_cache(maxsize=1)
def leak_forms() -> LeakForms:
    """The look-alike table and number words, validated."""
    return LeakForms.model_validate(json.loads(DATA_FILE.read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def lookalike_table() -> dict[int, str]:
    """A str.translate table from letters of other scripts (Cyrillic, Greek, Armenian...) to
    the Latin letter they pass for, keeping case: "mе llamо" (Cyrillic е, о) -> "me llamo"."""
    table = {}
    for char, target in leak_forms().lookalikes.items():
        name = unicodedata.name(char, "")
        if len(target) == 1 and target.isalpha() and char.isalpha() and "LATIN" not in name:
            table[ord(char)] = target.upper() if char.isupper() else target
    return table


@lru_cache(maxsize=8192)
def fold_char(ch: str) -> str:
    """One character's part of a skeleton: "" for anything but a letter or a digit."""
    if ch in _IGNORABLE:
        return ""
    digit = unicodedata.decimal(ch, None)
    if digit is not None:
        return str(digit)
    table = leak_forms().lookalikes
    out = []
    for c in unicodedata.normalize("NFKD", ch):
        if unicodedata.combining(c) or c in _IGNORABLE:
            continue
        c = table.get(c) or table.get(c.lower()) or _named_letter(c) or c.lower()
        out.extend(x for x in c if x.isalnum())
    return "".join(out)


def _named_letter(ch: str) -> str | None:
    """The Latin letter a symbol or small capital is named after: 🇶, 🅠, 🆀, ɴ -> q, q, q, n."""
    if ch.isascii():
        return None
    m = _LETTER_NAME.search(unicodedata.name(ch, ""))
    return m.group(1).lower() if m else None


class _Table(dict):
    """Code point -> skeleton text, for str.translate; filled as characters are met."""

    def __missing__(self, code: int) -> str:
        folded = fold_char(chr(code))
        if len(self) < 8192:
            self[code] = folded
        return folded


_TABLE = _Table()


def unescape(text: str) -> str:
    """NFKC, then HTML entities unescaped until nothing changes ("&amp;amp;#113;" -> "q")."""
    for _ in range(_MAX_UNESCAPES):
        clean = unicodedata.normalize("NFKC", html.unescape(text))
        if clean == text:
            break
        text = clean
    return text


def visible(text: str) -> str:
    """Unescaped text without tags, comments or Markdown link targets, overrides applied."""
    text = unescape(text)
    if "<" in text:
        text = _TAG.sub("", _COMMENT.sub("", text))
    if "](" in text:
        text = _LINK.sub(r"\1", text)
    if _RLO in text:  # drawn right to left: "\u202eecniuq\u202c" reads "quince"
        text = _OVERRIDE.sub(lambda m: m.group(1)[::-1], text)
    return text


def skeleton(text: str) -> str:
    """The letters and digits a reader sees in the text, folded: see the module docstring."""
    return visible(text).translate(_TABLE)


def loosen(bones: str) -> str:
    """A skeleton with digits and "l" read as the letters they pass for: "qu1nc3" -> "quince"."""
    return bones.translate(_LOOSE_LETTERS)


def loose_skeleton(shown: str) -> str:
    """The loose skeleton of already visible text (see `loosen`; "|" reads "i" too)."""
    return loosen(fold_letters(shown.translate(_LOOSE_SIGNS)))


def fold_letters(text: str) -> str:
    """Letters and digits of already visible text, folded as `skeleton` does."""
    return text.translate(_TABLE)


__all__ = [
    "LeakForms",
    "fold_char",
    "fold_letters",
    "leak_forms",
    "lookalike_table",
    "loose_skeleton",
    "loosen",
    "skeleton",
    "unescape",
    "visible",
]
