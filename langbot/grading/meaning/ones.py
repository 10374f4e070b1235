"""Taking what is offered: one of the things the bot's line named, offered by a pronoun
(«Aquí vendemos gorros. ¿Quiere uno?» «sí, quiero uno azul», «uno negro, por favor»; its gender
and number agree), or a yes and its price asked («sí, ¿cuánto cuesta?»)."""

from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence
from langbot.grading.meaning.talk import read_price_question


def offered_one(bot: Sentence, opening: int) -> tuple[str, str] | None:
    """The gender and number of «uno», «una»… in the question (after its last «¿», at
    `opening`) where the line names a noun before it, or None."""
    ones = bot.words.offered_ones
    named = any(bot.a.of(k, "NOUN") for k in range(len(bot)) if bot.a.tokens.spans[k][0] < opening)
    for k in range(len(bot)):
        if named and bot.w[k] in ones and bot.a.tokens.spans[k][0] > opening:
            return tuple(ones[bot.w[k]])
    return None


def taken_one(s: Sentence, q: Question, k: int) -> int:
    """Past «(quiero) uno (azul)» at k where the question offers one of the things and the
    pronoun and its adjectives agree with it; else k."""
    bot = q.bot_line(s)
    wanted = offered_one(bot, bot.a.tokens.original.rfind("¿"))
    if wanted is None:
        return k
    i = k + bool(s.verbs(k, s.words.folded("order_verbs"), q.persons_in(s), ("pres", "cond")))
    if i >= len(s) or tuple(s.words.offered_ones.get(s.w[i], ())) != wanted:
        return k
    j = i + 1
    while j < len(s) and s.a.of(j, "ADJ"):
        gender, number = wanted
        if not any(_agrees(f, gender, number) for f in s.a.of(j, "ADJ")):
            return k  # «uno negra»
        j += 1
    return j


def _agrees(f, gender: str, number: str) -> bool:
    return f.gender in (gender, None, "c") and f.number in (number, None)


def yes_and_price(s: Sentence, q: Question) -> Found | None:
    """A yes and the price asked at once takes what is offered: «sí, ¿cuánto cuesta?»."""
    if not s.w or s.w[0] not in s.words.folded("yes_words"):
        return None
    price = read_price_question(s, q)
    return Found(0, price.end) if price and price.start == s.opening() else None
