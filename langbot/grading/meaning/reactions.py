"""A reaction before the answer: an exclamation with no verb that opens it («¡qué bien!»,
«¡qué ilusión!», «¡genial!»), said as natives react to what they are told before answering,
or a word that buys time («pues, …»); the answer is read after it."""

from dataclasses import dataclass, replace

from langbot.grading.knowledge import Knowledge
from langbot.grading.matching import CoreMatch
from langbot.grading.tokens import BOUNDARY, Tokens, tokenize

_MOST_WORDS = 4  # «¡qué buena idea!»: a reaction is a few words


@dataclass(frozen=True)
class Cut:
    """The answer after its opening reaction, and the tokens the reaction took."""

    rest: Tokens
    skipped: int


def after_reaction(tokens: Tokens, kb: Knowledge) -> Cut | None:
    """The answer past an opening «¡…!» with no finite verb, when more follows it."""
    if not tokens.original.lstrip().startswith("¡"):
        return None
    end = next((k for k, w in enumerate(tokens.words) if w == BOUNDARY), None)
    if end is None or not 0 < end <= _MOST_WORDS or end + 1 >= len(tokens.words):
        return None
    if "!" not in tokens.original[: tokens.spans[end + 1][0]]:
        return None
    if any(w in kb.finite_forms for w in tokens.words[:end]):
        return None  # «¡me encanta!»: a sentence, not a reaction
    rest = tokenize(tokens.original[tokens.spans[end + 1][0] :])
    if rest.words != tokens.words[end + 1 :]:
        return None
    return Cut(rest, end + 1)


def after_filler(tokens: Tokens, fillers: tuple[tuple[str, ...], ...]) -> Cut | None:
    """The answer past the opening words that only buy time (`fillers`: «pues, sí, por
    favor», «bueno, no, gracias», «mmm, ¡sí, gracias!», «ah, pues, huevos»; the longest
    first: «la verdad es que…»), when more follows them."""
    words, start = tokens.words, 0
    longest = sorted(fillers, key=len, reverse=True)
    while phrase := next((p for p in longest if words[start : start + len(p)] == p), None):
        start += len(phrase)
        start += start < len(words) and words[start] == BOUNDARY
    if start == 0 or start >= len(words):
        return None
    rest = tokenize(tokens.original[tokens.spans[start][0] :])
    return Cut(rest, start) if rest.words == words[start:] else None


def after_filler_reaction(
    tokens: Tokens, fillers: tuple[tuple[str, ...], ...], kb: Knowledge
) -> Cut | None:
    """The answer past a reaction that follows a filler: «ah, ¡qué bien! sí, voy»."""
    first = after_filler(tokens, fillers)
    if first is None:
        return None
    spans = tokens.spans
    gap = tokens.original[spans[first.skipped - 1][1] : spans[first.skipped][0]]
    if "¡" not in gap:
        return None
    second = after_reaction(tokenize("¡" + first.rest.original), kb)
    return second and Cut(second.rest, first.skipped + second.skipped)


def before_aside(tokens: Tokens, asides: tuple[tuple[str, ...], ...]) -> Cut | None:
    """The answer before a closing aside (`asides`: «un poco, la verdad», «a las ocho,
    creo»), when it follows a comma and something comes before it."""
    words = tokens.words
    for phrase in sorted(asides, key=len, reverse=True):
        comma = len(words) - len(phrase) - 1
        if comma < 1 or words[comma] != BOUNDARY or words[comma + 1 :] != phrase:
            continue
        rest = tokenize(tokens.original[: tokens.spans[comma][0]])
        return Cut(rest, 0) if rest.words == words[:comma] else None
    return None


def shifted(core: CoreMatch, by: int) -> CoreMatch:
    """A core read after a reaction, placed in the whole answer."""
    slots = tuple((name, a + by, b + by) for name, a, b in core.slots)
    return replace(core, start=core.start + by, end=core.end + by, slots=slots)
