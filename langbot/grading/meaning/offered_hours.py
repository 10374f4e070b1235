"""One of two hours the bot offers, named by its article and number alone: to «¿la sesión de
las cinco o la de las ocho?», «Las ocho, por favor.»."""

from langbot.grading.meaning.chosen import past_choosing_verb
from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence


def read_offered_hour(s: Sentence, q: Question) -> Found | None:
    """An hour's article and an hour the bot's line offers with an alternative, alone in its
    clause but for a courtesy."""
    offered = offered_hours(q.bot_line(s))
    if not offered:
        return None
    i = past_choosing_verb(s, q, s.opening())  # «prefiero la de las ocho»
    articles = {p[-1] for p in s.words.phrases("hour_of_links")}
    end = s.number_at(i + 1) if i < len(s) and s.w[i] in articles else None
    if end is None or " ".join(s.w[i + 1 : end]) not in offered:
        return None
    k = end
    tails = s.words.phrases("courtesy_tails")
    while (tail := next((p for p in tails if s.phrase_at(k, p)), None)) is not None:
        k += len(tail)
    return Found(i, end, (i, end)) if k >= s.clause_end(i) else None


def offered_hours(bot: Sentence) -> frozenset[str]:
    """The hours a line with an alternative link names («de las cinco o la de las ocho»)."""
    if not set(bot.w) & bot.words.folded("alternative_links"):
        return frozenset()
    phrases = [*bot.words.phrases("hour_of_links"), *bot.words.phrases("hour_openers")]
    hours = set()
    for m in range(len(bot)):
        for p in phrases:
            end = bot.number_at(m + len(p)) if bot.phrase_at(m, p) else None
            if end is not None:
                hours.add(" ".join(bot.w[m + len(p) : end]))
    return frozenset(hours) if len(hours) > 1 else frozenset()
