"""The thing a yes/no question names, counted or described in a yes: «¿hay un jardín?» «sí,
uno pequeño»; «¿lleva maletas?» «sí, tres»."""

from langbot.grading.meaning.sentence import Sentence
from langbot.grading.tokens import BOUNDARY


def names_several(bot: Sentence) -> bool:
    """The bot's question itself (after its last «¿») names a plural noun («¿lleva maletas?»)."""
    opening = bot.a.tokens.original.rfind("¿")
    return any(
        f.number == "p"
        for k in range(len(bot))
        if bot.a.tokens.spans[k][0] > opening and not bot.a.of(k, "VERB")
        for f in bot.a.of(k, "NOUN")
    )


def asks_anew(s: Sentence, bot: Sentence) -> bool:
    """Right after the answer's opening yes or no (and a comma or a stop), a question opens
    («¿…») that names nothing the bot's question names (not «sí, ¿dónde está la farmacia?» to
    «¿hay una farmacia por aquí?»: the bot's question asked back)."""
    k = 1 + (s.a.at(1) == BOUNDARY)
    spans = s.a.tokens.spans
    if k >= len(s) or "¿" not in s.a.tokens.original[spans[0][1] : spans[k][0]]:
        return False
    asked = {f.lemma for j in range(len(bot)) for f in bot.a.of(j, "NOUN")}
    return not any(f.lemma in asked for j in range(k, len(s)) for f in s.a.of(j, "NOUN"))


def names_two(bot: Sentence) -> bool:
    """The bot's question (after its last «¿») names two nouns joined by «y» or «o» («¿tiene
    bañador y gorro?»): «los dos» answers for both."""
    opening = bot.a.tokens.original.rfind("¿")
    links = bot.words.folded("list_links")
    return any(
        bot.a.tokens.spans[k][0] > opening
        and bot.a.of(k, "NOUN")
        and bot.w[k + 1] in links
        and bot.noun_phrase(k + 2, frozenset()) is not None
        for k in range(len(bot) - 2)
    )


def named_gender(bot: Sentence) -> str | None:
    """The gender of the first noun the bot's question names («¿hay un jardín?»: m)."""
    for k in range(len(bot)):
        nouns = [f for f in bot.a.of(k, "NOUN") if f.gender] if not bot.a.of(k, "VERB") else []
        if nouns:
            return nouns[0].gender
    return None


def of_the_thing(s: Sentence, k: int, gender: str | None) -> bool:
    """Token k counts or describes the thing the question names, agreeing with it: «uno»,
    «dos», «pequeño» for «un jardín» (not «una», «pequeña»)."""
    if s.a.only(k, "ADJ"):
        return all(f.gender in (None, gender) for f in s.a.readings[k])
    value = s.number_at(k)
    if not s.a.of(k, "NUM") or value is None:
        return False
    if value != 1:
        return True
    feminine = any(f.gender == "f" for f in s.a.readings[k])  # «una» is also a determiner
    return gender is None or feminine == (gender == "f")
