"""The word lists of what one has lived or is («¿qué tal la visita?» «me encantó»; «me quedo
un mes»; «soy hijo único») in langbot/grading/data/meaning.yaml; a part of MeaningWords
(words.py)."""

from pydantic import BaseModel, ConfigDict

from langbot.datafiles import WordList


class LivedWords(BaseModel):
    """Lines about something just lived through, verbs of staying that say a length as the
    bot's own does, and having no siblings said by being an only child."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    experience_asked: WordList
    stayed_alike: dict[str, WordList]
    sibling_nouns: WordList
    only_child_phrases: WordList
