"""An hour outside the span the bot's line gives: «El desayuno es de siete a diez. ¿A qué
hora va a desayunar?» «A las doce.» is no time the step allows."""

from langbot.grading.meaning.numbers import numbers_in
from langbot.grading.meaning.sentence import Sentence

_HALF_DAY = 12


def _span(bot: Sentence) -> tuple[int, int] | None:
    """The hours of a span in the bot's line, «de (las) siete a (las) diez», «entre las
    nueve y las dos», the end past the start (on the clock: «de diez a dos» ends at 14)."""
    openers, links = bot.words.folded("span_openers"), bot.words.folded("span_links")
    articles = {p[-1] for p in bot.words.phrases("hour_of_links")}
    numbers = numbers_in(bot)
    for (s1, e1, a), (s2, _, b) in zip(numbers, numbers[1:], strict=False):
        before = s1 - 1 - (bot.a.at(s1 - 1) in articles)
        between = [w for w in bot.w[e1:s2] if w not in articles]
        if bot.a.at(before) in openers and len(between) == 1 and between[0] in links:
            if 0 < a <= _HALF_DAY * 2 and 0 < b <= _HALF_DAY * 2:
                return a, b + _HALF_DAY if b < a else b
    return None


def outside_span(s: Sentence, bot: Sentence, value: tuple[int, int]) -> bool:
    """The hour of the answer's span `value` («las doce») falls outside the bot's span, read
    in the morning or the afternoon alike."""
    span = _span(bot)
    said = numbers_in(s, *value)
    if span is None or not said:
        return False
    hour = said[0][2]
    start, end = span
    return not any(start <= h <= end for h in (hour, hour + _HALF_DAY))
