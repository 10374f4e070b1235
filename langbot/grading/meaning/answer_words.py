"""The word lists of how a short answer is framed («ya no», «me parece genial», «¿qué hora
es?») in langbot/grading/data/meaning.yaml; a part of MeaningWords (words.py)."""

from pydantic import BaseModel, ConfigDict

from langbot.datafiles import WordList


class AnswerWords(BaseModel):
    """Words that place or colour a yes or a no, no-saying phrases, frames of an opinion
    before what accepts, and questions about the clock,
    which ask of no thing in the talk, verbs of a person's own life,
    the groups of place words a home may be placed by, words that make a place
    exact, and states of work said with estar, where it
    hurts said with no body part, everything as an answer (or all of the kind asked), words that single out the
    thing that follows, words that open a cause
    with no verb, verbs of hurting oneself, and the verb of being able, every kind of a thing, and the phrases
    that ask to see someone."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    no_phrases: WordList
    opinion_frames: WordList
    clock_questions: WordList
    personal_verbs: WordList
    home_place_groups: WordList
    place_degrees: WordList
    work_states: WordList
    ache_places: WordList
    all_answers: WordList
    whole_words: WordList
    focus_openers: WordList
    answer_asides: WordList
    choosers: WordList
    cause_openers: WordList
    mishap_verbs: WordList
    mishap_phrases: WordList
    able_verbs: WordList
    whole_kinds: WordList
    someone_asked_for: WordList
