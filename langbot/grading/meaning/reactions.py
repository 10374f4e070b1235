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
    """The answer past an opening word that only buys time (`fillers`: «pues, sí, por
    favor», «bueno, no, gracias», «mmm, ¡sí, gracias!»), when more follows it."""
    words = tokens.words
    for phrase in fillers:
        n = len(phrase)
        if words[:n] != phrase:
            continue
        start = n + (n < len(words) and words[n] == BOUNDARY)
        if start >= len(words):
            return None
        rest = tokenize(tokens.original[tokens.spans[start][0] :])
        return Cut(rest, start) if rest.words == words[start:] else None
    return None


def shifted(core: CoreMatch, by: int) -> CoreMatch:
    """A core read after a reaction, placed in the whole answer."""
    slots = tuple((name, a + by, b + by) for name, a, b in core.slots)
    return replace(core, start=core.start + by, end=core.end + by, slots=slots)
