"""Text normalisation shared by the grader, the lessons and the leak guard.

`fold` keeps a one-to-one mapping between characters, so a span found in folded
text is the same span in the learner's original text.
"""

import re
import unicodedata
from functools import lru_cache

_SPACE_RE = re.compile(r"\s+")
_WORD_RE = re.compile(r"\w+")


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch.isalnum():
        base = unicodedata.normalize("NFD", ch)[0].lower()
        return base if len(base) == 1 else ch.lower()
    return " "


class _FoldTable(dict):
    """Code point -> folded text, for str.translate; filled as characters are met."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        if len(self) < 4096:  # bounded, like _fold_char's own cache
            self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()


_TILDE = "\u0303"  # the combining tilde of «ñ», which `unaccented` keeps


def unaccented(word: str) -> str:
    """A word lower-cased without its accents but with its tilde: unlike `fold`, no «ñ»
    turns into «n» (a form folded that way may be another word)."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    kept = "".join(c for c in decomposed if not unicodedata.combining(c) or c == _TILDE)
    return unicodedata.normalize("NFC", kept)


_ZWJ = "\u200d"


def drop_format(text: str) -> str:
    """Text without invisible format characters (Unicode Cf: zero-width spaces, soft hyphens,
    bidi controls, BOM), except the joiner inside an emoji sequence (👩‍🏫)."""
    if text.isascii():
        return text
    out = []
    for i, ch in enumerate(text):
        if unicodedata.category(ch) != "Cf":
            out.append(ch)
        elif ch == _ZWJ and i and not text[i - 1].isalnum():
            out.append(ch)  # keep emoji sequences; a joiner inside a word goes
    return "".join(out)


def clean_answer(text: str) -> str:
    """The learner's text as its reader sees it: NFKC (a no-break space is a space, full-width
    letters are letters), without format characters (`drop_format`), trimmed."""
    return drop_format(unicodedata.normalize("NFKC", text)).strip()


def fold(text: str) -> str:
    """Lower-case, drop accents and turn punctuation (¿ ¡ too) into spaces, char for char."""
    return text.translate(_FOLD_TABLE)


def lower_keep_accents(text: str) -> str:
    """Lower-case and turn punctuation into spaces, keeping accents, char for char."""
    return "".join(ch.lower() if ch.isalnum() else " " for ch in text)


def squash(text: str) -> str:
    """Fold and collapse whitespace: the canonical form used for comparisons."""
    return _SPACE_RE.sub(" ", fold(text)).strip()


def words(text: str) -> list[str]:
    """The folded words of a text, in order."""
    return _WORD_RE.findall(fold(text))


def accented_words(text: str) -> list[str]:
    """The lower-cased words of a text with their accents kept."""
    return _WORD_RE.findall(lower_keep_accents(text))


def has_accent(word: str) -> bool:
    """Whether a word carries a diacritic (tilde, acute accent, diaeresis)."""
    return fold(word) != word.lower()


_ACUTE = {"a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú"}


def accented_spellings(word: str) -> list[str]:
    """Every spelling of an unaccented word with one acute accent on one of its vowels (the
    spellings a learner who drops accents may mean: «llego» for «llegó», «el» for «él»)."""
    return [word[:i] + _ACUTE[c] + word[i + 1 :] for i, c in enumerate(word) if c in _ACUTE]


def contains_phrase(haystack: str, needle: str) -> bool:
    """Whether the folded needle occurs in the folded haystack on word boundaries."""
    n = squash(needle)
    if not n:
        return False
    return f" {n} " in f" {squash(haystack)} "


def edit_distance(a: str, b: str, limit: int, transpositions: bool = True) -> int:
    """The fewest edits that turn `a` into `b` (insert, delete or change a letter and, with
    `transpositions`, swap two neighbours: optimal string alignment), or `limit` + 1 if more."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    start = 0  # the common prefix and suffix cost nothing: only what lies between is aligned
    while start < len(a) and start < len(b) and a[start] == b[start]:
        start += 1
    end = 0
    while end < len(a) - start and end < len(b) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    a, b = a[start : len(a) - end], b[start : len(b) - end]
    if not a or not b:
        return min(len(a) + len(b), limit + 1)
    return _aligned(a, b, limit, transpositions)


def _aligned(a: str, b: str, limit: int, transpositions: bool) -> int:
    # Only cells within `limit` of the diagonal can stay within `limit` (the rest count as over).
    over = limit + 1
    before: list[int] = []
    previous = [j if j <= limit else over for j in range(len(b) + 1)]
    for i, x in enumerate(a, 1):
        row = [i if i <= limit else over] + [over] * len(b)
        for j in range(max(1, i - limit), min(len(b), i + limit) + 1):
            y = b[j - 1]
            best = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (x != y))
            if transpositions and i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y:
                best = min(best, before[j - 2] + 1)
            row[j] = min(best, over)
        if min(row) > limit:
            return over
        before, previous = previous, row
    return previous[-1]
