"""«A mí también» alone, to a yes/no question about a liking the bot has just told as its own
(«Me gusta mucho la música. ¿Te gusta la música?»): agreeing says yes."""

from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence


def agrees_alone(s: Sentence, q: Question) -> Found | None:
    """An agreeing phrase opening the answer and closing its clause, where the bot's line
    tells a liking before its question."""
    k = s.opening()
    phrase = next((p for p in s.words.phrases("agreeing_phrases") if s.phrase_at(k, p)), None)
    if phrase is None or k + len(phrase) < s.clause_end(k):
        return None
    bot = q.bot_line(s)
    asked = q.bot.find("¿")
    before = len(bot) if asked < 0 else _tokens_before(bot, asked)
    liking = s.words.folded("liking_verbs")
    if not any(bot.verbs(i, liking, {"3s", "3p"}) for i in range(before)):
        return None
    return Found(k, k + len(phrase))


def _tokens_before(bot: Sentence, at: int) -> int:
    """How many of the bot line's tokens start before character `at`."""
    return sum(1 for start, _ in bot.a.tokens.spans if start < at)


def skip_negated_degree(s: Sentence, verb: int, k: int) -> int:
    """Past «nada», «en absoluto» at k when a «no» comes just before the verb at `verb`
    («no me gusta nada»: how little, not what is liked); k otherwise."""
    negation = s.words.folded("negation")
    if not any(s.w[m] in negation for m in range(max(0, verb - 3), verb)):
        return k
    for phrase in sorted(s.words.phrases("negated_degree_words"), key=len, reverse=True):
        if s.phrase_at(k, phrase):
            return k + len(phrase)
    return k
