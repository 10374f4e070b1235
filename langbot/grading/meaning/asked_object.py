"""The thing the bot's question names with an object pronoun before its verb («¿De qué
color las quiere?»: the roses, feminine plural; «¿Lo quiere amueblado…?»: the flat), or the
thing named before a question that asks how it is and names nothing («Prueba la tortilla.
¿Qué tal está?»), so an answer that leaves it unsaid agrees with it («rojas», «rica»)."""

from functools import lru_cache

from langbot.grading.analyses import analysed
from langbot.grading.knowledge import Knowledge
from langbot.grading.meaning.asked import questions
from langbot.grading.meaning.words import meaning_words
from langbot.grading.rules.registry import engine
from langbot.grading.tokens import BOUNDARY, tokenize


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


@lru_cache(maxsize=1024)
def named_before(bot: str, kb: Knowledge) -> tuple[str, str] | None:
    """A question that asks how something is and ends at its copula («¿Qué tal está?», «¿qué
    te parece?»): the
    gender and number of the thing the bot named last before it («Prueba la tortilla»: f,
    s; «estas peras… Pruebe una»: f, s); None when the question names it, or no thing was."""
    tokens, m = tokenize(bot), meaning_words()
    a = analysed(tokens, engine()[0])
    copulas = m.folded("subject_copulas") | m.folded("seeming")  # «¿qué te parece?»
    people = m.folded("gendered_classes")
    for start, end in questions(tokens):
        at = [j for j in range(start, end) if tokens.words[j] != BOUNDARY]
        if not at or not any(f.lemma in copulas and f.person for f in a.of(at[-1], "VERB")):
            continue
        words = tuple(tokens.words[j] for j in at[:-1])
        if not any(words[len(words) - len(p) :] == p for p in m.phrases("describing_questions")):
            continue
        for j in range(start - 1, -1, -1):
            one = m.offered_ones.get(a.at(j))
            if one and not a.of(j + 1, "NOUN"):
                return one[0], one[1]  # «pruebe una»: one of the things named
            nouns = [f for f in a.of(j, "NOUN") if f.gender in ("m", "f") and f.number]
            if nouns and a.of(j - 1, "DET") and not nouns[0].classes & people:
                return nouns[0].gender, nouns[0].number
    return None
