"""What there is, and what the bot's question offers or names: «¿qué hay en tu habitación?»
«hay una cama», «¿quiere una audioguía?»."""

from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence


def read_what_there_is(s: Sentence, q: Question) -> Found | None:
    """To a question of what there is («¿qué hay en tu habitación?»): «hay una cama y una
    mesa», «son libros», or the things alone, «una cama, una silla y un armario» (of the class asked)."""
    bot, there = q.bot_line(s), s.words.folded("existence_verbs")
    if not any(bot.verbs(k, there, {"3s"}) for k in range(len(bot))):
        return None
    classes = q.classes(s)
    copula, having = s.words.folded("copula"), s.words.folded("having")
    for i in range(len(s)):
        # «son regalos»: what it is, said of the things there; «tiene un río»: the place has it
        listed = s.verbs(i, copula, {"3p"}) and not s.a.of(i + 1, "DET")
        if s.verbs(i, there, {"3s"}) or listed or s.verbs(i, having, {"3s", "3p"}):
            end = s.noun_phrase(s.skip_degree(i + 1), classes)
            if end is not None:
                return Found(i, end, (i + 1, end))
    i = s.opening()
    end = s.noun_phrase(i, classes)
    if end is not None and end >= s.clause_end(i):
        return Found(i, end, (i, end))
    return None


def offers_a_thing(bot: Sentence) -> bool:
    """The bot's question itself (after its last «¿») names the one thing it offers, after
    its determiner («¿quiere una audioguía?»), not «algo» («¿algo más?», «¿algo de postre?»,
    where a yes alone says nothing)."""
    opening = bot.a.tokens.original.rfind("¿")
    return opening >= 0 and any(
        bot.a.of(k - 1, "DET")
        and bot.a.of(k, "NOUN")
        and not any(bot.a.of(k, p) for p in ("DET", "VERB", "ADP", "PRON"))
        for k in range(1, len(bot))
        if bot.a.tokens.spans[k - 1][0] > opening
    )


def names_a_bot_noun(s: Sentence, q: Question, found: Found) -> bool:
    """What was found names a noun the bot's line names."""
    return any(s.a.of(k, "NOUN") and s.w[k] in q.bot_words for k in range(found.start, found.end))
