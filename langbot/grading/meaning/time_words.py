"""The date, hour and frequency word lists of langbot/grading/data/meaning.yaml: «ayer»,
«a las», «hace», «todos los días»; a part of MeaningWords (words.py)."""

from pydantic import BaseModel, ConfigDict

from langbot.datafiles import WordList


class TimeWords(BaseModel):
    """Words of when: dates, hours, times since and ago, how often."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    time_phrases: WordList
    hour_openers: WordList
    span_openers: WordList
    span_links: WordList
    hour_of_links: WordList
    ending_verbs: WordList
    """Asked when one of these happens, «hasta» and an hour answers: «hasta las ocho»."""
    until_words: WordList
    time_from_now: WordList
    frequency_nouns: WordList
    frequency_phrases: WordList
    ever_answers: WordList
    never_answers: WordList
    date_articles: WordList
    day_nouns: WordList
    date_links: WordList
    date_openers: WordList
    date_word_links: WordList
    date_classes: WordList
    date_words: WordList
    since_links: WordList
    past_date_words: WordList
    since_words: WordList
    ago_verbs: WordList
    lasting_verbs: WordList
    lasting_fillers: WordList
    ago_degrees: WordList
    length_classes: WordList
    length_nouns: WordList
    vague_lengths: WordList
    frequency_openers: WordList
    frequency_classes: WordList
    time_relations: WordList
    hour_tails: WordList
    hour_articles: WordList
    past_date_markers: WordList
    future_date_phrases: WordList
    tomorrow_words: WordList
    forward_verbs: WordList
    ago_barred_articles: WordList
