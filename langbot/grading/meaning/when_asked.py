"""A time a model question asks after a question word («¿a qué hora abren las duchas?», «¿qué
día viene?») is asked too by «¿cuándo…?» and by the noun of a timetable («¿cuál es el horario
de las duchas?»); the words are data (data/when_asked.yaml)."""

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from langbot.datafiles import WordList, load_model
from langbot.errors import LessonFileError
from langbot.grading.meaning.sentence import Sentence
from langbot.text import fold

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "when_asked.yaml"


class WhenWords(BaseModel):
    """The words of data/when_asked.yaml."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    time_classes: WordList
    timetable_nouns: WordList


@lru_cache(maxsize=1)
def when_words() -> WhenWords:
    """The shipped words, loaded once."""
    return load_model(DATA_FILE, WhenWords, LessonFileError, mapping_of="when-asked words")


def asked_too(model: Sentence, k: int) -> frozenset[str]:
    """For the noun at k of a model question, a time after a question word («qué hora»), the
    words that ask it too («cuándo», «horario»); else none."""
    words = when_words()
    if model.a.at(k - 1) not in model.words.folded("asking_determiners"):
        return frozenset()
    if not any(f.classes & frozenset(words.time_classes) for f in model.a.of(k, "NOUN")):
        return frozenset()
    return model.words.folded("when_words") | frozenset(fold(w) for w in words.timetable_nouns)
