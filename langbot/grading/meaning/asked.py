"""Where the learner asks something back: the «¿…?» question around a place in the answer."""

from langbot.grading.tokens import Tokens


def question_span(tokens: Tokens, at: int) -> tuple[int, int] | None:
    """The token span of the «¿…?» question around character `at`, if any."""
    text = tokens.original
    opening, closing = text.rfind("¿", 0, at + 1), text.find("?", at)
    if opening < 0 or closing < 0 or "?" in text[opening:at]:
        return None
    inside = [k for k, (a, _) in enumerate(tokens.spans) if opening <= a < closing]
    return (inside[0], inside[-1] + 1) if inside else None


def asked_back(tokens: Tokens, k: int) -> bool:
    """Token k sits inside a «¿…?» question the learner asks («¿vale?»)."""
    return question_span(tokens, tokens.spans[k][0]) is not None


def questions(tokens: Tokens) -> list[tuple[int, int]]:
    """The token spans of every «¿…?» question in the text, in order."""
    text, found = tokens.original, []
    for at, char in enumerate(text):
        span = question_span(tokens, at) if char == "¿" else None
        if span is not None and span not in found:
            found.append(span)
    return found
