"""The construction words of the meaning readers, from langbot/grading/data/meaning.yaml."""

from functools import cached_property, lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from langbot.datafiles import WordList, load_model
from langbot.errors import LessonFileError
from langbot.text import fold

MEANING_FILE = Path(__file__).resolve().parent.parent / "data" / "meaning.yaml"


class MeaningWords(BaseModel):
    """Verbs (lemmas) and phrases of the constructions that say what a step asks."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    liking_verbs: WordList
    preference_verbs: WordList
    favourite_words: WordList
    liking_pronouns: dict[str, WordList] = Field(min_length=1)
    degree_words: WordList
    state_verbs: WordList
    state_adverbs: WordList
    habit_verbs: WordList
    residence_verbs: WordList
    place_openers: WordList
    work_verbs: WordList
    time_phrases: WordList
    hour_openers: WordList
    thanks_replies: WordList
    enough_phrases: WordList
    accept_phrases: WordList
    decline_phrases: WordList
    request_verbs: WordList
    request_modals: WordList
    order_verbs: WordList
    company_openers: WordList
    alone_words: WordList
    related_classes: dict[str, WordList]
    bare_openers: WordList
    copula: WordList
    progressive: WordList
    having: WordList
    plan_verbs: WordList
    plan_links: WordList
    wish_verbs: WordList
    learner_pronouns: WordList
    negation: WordList
    enclitics: WordList
    infinitive_endings: WordList
    list_links: WordList
    state_links: WordList
    complement_links: WordList
    obligation_verbs: WordList
    state_change_verbs: WordList
    name_verbs: WordList
    name_pronouns: dict[str, WordList] = Field(min_length=1)
    name_nouns: WordList
    origin_verbs: WordList
    origin_links: WordList
    age_nouns: WordList
    speaking_verbs: WordList
    price_phrases: WordList
    payment_phrases: WordList
    greeting_phrases: WordList
    farewell_phrases: WordList
    reflexive_ending: str = Field(min_length=1)

    def folded(self, field: str) -> frozenset[str]:
        """A word-list field, folded, as a set."""
        return _folded_set(self, field)

    def phrases(self, field: str) -> tuple[tuple[str, ...], ...]:
        """A phrase-list field as folded word tuples, the longest first."""
        return _phrase_tuples(self, field)

    @cached_property
    def pronouns(self) -> dict[str, frozenset[str]]:
        """The indirect pronouns of gustar-like verbs by who answers (i, other, family)."""
        return {who: frozenset(fold(w) for w in ws) for who, ws in self.liking_pronouns.items()}

    def __hash__(self) -> int:
        return id(self)


@lru_cache(maxsize=64)
def _folded_set(words: MeaningWords, field: str) -> frozenset[str]:
    return frozenset(fold(w) for w in getattr(words, field))


@lru_cache(maxsize=64)
def _phrase_tuples(words: MeaningWords, field: str) -> tuple[tuple[str, ...], ...]:
    out = {tuple(fold(p).split()) for p in getattr(words, field)}
    return tuple(sorted(out, key=lambda p: (-len(p), p)))


def load_meaning_words(path: Path = MEANING_FILE) -> MeaningWords:
    """Read and validate meaning.yaml; LessonFileError names the file, entry and field."""
    return load_model(path, MeaningWords, LessonFileError, mapping_of="meaning words")


@lru_cache(maxsize=1)
def meaning_words() -> MeaningWords:
    """The shipped construction words, loaded once."""
    return load_meaning_words()
