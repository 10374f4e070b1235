"""A question back that asks what another step of the lesson asks: that step's answer, not
this one's («¿a qué hora cierra?» where a later step asks when the museum closes)."""

from langbot.grading.knowledge import Knowledge
from langbot.grading.meaning.words import meaning_words
from langbot.grading.tokens import Tokens, tokenize
from langbot.lessons import Step


def asks_another_steps_verb(
    steps: tuple[Step, ...], number: int, tokens: Tokens, kb: Knowledge
) -> bool:
    """The question says a verb (not a `light_verbs` one) that another step's model question
    says and this step's model answer does not."""
    light = meaning_words().folded("light_verbs")
    said = {inf for w in tokens.words for inf in kb.persons.get(w, {})} - light
    own = _verbs(steps[number - 1].model_answer, kb)
    others = {
        inf
        for k, step in enumerate(steps, 1)
        if k != number and "?" in step.model_answer
        for inf in _verbs(step.model_answer, kb)
    }
    return bool(said & others - own)


def _verbs(text: str, kb: Knowledge) -> frozenset[str]:
    """The infinitives of the finite verbs of a step's line."""
    return frozenset(inf for w in tokenize(text).words for inf in kb.persons.get(w, {}))


def homes_asked(model_answer: str, kb: Knowledge) -> frozenset[str]:
    """The nouns of a home (`home_nouns`) when a step's model answer asks where one lives
    with a residence verb («¿dónde vives?»): «¿dónde está tu casa?» asks it too, even where
    another step names the house."""
    words = meaning_words()
    if _verbs(model_answer, kb) & words.folded("residence_verbs"):
        return words.folded("home_nouns")
    return frozenset()
