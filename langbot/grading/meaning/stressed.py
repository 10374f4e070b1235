"""A yes or a no after a subject pronoun, as one answers for oneself in a group or against
another: «Yo sí.», «Nosotros no.», «Yo no, pero mi novia sí.», «Yo sí, uno pequeño.»."""

from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence
from langbot.grading.tokens import BOUNDARY


def read_stressed_yes_no(s: Sentence, q: Question) -> Found | None:
    """A pronoun of who answers, then a yes or a no closing its clause or before a comma."""
    answers = s.words.folded("yes_words") | s.words.folded("negation")
    if len(s) < 2 or s.w[1] not in answers or not _answerer(s, q):
        return None
    if len(s) > 2 and s.w[2] != BOUNDARY:
        return None  # «yo no tengo…» is a sentence with its verb, read by the other readers
    return Found(0, 2)


def _answerer(s: Sentence, q: Question) -> bool:
    """The first word is a subject pronoun of who answers («nosotros» where the bot asks a
    group: «¿tienen carné?»)."""
    persons = set(q.persons_in(s))
    bot = q.bot_line(s)
    if any(f.person in ("2p", "3p") for k in range(len(bot)) for f in bot.a.of(k, "VERB")):
        persons.add("1p")
    return any(f.person in persons for f in s.a.of(0, "PRON"))
