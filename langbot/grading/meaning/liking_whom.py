"""A liking said of someone else with the pronoun of the number the question asks in: to
«¿qué le gusta a su hermana?» «le gustan las novelas», not «les gustan…» (a group)."""

from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Sentence


def pronoun_disagrees(s: Sentence, q: Question) -> bool:
    """At a liking about someone else, the answer puts before a verb the other pronoun of
    `liking_pronouns` than the one the bot's line asks with."""
    if q.asks.kind != "liking" or q.asks.who != "other":
        return False
    pronouns = s.words.pronouns.get("other", frozenset())
    asked = {w for w in q.bot_line(s).w if w in pronouns}
    said = {s.w[k] for k in range(len(s) - 1) if s.w[k] in pronouns and s.a.of(k + 1, "VERB")}
    return len(asked) == 1 and bool(said) and not said & asked
