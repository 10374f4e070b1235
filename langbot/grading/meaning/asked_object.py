"""The thing the bot's question names with an object pronoun before its verb («¿De qué
color las quiere?»: the roses, feminine plural; «¿Lo quiere amueblado…?»: the flat), so an
answer that leaves it unsaid agrees with it («rojas», «amueblado»)."""

from functools import lru_cache

from langbot.grading.knowledge import Knowledge
from langbot.grading.meaning.asked import questions
from langbot.grading.meaning.words import meaning_words
from langbot.grading.tokens import tokenize


@lru_cache(maxsize=1024)
def asked_object(bot: str, kb: Knowledge) -> tuple[str, str] | None:
    """The gender and number of the one thing the bot's questions name by an object pronoun
    right before a conjugated verb (no noun: «la cena» is no pronoun and verb); None when
    they name none, or things of two kinds."""
    tokens, clitics = tokenize(bot), meaning_words().object_clitics
    found = set()
    for start, end in questions(tokens):
        for j in range(start, end - 1):
            agree, verb = clitics.get(tokens.words[j]), tokens.words[j + 1]
            if agree and verb in kb.persons and verb not in kb.vocabulary.nouns:  # «la cena»
                found.add((agree[0], agree[1]))
    return next(iter(found)) if len(found) == 1 else None
