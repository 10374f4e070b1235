"""The settings of the near-word search (data/near_words.yaml), validated and loaded once."""

import re
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator

from langbot.datafiles import load_model
from langbot.errors import LexiconError

DATA = Path(__file__).resolve().parent / "data" / "near_words.yaml"


class NearWords(BaseModel):
    """How unknown words are matched to the word they misspell (data/near_words.yaml)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    letters: str = Field(min_length=1)
    """The letters an edit may add or put in (folded words)."""
    min_length: int = Field(ge=1)
    """The shortest unknown word looked at."""
    min_length_sound: int = Field(ge=1)
    """The shortest unknown word matched by its sound alone («soi»: «soy»)."""
    max_length: int = Field(ge=1)
    """The longest unknown word looked at: a longer one is no slip for a word (and its edits
    would cost a turn's time)."""
    min_length_change: int = Field(ge=1)
    """The shortest unknown word in which a changed letter counts."""
    min_length_reorder: int = Field(ge=1)
    """The shortest unknown word whose letters may be in the wrong order («hiceria»)."""
    reorder_reach: int = Field(ge=2)
    """How far a letter may have moved, or two swapped letters stand apart."""
    max_unknown: int = Field(ge=1)
    """A sentence with more unknown words than this is left alone."""
    rewrites: dict[str, str]
    """English spellings of cognates and their Spanish ones, tried before the edit."""
    english_doubles: dict[str, str]
    """Double letters English writes and Spanish does not («professor»)."""
    vowels: str = Field(min_length=1)
    """Letters a learner swaps for each other more than for others."""
    confusable: list[str]
    """Pairs of letters that sound alike (b and v): a change between them is a likely one."""
    sound_alike: tuple[tuple[str, str], ...]
    """Regular expressions and what they become, in order: the spellings of one sound made
    one («llave», «yabe»), so a word spelt as a common one sounds is found."""

    @field_validator("sound_alike")
    @classmethod
    def _patterns_compile(cls, rules: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
        for pattern, _ in rules:
            try:
                re.compile(pattern)
            except re.error as e:  # a bad pattern stops start-up, not a learner's turn
                raise ValueError(f"{pattern!r} is no regular expression: {e}") from e
        return rules

    clitics: list[str]
    """Pronouns written joined to a verb form («cuidarla»)."""
    clitic_hosts: list[str]
    """The verb forms (lexicon VerbForm) pronouns join: what is left must be one."""
    clitic_drops: dict[str, str]
    """A pronoun and the letter a command drops before it («sentaos»: «sentad»)."""
    vos_command_drops: list[str] = []
    """What a vos command drops from its infinitive before pronouns («seguilo»: «seguir»)."""
    derivations: dict[str, list[str]]
    decades: list[str] = []
    """Number words said in the plural for a decade of life or time («en sus noventas»)."""
    loan_plural_after: str = ""
    """The last letters of a borrowed noun that makes its plural with a bare -s («hashtags»,
    «blogs»): no Spanish word ends so, so the plural is no slip."""
    consonant_plural: dict[str, str] = {}
    """A word's plural ending written bare and the ending it takes after a consonant
    («construccións»: «construcciones»)."""
    spelling_changes: dict[str, str]
    """A regular ending and what a known stem takes instead («-ando»: «-ar»)."""
    infinitive_endings: list[str]
    """What a stem takes to make an infinitive: a derivation to one of these reads a verb."""
    preterite_endings: list[str] = []
    """The preterite's third plural endings: a derivation to one of these reads a verb too
    (the imperfect subjunctive is built on that form's stem)."""
    infinitive_probes: dict[str, list[str]]
    """Per infinitive ending, endings of forms whose lemma shows the infinitive is a verb."""
    conjugation_endings: list[dict[str, str]]
    """Per tense and person, each infinitive ending's ending («ar»: «aba», «er»: «ia»): a
    verb form with another conjugation's ending is misspelt («lloria»: «lloraba»)."""
    garble_length: int = Field(ge=1)
    """The shortest unknown word in which a stretch of letters may be written wrong."""
    garble_chunk: int = Field(ge=2, le=2)
    """How many letters that stretch has at most, written and meant («pt» for «b»)."""
    garble_alike: list[str]
    """Pairs of letters one sound apart, written for each other in such a stretch."""
    garble_consonant_length: int = Field(ge=1)
    """The shortest unknown word in which such a stretch may have consonants («descriptir»);
    in a shorter one, only vowels for vowels («basbol»)."""
    scramble_length: int = Field(ge=1)
    """The shortest unknown word whose letters may be anywhere («suecrestada»)."""
    prefixes: list[str] = []
    """Prefixes joined to a known noun or adjective make a word («exagentes»), no slip."""
    prefix_rest_length: int = Field(default=5, ge=1)
    """The fewest letters a word needs after such a prefix."""


@lru_cache(maxsize=1)
def near_words() -> NearWords:
    """The settings of the near-word search, loaded once."""
    return load_model(DATA, NearWords, LexiconError)
