"""To a yes/no question about a thing named for who may have it («¿tienen carné de
estudiante?», «¿tiene tarjeta de residente?»), a yes or a no and being that: «sí, somos
estudiantes», «no, no soy residente»."""

from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence
from langbot.grading.tokens import BOUNDARY


def read_being_qualified(s: Sentence, q: Question) -> Found | None:
    """A yes or a no, then the copula in the answerer's person («I» or «we») and the noun
    that follows «de» after a noun of the bot's question, in either number, alone in its
    clause."""
    wanted = _qualifiers(q.bot_line(s))
    answers = s.words.folded("yes_words") | s.words.folded("negation")
    if not wanted or not s.w or s.w[0] not in answers:
        return None
    k = 1 + (s.a.at(1) == BOUNDARY)
    k += s.a.at(k) in s.words.folded("negation")
    persons = q.persons_in(s) | {"1p"}  # one may answer for the group one is in
    if not s.verbs(k, s.words.folded("copula"), persons):
        return None
    end = k + 1
    if not any(f.lemma in wanted for f in s.a.of(end, "NOUN")):
        return None
    return Found(0, end + 1) if end + 1 >= s.clause_end(k) else None


def _qualifiers(bot: Sentence) -> frozenset[str]:
    """The lemmas of the nouns after «de» after a noun in the bot's line («carné de
    estudiante»: estudiante)."""
    links = bot.words.folded("of_links")
    return frozenset(
        f.lemma
        for k in range(2, len(bot))
        if bot.a.at(k - 1) in links and bot.a.of(k - 2, "NOUN") and not bot.a.of(k - 2, "VERB")
        for f in bot.a.of(k, "NOUN")
    )
