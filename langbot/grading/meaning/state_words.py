"""The word lists of how someone or something is («estoy cansado», «no funciona», «dejó de
funcionar») in langbot/grading/data/meaning.yaml; a part of MeaningWords (words.py)."""

from pydantic import BaseModel, ConfigDict

from langbot.datafiles import WordList


class StateWords(BaseModel):
    """Verbs and adverbs of a state, verbs of a thing that fails, verbs that say it stopped
    working, verbs of how food tastes, and the people nouns that tell the sex of the one
    asked how they are."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    state_verbs: WordList
    state_adverbs: WordList
    failing_verbs: WordList
    ceasing_verbs: WordList
    fault_verbs: WordList
    tasting_verbs: WordList
    sexed_classes: WordList
    shared_people: WordList
