"""How a word stands in the text as written: inside quotes (a title, a word in another
language: «…», “…”, "…", '…', ‘…’), or joined to another by a hyphen («n-deficiente»)."""

from langbot.grading.tokens import Tokens

QUOTES_OPEN, QUOTES_CLOSE, QUOTE_EITHER = "«“‘", "»”’", "\"'"
HYPHENS = "-‐‑"


def inside_quotes(tokens: Tokens, i: int) -> bool:
    """The word stands inside quotes."""
    before = tokens.original[: tokens.spans[i][0]]
    opened = sum(before.count(q) for q in QUOTES_OPEN) - sum(before.count(q) for q in QUOTES_CLOSE)
    return opened > 0 or any(_marks(before, q) % 2 == 1 for q in QUOTE_EITHER)


def _marks(text: str, mark: str) -> int:
    """How many times a quote mark stands in the text, not counting one between two letters
    (an apostrophe: «O'Brien», «d'Ors»)."""
    inside = (
        0 < k < len(text) - 1 and text[k - 1].isalpha() and text[k + 1].isalpha()
        for k, c in enumerate(text)
        if c == mark
    )
    return sum(not apostrophe for apostrophe in inside)


def hyphenated(tokens: Tokens, i: int) -> bool:
    """The word as written is joined to another by a hyphen: a compound, which the checks of
    single words cannot read."""
    return any(h in tokens.original_text(i, i + 1) for h in HYPHENS)
