"""Reading and validating the vocabulary files: a fast plain-data YAML reader and the
pydantic models of their entries (extra fields are an error)."""

from pathlib import Path
from typing import Annotated, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator
from yaml import events

from langbot.datafiles import M, validate
from langbot.errors import LessonFileError

ClassName = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z_]*$")]
"""A word class (food, state...): any name a vocabulary file gives is a slot kind lessons can use."""


def _plain_data(text: str) -> object:
    """Build the data from libyaml's events: plain mappings, lists and strings (true/false
    become booleans). Three times faster than safe_load, whose Python constructor and
    resolver dominate on files of thousands of small entries; enough for these data files."""
    stack: list = []
    keys: list = []
    root = None

    def add(value: object) -> None:
        nonlocal root
        if not stack:
            root = value
        elif type(stack[-1]) is list:
            stack[-1].append(value)
        elif keys[-1] is None:
            keys[-1] = value
        else:
            stack[-1][keys[-1]] = value
            keys[-1] = None

    for event in yaml.parse(text, Loader=getattr(yaml, "CBaseLoader", yaml.BaseLoader)):
        kind = type(event)
        if kind is events.ScalarEvent:
            value = event.value
            if event.implicit[0] and value in ("true", "false", "", "~", "null"):
                value = {"true": True, "false": False}.get(value)
            add(value)
        elif kind is events.MappingStartEvent or kind is events.SequenceStartEvent:
            container: dict | list = {} if kind is events.MappingStartEvent else []
            add(container)
            stack.append(container)
            keys.append(None)
        elif kind is events.MappingEndEvent or kind is events.SequenceEndEvent:
            stack.pop()
            keys.pop()
        elif kind is events.AliasEvent:
            raise yaml.YAMLError("anchors and aliases are not used in data files")
    return root


def read_data_yaml(path: Path) -> object:
    """Parse one data file (see _plain_data); an unreadable or malformed file raises
    LessonFileError naming it, as langbot.datafiles.read_yaml does."""
    try:
        return _plain_data(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise LessonFileError(f"{path}: cannot be read ({e.strerror})") from e
    except yaml.YAMLError as e:
        raise LessonFileError(f"{path}: is not valid YAML: {e}") from e


def read_data_mapping(path: Path, model: type[M], top: str) -> M:
    """Read one data file whose top level is a mapping (`top` says of what, for the error)
    and validate it as `model`; errors name the file, the entry and the field."""
    data = read_data_yaml(path)
    if not isinstance(data, dict):
        raise LessonFileError(f"{path}: top level must be a mapping {top}")
    return validate(path, data, model, LessonFileError)


def _word(value: str) -> str:
    if not value.strip() or value != value.strip():
        raise ValueError(f"{value!r} is empty or has spaces around it")
    return value


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class NounEntry(_Entry):
    """One noun: `{word: café, gender: m, plural: cafés, classes: [drink]}`."""

    word: str
    gender: Literal["m", "f", "mf"]
    plural: str | None = None
    """Only where the regular rule would be wrong, and for multi-word nouns."""
    plural_only: bool = False
    """The word is already plural and has no singular in use (gafas, vacaciones)."""
    classes: tuple[ClassName, ...] = Field(min_length=1)

    _check = field_validator("word", "plural")(classmethod(lambda cls, v: v and _word(v)))


class AdjectiveEntry(_Entry):
    """One adjective by its masculine singular: `{word: cansado, classes: [state]}`."""

    word: str
    feminine: str | None = None
    plural: str | None = None
    """The masculine (or common) plural, where the rule would be wrong."""
    classes: tuple[ClassName, ...] = Field(min_length=1)

    _check = field_validator("word", "feminine", "plural")(
        classmethod(lambda cls, v: v and _word(v))
    )


class HobbyEntry(_Entry):
    """One free-time activity as an infinitive phrase: `{phrase: jugar al fútbol}`."""

    phrase: str

    _check = field_validator("phrase")(classmethod(lambda cls, v: _word(v)))


class PlaceEntry(_Entry):
    """A city, country or region as learners write it: `{name: Nueva York, kind: city}`."""

    name: str
    kind: Literal["city", "country", "region"]

    _check = field_validator("name")(classmethod(lambda cls, v: _word(v)))


Phrases = tuple[str, ...]


class PhraseGroups(_Entry):
    """phrases.yaml: conversational phrases by function."""

    greeting: Phrases
    farewell: Phrases
    thanks: Phrases
    politeness: Phrases
    reply_to_thanks: Phrases
    yes: Phrases
    no: Phrases
    ask_back: Phrases
    help: Phrases


class FunctionWords(_Entry):
    """function_words.yaml: words that are never part of a name or a place."""

    articles: Phrases
    contractions: Phrases
    prepositions: Phrases
    conjunctions: Phrases
    pronouns_subject: Phrases
    pronouns_object: Phrases
    pronouns_reflexive: Phrases
    possessives: Phrases
    demonstratives: Phrases
    adverbs: Phrases
    quantifiers: Phrases
    question_words: Phrases
    numbers: Phrases
    fillers: Phrases
    auxiliaries: Phrases
