"""The word lists of a proposal put as a question («¿qué tal el lunes?», «¿a las seis te va
bien?») in langbot/grading/data/meaning.yaml; a part of MeaningWords (words.py)."""

from pydantic import BaseModel, ConfigDict

from langbot.datafiles import WordList


class ProposalWords(BaseModel):
    """Words that frame a proposal, the verbs of a question that arranges something, and
    words that buy time before any answer («pues, …»)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    proposal_openers: WordList
    proposal_closers: WordList
    proposal_kinds: WordList
    timed_proposal_kinds: WordList
    arranging_verbs: WordList
