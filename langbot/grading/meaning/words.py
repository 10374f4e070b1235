"""The construction words of the meaning readers, from langbot/grading/data/meaning.yaml."""

from functools import cached_property, lru_cache
from pathlib import Path
from typing import Literal

from pydantic import ConfigDict, Field

from langbot.datafiles import WordList, load_model
from langbot.errors import LessonFileError
from langbot.grading.meaning.answer_words import AnswerWords
from langbot.grading.meaning.lived_words import LivedWords
from langbot.grading.meaning.money_words import MoneyWords
from langbot.grading.meaning.place_words import PlaceWords
from langbot.grading.meaning.proposal_words import ProposalWords
from langbot.grading.meaning.state_words import StateWords
from langbot.grading.meaning.time_words import TimeWords
from langbot.grading.meaning.weather_words import WeatherWords
from langbot.grading.meaning.word_tables import folded_set, group_tuples, phrase_tuples
from langbot.text import fold

MEANING_FILE = Path(__file__).resolve().parent.parent / "data" / "meaning.yaml"


class MeaningWords(
    TimeWords,
    ProposalWords,
    StateWords,
    MoneyWords,
    AnswerWords,
    LivedWords,
    PlaceWords,
    WeatherWords,
):
    """Verbs (lemmas) and phrases of the constructions that say what a step asks."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    liking_verbs: WordList
    preference_verbs: WordList
    choosing_verbs: WordList
    choice_question_verbs: WordList
    wanting_alike: WordList
    pro_verbs: WordList
    favourite_words: WordList
    favourite_owners: dict[str, WordList]
    favourite_relatives: WordList
    subjectless_not: WordList
    object_clitics: dict[str, WordList]
    offered_ones: dict[str, WordList]
    fan_links: WordList
    pastime_nouns: WordList
    pastime_classes: WordList
    liking_pronouns: dict[str, WordList] = Field(min_length=1)
    degree_words: WordList
    negated_degree_words: WordList
    language_knowing_verbs: WordList
    study_doing_verbs: WordList
    number_labels: WordList
    light_verbs: WordList
    habit_verbs: WordList
    future_verbs: WordList
    future_links: WordList
    work_verbs: WordList
    study_heads: WordList
    thanks_replies: WordList
    thanks_reply_openers: WordList
    thanks_only_replies: WordList
    joined_prepositions: WordList
    celebration_wishes: WordList
    farewell_wishes: WordList
    wish_links: WordList
    thanks_phrases: WordList
    something_words: WordList
    vague_counts: WordList
    employer_verbs: WordList
    employer_links: WordList
    enough_phrases: WordList
    enough_openers: WordList
    more_words: WordList
    browsing_phrases: WordList
    browsing_questions: WordList
    accept_phrases: WordList
    decline_phrases: WordList
    request_verbs: WordList
    request_modals: WordList
    stock_verbs: WordList
    order_verbs: WordList
    also_words: WordList
    getting_verbs: WordList
    company_openers: WordList
    alone_words: WordList
    related_classes: dict[str, WordList]
    measure_classes: WordList
    measure_links: WordList
    infinitive_links: WordList
    copula: WordList
    subject_copulas: WordList
    describing_questions: WordList
    described_wants: WordList
    seeming: WordList
    progressive: WordList
    having: WordList
    appearance_classes: WordList
    colour_nouns: WordList
    colour_openers: WordList
    plan_verbs: WordList
    shared_kinds: WordList
    household_kinds: WordList
    with_me_phrases: WordList
    shared_verbs: WordList
    embedding_verbs: WordList
    personal_kinds: WordList
    third_subjects: WordList
    third_possessives: WordList
    third_clitics: WordList
    before_verb: WordList
    people_classes: WordList
    anyone_classes: WordList
    gendered_classes: WordList
    judged_for: WordList
    we_nouns: WordList
    about_other_kinds: WordList
    same_person: list[WordList]
    same_things: list[WordList]
    opposite_nouns: list[WordList]
    mirrored_words: list[WordList]
    manner_opposites: list[WordList]
    learning_verbs: WordList
    kindness_phrases: WordList
    anything_and_nothing: list[WordList]
    plan_links: WordList
    wish_verbs: WordList
    craving_phrases: WordList
    craving_verbs: WordList
    learner_pronouns: WordList
    request_pronouns: WordList
    reassurances: WordList
    negation: WordList
    enclitics: WordList
    infinitive_endings: WordList
    same_past_endings: WordList
    strong_preterites: WordList
    list_links: WordList
    state_links: WordList
    complement_links: WordList
    of_links: WordList
    obligation_verbs: WordList
    state_change_verbs: WordList
    name_verbs: WordList
    name_pronouns: dict[str, WordList] = Field(min_length=1)
    name_nouns: WordList
    booking_phrases: WordList
    own_name_phrases: WordList
    letter_names: WordList
    letter_links: WordList
    spelling_openers: WordList
    origin_verbs: WordList
    origin_links: WordList
    birth_verbs: WordList
    birth_links: WordList
    birth_date_classes: WordList
    when_not_where: WordList
    age_nouns: WordList
    speaking_verbs: WordList
    ability_verbs: WordList
    titled_classes: WordList
    which_words: WordList
    home_nouns: WordList
    asking_determiners: WordList
    greeting_phrases: WordList
    farewell_phrases: WordList
    greeting_only: WordList
    number_values: dict[str, int] = Field(min_length=1)
    number_links: WordList
    number_articles: WordList
    arithmetic: dict[str, Literal["+", "-", "*", "/"]]
    count_verbs: WordList
    amount_answers: WordList
    vague_alone_counts: WordList
    none_words: WordList
    why_questions: WordList
    reason_openers: WordList
    purpose_openers: WordList
    empty_plan_verbs: WordList
    we_proposal_verbs: WordList
    company_kinds: WordList
    reason_links: WordList
    restricting_words: WordList
    manner_classes: WordList
    modal_verbs: WordList
    how_many_words: WordList
    catch_all_classes: WordList
    unowned_classes: WordList
    perfect_auxiliaries: WordList
    yes_words: WordList
    confirm_phrases: WordList
    courtesy_words: WordList
    open_invitations: WordList
    asked_any_of: WordList
    duration_nouns: WordList
    duration_classes: WordList
    when_words: WordList
    not_activity_verbs: WordList
    day_parts: dict[str, WordList] = Field(min_length=1)
    alternative_links: WordList
    activity_classes: WordList
    state_phrases: WordList
    state_classes: WordList
    state_noun_classes: WordList
    ache_verbs: WordList
    farewell_until: WordList
    same_actions: dict[str, WordList]
    there_actions: dict[str, WordList]
    given_alike: dict[str, WordList]
    fed_alike: dict[str, WordList]
    received_for: dict[str, WordList]
    counted_alike: dict[str, WordList]
    turning_verbs: WordList
    dislike_verbs: WordList
    language_degrees: WordList
    medium_links: WordList
    head_links: WordList
    kind_nouns: WordList
    order_openers: WordList
    courtesy_tails: WordList
    indifference_phrases: WordList
    name_tails: WordList
    handing_phrases: WordList
    agreeing_phrases: WordList
    judged_words: WordList
    exclaiming_words: WordList
    negation_pair: WordList
    class_openers: WordList
    wearing_verbs: WordList
    wearing_classes: WordList
    class_phrases: dict[str, WordList] = Field(min_length=1)

    def folded(self, field: str) -> frozenset[str]:
        """A word-list field, folded, as a set."""
        return folded_set(self, field)

    def kinds(self, field: str) -> frozenset[str]:
        """A list of ask kinds as written: folding would make «routine_time» two words."""
        return frozenset(getattr(self, field))

    def phrases(self, field: str) -> tuple[tuple[str, ...], ...]:
        """A phrase-list field as folded word tuples, the longest first."""
        return phrase_tuples(self, field)

    @cached_property
    def pronouns(self) -> dict[str, frozenset[str]]:
        """The indirect pronouns of gustar-like verbs by who answers (i, other, family)."""
        return {who: frozenset(fold(w) for w in ws) for who, ws in self.liking_pronouns.items()}

    @cached_property
    def people(self) -> tuple[frozenset[str], ...]:
        """The groups of words for one person («madre», «mamá»), folded."""
        return tuple(frozenset(fold(w) for w in group) for group in self.same_person)

    @cached_property
    def things(self) -> tuple[frozenset[str], ...]:
        """The groups of nouns for kinds of one thing («ciudad», «pueblo»), folded."""
        return tuple(frozenset(fold(w) for w in group) for group in self.same_things)

    def group_phrases(self, field: str) -> dict[str, tuple[tuple[str, ...], ...]]:
        """A field of named phrase lists as folded word tuples per name, the longest first."""
        return group_tuples(self, field)

    @cached_property
    def values(self) -> dict[str, int]:
        """Each folded number word's value."""
        return {fold(w): v for w, v in self.number_values.items()}

    def __hash__(self) -> int:
        return id(self)


def load_meaning_words(path: Path = MEANING_FILE) -> MeaningWords:
    """Read and validate meaning.yaml; LessonFileError names the file, entry and field."""
    return load_model(path, MeaningWords, LessonFileError, mapping_of="meaning words")


@lru_cache(maxsize=1)
def meaning_words() -> MeaningWords:
    """The shipped construction words, loaded once."""
    return load_meaning_words()
