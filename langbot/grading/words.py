"""The words the grader's code needs by role (data/grader_words.yaml), folded when loaded:
the grader's Python names roles, never Spanish words."""

from functools import lru_cache
from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from langbot.datafiles import load_model
from langbot.errors import LessonFileError
from langbot.text import fold


def _folded(words: list[str]) -> tuple[str, ...]:
    out = []
    for word in words:
        if not word.strip():
            raise ValueError("an entry is empty")
        out.append(" ".join(fold(word).split()))
    return tuple(out)


def _folded_pieces(pieces: list[str]) -> tuple[str, ...]:
    return tuple("".join(fold(c) if c.isalnum() else c for c in p.strip()) for p in pieces)


Words = Annotated[list[str], Field(min_length=1), AfterValidator(_folded)]
"""A non-empty list of words or phrases, folded (lower case, no accents), order kept."""
RegexPieces = Annotated[list[str], Field(min_length=1), AfterValidator(_folded_pieces)]
"""Regular-expression pieces matched on folded text: letters folded, the syntax kept."""

DEFAULT_PATH = Path(__file__).resolve().parent / "data" / "grader_words.yaml"


class Languages(BaseModel):
    """The language codes of the word-frequency lists."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    spanish: str
    english: str


class GraderWords(BaseModel):
    """data/grader_words.yaml: each field is one role a word plays in the grader's code."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    slot_determiners: Words
    slot_intensifiers: Words
    slot_prepositions: Words
    list_links: Words
    list_links_alone: Words
    number_units: Words
    number_articles: Words
    """Units that are also the indefinite article: a number only when no noun follows."""
    number_teens: Words
    number_tens: Words
    number_twenties_prefix: str
    number_others: Words
    number_and: Words
    clock_hours: Words
    clock_articles: Words
    clock_joins: Words
    clock_minutes: Words
    clock_sharp: Words
    clock_suffixes: Words
    clock_words: Words
    name_joins: Words
    place_articles: Words
    place_joins: Words
    verb_pronouns: Words
    reflexive_ending: str = Field(min_length=1)
    """How a -se verb's infinitive ends (llamarse): the rules and the meaning readers read it."""
    weak_words: Words
    neutral_verbs: Words
    liking_verbs: Words
    suiting_phrases: Words
    bare_modals: Words
    modal_negations: Words
    helper_links: Words
    age_helper_links: Words
    inflected_endings: Words
    answer_then_more: Words
    clause_links: Words
    question_starts: Words
    polite_you: Words
    object_pronouns: Words
    offered_objects: Words
    impersonal_verbs: Words
    state_verbs: Words
    since_words: Words
    """Verbs of a state: asked in the present, an answer in the past may still answer."""
    age_words: Words
    accents_known: list[str] = Field(min_length=1)
    """Words the bot always writes with their accents (tú), as written, not folded."""
    ambiguous_accents: Words
    languages: Languages
    question_words: Words
    question_pairs: dict[str, Words]
    """A question word that opens a question only with one of these after it (por: qué)."""
    injection: Words
    help_lead: RegexPieces
    help_requests: RegexPieces
    help_tail: RegexPieces
    courtesy_numbers: Words
    gender_endings: dict[str, str] = Field(min_length=1)
    """A masculine ending and its feminine one (o: a): two forms that differ only there are
    one word inflected, never a misspelling of each other («gatita», «gatito»)."""
    person_names: dict[str, str] = Field(min_length=6)
    """The subject pronoun that names each person label (1s: yo), as the messages write it."""

    def alternation(self, field: str) -> str:
        """A field's entries as one regex alternation, longest first (they are regex pieces)."""
        return "|".join(sorted(getattr(self, field), key=len, reverse=True))


@lru_cache(maxsize=4)
def load_grader_words(path: Path = DEFAULT_PATH) -> GraderWords:
    """Read and validate grader_words.yaml; LessonFileError names the file and field."""
    return load_model(path, GraderWords, LessonFileError)


def grader_words() -> GraderWords:
    """The grader's role words, loaded once."""
    return load_grader_words()
