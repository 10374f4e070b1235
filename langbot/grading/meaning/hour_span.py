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


def _offered(bot: Sentence) -> frozenset[int]:
    """The hours a line offers to choose from: two or more, named after an hour's article,
    in a line with an alternative («¿la de las cinco o la de las ocho?») or of what there is
    («hay sesiones a las cinco, a las siete y a las diez»); none in a span («de siete a
    diez»: every hour inside it is offered)."""
    there = bot.words.folded("existence_verbs")
    choosing = set(bot.w) & bot.words.folded("alternative_links") or any(
        bot.verbs(k, there, {"3s"}) for k in range(len(bot))
    )
    if not choosing or _span(bot) is not None:
        return frozenset()
    articles = {p[-1] for p in bot.words.phrases("hour_of_links")}
    hours = {value for start, _, value in numbers_in(bot) if bot.a.at(start - 1) in articles}
    return frozenset(h % _HALF_DAY for h in hours) if len(hours) > 1 else frozenset()


def not_offered(s: Sentence, bot: Sentence, value: tuple[int, int]) -> bool:
    """The hour of the answer's span `value` is none of the hours the bot's line offers to
    choose from («hay trenes a las nueve y a las cuatro»: «a las doce»)."""
    offered, said = _offered(bot), numbers_in(s, *value)
    return bool(offered and said) and said[0][2] % _HALF_DAY not in offered
