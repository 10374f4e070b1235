"""What follows a place preposition when it names no place: a time («hasta el domingo») or a
manner («en autobús», «en efectivo»), so «¿dónde…?» is not answered by it."""

from langbot.grading.meaning.sentence import Sentence
from langbot.grading.tokens import BOUNDARY


def a_time(s: Sentence, start: int, end: int) -> bool:
    """The nouns in tokens [start, end), up to a comma, all name a time (`when_not_where`:
    «hasta el domingo», «en mayo», «en el invierno»): when, not where; a noun that may be a
    number or an adjective is no time («en el segundo», an ordinal: the floor)."""
    times = s.words.folded("when_not_where")
    stop = next((k for k in range(start, end) if s.w[k] == BOUNDARY), end)  # «…, gracias»
    plain = [s.a.of(k, "NOUN") for k in range(start, stop) if _only_noun(s, k)]
    return bool(plain) and all(any(f.classes & times for f in n) for n in plain)


def manner(s: Sentence, start: int, end: int) -> bool:
    """Tokens [start, end) after a preposition say how or when, not where: a time (a_time),
    a bare noun (no determiner) of `manner_classes` that is no place, or a means or a
    currency of paying («en autobús», «en efectivo», «en euros»; not «en el autobús», a
    place)."""
    if a_time(s, start, end):
        return True
    places, manners = s.words.folded("place_classes"), s.words.folded("manner_classes")
    nouns = [f for k in range(start, end) for f in s.a.of(k, "NOUN")]
    if any(f.classes & places for f in nouns) or s.a.of(start, "DET"):
        return False
    paying = s.words.folded("payment_nouns") | s.words.folded("money_units")  # «en euros»
    return any(f.classes & manners for f in nouns) or any(w in paying for w in s.w[start:end])


def _only_noun(s: Sentence, k: int) -> bool:
    """Token k is a noun and no number or adjective («segundo» is an ordinal too)."""
    return bool(s.a.of(k, "NOUN")) and not s.a.of(k, "NUM") and not s.a.of(k, "ADJ")
