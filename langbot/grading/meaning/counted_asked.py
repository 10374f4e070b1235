"""What the bot's «¿cuántos…?» counts: the noun after it and the nouns its own line counts,
their classes, and whether it asks an amount or speaks of money (used by numbers.py and
amounts.py)."""

from langbot.grading.meaning.sentence import Sentence
from langbot.text import fold


def asked_nouns(bot: Sentence) -> frozenset[str]:
    """The lemmas of the plural noun after «cuántos» in the bot's line, and of a noun its
    own answer counts («hay treinta estudiantes. ¿Cuántas personas…?»): what it counts."""
    how_many = bot.words.folded("how_many_words")
    asked = {
        f.lemma
        for k in range(1, len(bot))
        if bot.w[k - 1] in how_many and not bot.a.of(k, "VERB")  # «¿cuántas compras?»
        for f in bot.a.of(k, "NOUN")
        if f.number == "p"
    }
    if not asked:
        return frozenset()
    ends = (bot.number_at(k) for k in range(len(bot)))
    return frozenset(asked | {f.lemma for e in ends if e is not None for f in bot.a.of(e, "NOUN")})


def speaks_of_money(bot: Sentence) -> bool:
    """The bot's line names money or a price, or has a verb of paying or costing."""
    money = bot.words.folded("money_units") | bot.words.folded("price_nouns")
    if money & set(bot.w):
        return True
    costing = frozenset(bot.words.price_verbs)
    return any(f.lemma in costing for k in range(len(bot)) for f in bot.a.of(k, "VERB"))


def asks_an_amount(bot: Sentence) -> bool:
    """«¿Cuánto cuesta?», «¿cuánto tiempo tardas?»: «cuánto» before a verb, or before a
    singular noun (a mass, not things counted), asks an amount in any unit («veinte euros»,
    «veinte minutos»)."""
    how_many = bot.words.folded("how_many_words")
    for k in range(1, len(bot)):
        if bot.w[k - 1] not in how_many:
            continue
        nouns = bot.a.of(k, "NOUN")
        if (bot.a.of(k, "VERB") and not nouns) or any(f.number == "s" for f in nouns):
            return True
    return False


def asked_classes(bot: Sentence) -> frozenset[str]:
    """The classes of the noun after «cuántos» in the bot's line («¿cuántas personas...?»)."""
    how_many = bot.words.folded("how_many_words")
    return frozenset(
        c
        for k in range(1, len(bot))
        if bot.w[k - 1] in how_many
        for f in bot.a.of(k, "NOUN")
        for c in f.classes
    )


def amount_units(bot: Sentence) -> frozenset[str] | None:
    """The classes of what an amount asked is said in: to «¿cuánto tiempo…?» a length; to
    «¿cuánta agua…?» a length, a measure or a noun of the class asked; to «¿cuánto
    cuesta…?» money alone (frozenset()). None when the line asks no amount of a mass or a
    price."""
    how_many, costing = bot.words.folded("how_many_words"), frozenset(bot.words.price_verbs)
    for k in range(1, len(bot)):
        if bot.w[k - 1] not in how_many:
            continue
        mass = [f for f in bot.a.of(k, "NOUN") if f.number == "s"]
        lengths = bot.words.folded("length_classes")
        if bot.w[k] in bot.words.folded("length_nouns"):
            return lengths
        if mass:
            return (
                lengths | bot.words.folded("measure_classes") | {c for f in mass for c in f.classes}
            )
        if any(f.lemma in costing for f in bot.a.of(k, "VERB")):
            return frozenset()
    return None


def counts_money(bot: Sentence, named: frozenset[str]) -> bool:
    """The noun «¿cuántos…?» counts is money: «¿cuántos dólares quiere cambiar?»."""
    return bool({fold(n) for n in named} & bot.words.folded("money_units"))


def counts_us_not_asked(s: Sentence, bot: Sentence, start: int) -> bool:
    """The number at `start` follows «somos» («somos cuatro»: how many we are) where the bot
    counts a length of time («¿cuántas noches…?»), never one a head; not a thing each of us
    has one of («¿cuántas entradas?» «somos tres»)."""
    asked = asked_classes(bot)
    us = s.verbs(start - 1, s.words.folded("copula"), {"1p"})
    return bool(us) and bool(asked) and asked <= frozenset(s.words.length_classes)


_BOTH = 2  # «los dos», «las dos»: both of them, not two o'clock
_LAST_HOUR = 24  # «la treinta y ocho» (a size) is no hour


def hour_alone(s: Sentence, bot: Sentence, start: int, end: int) -> bool:
    """«las ocho» opening its clause with no noun after, to a line that names no number: an
    hour, not how many (but «las dos», both of them; «las tres» of three the bot named; «la
    cuarenta y cuatro», a size)."""
    if start == 0 or s.a.at(start - 1) not in s.words.folded("hour_articles"):
        return False
    if s.clause_at[start][0] != start - 1 or s.a.of(end, "NOUN"):
        return False
    named = any(bot.number_at(k) is not None for k in range(len(bot)))
    value = s.words.values.get(s.w[start])
    return not named and end == start + 1 and value != _BOTH and (value or 0) <= _LAST_HOUR
