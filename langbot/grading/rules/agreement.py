"""Agreement in the noun phrase: a determiner and its noun (rules/determiner_noun.py), an
adjective and its noun, numbers, and (rules/predicate.py) an adjective after ser or estar
and its subject, all by the lexicon's features. FINDERS lists the family's rules."""

from langbot.grading.rules.amount_after import amount_after_noun
from langbot.grading.rules.apocope import (
    apocopated_adjective,
    short_alone,
    short_before_plural,
    whole_before_noun,
)
from langbot.grading.rules.asking_number import amount_agreement, asking_number
from langbot.grading.rules.bare_prenominal import adjective_before_bare_noun
from langbot.grading.rules.clause_subject import clause_subject_adjective
from langbot.grading.rules.counted_gender import (
    half_as_noun,
    half_gender,
    hundreds_gender,
    partitive_gender,
)
from langbot.grading.rules.degree_adjective import adjective_after_degree
from langbot.grading.rules.degree_phrase import degree_phrase
from langbot.grading.rules.determiner_noun import common_nouns, determiner_noun, noun_after
from langbot.grading.rules.determiner_series import series as _series
from langbot.grading.rules.each_singular import each_singular
from langbot.grading.rules.invariable_nouns import invariable_subject
from langbot.grading.rules.joined_predicate import joined_predicate
from langbot.grading.rules.language_names import country_for_language, language_name
from langbot.grading.rules.linked_adjective import colour_after_of, linked_adjective
from langbot.grading.rules.noun_adjective import (
    bare_nouns,
    disagrees,
    noun_adjective,
    nouns_with_determiner,
    plain_adjective,
)
from langbot.grading.rules.noun_phrase import (
    determiner_adjective,
    neuter_before_noun,
    of_phrase_adjective,
    participle_after_noun,
)
from langbot.grading.rules.numerals import numeral_apocope, numerals
from langbot.grading.rules.partitive_number import partitive_number
from langbot.grading.rules.perfect_participle import perfect_not_participle, perfect_participle
from langbot.grading.rules.possessive_after import possessive_after_noun
from langbot.grading.rules.postposed_subject import postposed_subject
from langbot.grading.rules.predicate import predicate_adjective
from langbot.grading.rules.predicate_noun import predicate_noun_phrase, predicate_noun_woman
from langbot.grading.rules.predicate_pair import predicate_pair
from langbot.grading.rules.prenominal import prenominal_adjective
from langbot.grading.rules.price_subject import price_subject, price_with_of
from langbot.grading.rules.quantifier_adverb import quantifier_as_adverb
from langbot.grading.rules.quantifiers import (
    demonstrative_subject,
    noun_after_pair,
    quantifier_noun,
    quantifier_number,
    whole_noun_phrase,
)
from langbot.grading.rules.relative_number import relative_number
from langbot.grading.rules.ser_perfect import ser_perfect
from langbot.grading.rules.something_noun import something_before_noun
from langbot.grading.rules.together import together_agreement

FINDERS = {
    "determiner_noun": determiner_noun,
    "adjective_after_degree": lambda ctx: adjective_after_degree(
        ctx, bare_nouns, common_nouns, disagrees
    ),
    "degree_phrase": degree_phrase,
    "numerals": numerals,
    "numeral_apocope": numeral_apocope,
    "noun_adjective": noun_adjective,
    "prenominal_adjective": lambda ctx: prenominal_adjective(ctx, _series, common_nouns, disagrees),
    "adjective_before_bare_noun": adjective_before_bare_noun,
    "predicate_adjective": predicate_adjective,
    "clause_subject_adjective": clause_subject_adjective,
    "predicate_noun_phrase": lambda ctx: predicate_noun_phrase(ctx, _series),
    "predicate_noun_woman": lambda ctx: predicate_noun_woman(ctx, _series),
    "predicate_noun_pair": lambda ctx: predicate_pair(ctx, _series),
    "linked_adjective": linked_adjective,
    "colour_after_of": colour_after_of,
    "whole_noun_phrase": lambda ctx: whole_noun_phrase(
        ctx, _series, noun_after, common_nouns, disagrees
    ),
    "of_phrase_adjective": lambda ctx: of_phrase_adjective(
        ctx, common_nouns, nouns_with_determiner, plain_adjective
    ),
    "neuter_before_noun": lambda ctx: neuter_before_noun(ctx, common_nouns),
    "demonstrative_subject": lambda ctx: demonstrative_subject(ctx, _series),
    "quantifier_noun": lambda ctx: quantifier_noun(ctx, _series, common_nouns),
    "quantifier_number": lambda ctx: quantifier_number(ctx, _series, common_nouns),
    "noun_after_pair": lambda ctx: noun_after_pair(ctx, _series, common_nouns),
    "determiner_adjective": lambda ctx: determiner_adjective(ctx, _series, common_nouns),
    "apocopated_adjective": lambda ctx: apocopated_adjective(ctx, _series, common_nouns),
    "short_before_plural": lambda ctx: short_before_plural(ctx, _series, common_nouns),
    "whole_before_noun": lambda ctx: whole_before_noun(ctx, common_nouns),
    "short_alone": short_alone,
    "half_as_noun": half_as_noun,
    "relative_number": relative_number,
    "invariable_subject": lambda ctx: invariable_subject(ctx, _series),
    "asking_number": asking_number,
    "amount_agreement": amount_agreement,
    "joined_predicate": joined_predicate,
    "postposed_subject": postposed_subject,
    "price_subject": price_subject,
    "price_with_of": price_with_of,
    "participle_after_noun": lambda ctx: participle_after_noun(
        ctx, common_nouns, nouns_with_determiner
    ),
    "together_agreement": together_agreement,
    "perfect_participle": perfect_participle,
    "perfect_not_participle": perfect_not_participle,
    "ser_perfect": ser_perfect,
    "each_singular": each_singular,
    "hundreds_gender": hundreds_gender,
    "partitive_gender": partitive_gender,
    "partitive_number": partitive_number,
    "half_gender": half_gender,
    "language_name": language_name,
    "country_for_language": country_for_language,
    "quantifier_as_adverb": quantifier_as_adverb,
    "amount_after_noun": amount_after_noun,
    "something_before_noun": something_before_noun,
    "possessive_after_noun": possessive_after_noun,
}
