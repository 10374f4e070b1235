"""The everyday phrases of the later lessons (a hotel, a job, sports, transport, meals): one
family, its finders in everyday_pronouns, everyday_articles and everyday_prepositions, its
words and examples in data/rules/everyday.yaml."""

from langbot.grading.rules.dish_manner import dish_manner_with_a
from langbot.grading.rules.everyday_articles import (
    go_to_meal,
    job_after_como_with_article,
    one_before_noun,
)
from langbot.grading.rules.everyday_names import speaker_name_gender
from langbot.grading.rules.everyday_prepositions import (
    listen_without_a,
    play_game_with_a,
    play_with_someone,
    times_per_period,
    transport_with_en,
    work_place_with_en,
)
from langbot.grading.rules.everyday_pronouns import (
    accented_possessive,
    article_possessive_after_preposition,
    long_possessive_before_noun,
    pronoun_after_preposition,
)
from langbot.grading.rules.good_well import manner_with_good
from langbot.grading.rules.suits_well import suits_with_good

FINDERS = {
    "article_possessive_after_preposition": article_possessive_after_preposition,
    "pronoun_after_preposition": pronoun_after_preposition,
    "accented_possessive": accented_possessive,
    "long_possessive_before_noun": long_possessive_before_noun,
    "job_after_como_with_article": job_after_como_with_article,
    "one_before_noun": one_before_noun,
    "transport_with_en": transport_with_en,
    "work_place_with_en": work_place_with_en,
    "times_per_period": times_per_period,
    "go_to_meal": go_to_meal,
    "listen_without_a": listen_without_a,
    "play_game_with_a": play_game_with_a,
    "play_with_someone": play_with_someone,
    "dish_manner_with_a": dish_manner_with_a,
    "suits_with_good": suits_with_good,
    "manner_with_good": manner_with_good,
    "speaker_name_gender": speaker_name_gender,
}
