"""Agreement in the noun phrase: a determiner and its noun (rules/determiner_noun.py), an
adjective and its noun, numbers, and (rules/predicate.py) an adjective after ser or estar
and its subject, all by the lexicon's features. FINDERS lists the family's rules."""

from langbot.grading.analysis import Analysis
from langbot.grading.rules.adjectives import adjective_fix, apposed_noun, opens_adverb, shade
from langbot.grading.rules.apocope import (
    apocopated_adjective,
    short_before_plural,
    whole_before_noun,
)
from langbot.grading.rules.asking_number import amount_agreement, asking_number
from langbot.grading.rules.base import Context, Hit, per_sentence
from langbot.grading.rules.clause_subject import clause_subject_adjective
from langbot.grading.rules.common import of_both_genders
from langbot.grading.rules.counted_gender import half_gender, hundreds_gender, partitive_gender
from langbot.grading.rules.degree_adjective import adjective_after_degree, measures_comparison
from langbot.grading.rules.determiner_noun import common_nouns, determiner_noun, noun_after
from langbot.grading.rules.determiner_series import series as _series
from langbot.grading.rules.each_singular import each_singular
from langbot.grading.rules.invariable_nouns import invariable_subject
from langbot.grading.rules.joined_nouns import joined_agreement
from langbot.grading.rules.joined_predicate import joined_predicate
from langbot.grading.rules.language_names import language_name
from langbot.grading.rules.linked_adjective import linked_adjective
from langbot.grading.rules.noun_phrase import (
    accented_nouns,
    determiner_adjective,
    neuter_before_noun,
    of_phrase_adjective,
    participle_after_noun,
)
from langbot.grading.rules.numerals import counted as _counted
from langbot.grading.rules.numerals import numeral_apocope, numerals
from langbot.grading.rules.perfect_participle import perfect_not_participle, perfect_participle
from langbot.grading.rules.postposed_subject import postposed_subject
from langbot.grading.rules.predicate import predicate_adjective
from langbot.grading.rules.predicate_noun import predicate_noun_phrase
from langbot.grading.rules.predicate_pair import predicate_pair
from langbot.grading.rules.prenominal import prenominal_adjective
from langbot.grading.rules.price_subject import price_subject, price_with_of
from langbot.grading.rules.quantifier_adverb import quantifier_as_adverb
from langbot.grading.rules.quantifiers import (
    demonstrative_subject,
    quantifier_before,
    quantifier_noun,
    quantifier_number,
    whole_noun_phrase,
)
from langbot.grading.rules.together import together_agreement
from langbot.text import fold


def _disagrees(adj, gender: str | None, number: str | None) -> bool:
    wrong_gender = adj.gender and gender and adj.gender != gender
    return bool(wrong_gender or (number and adj.number != number))


def _plain_adjective(ctx: Context, j: int) -> tuple:
    """The adjective readings at j when it can only be an adjective that describes a noun."""
    a = ctx.analysis
    adjectives = a.of(j, "ADJ")
    if not adjectives or a.original(j)[:1].isupper():
        return ()
    lemmas = {f.lemma for f in adjectives}
    verb_too = not _object_of_verb(a, j - 1)
    if any(
        f.pos != "ADJ"
        and f.form != "part"
        and not (f.pos == "NOUN" and f.lemma in lemmas)
        and (f.pos != "VERB" or verb_too)
        for f in a.readings[j]
    ):
        return ()  # «el chico corta el pan»: maybe a verb; «español» is also the language
    if any(f.lemma in ctx.words["not_attributive"] for f in adjectives) or opens_adverb(ctx, j):
        return ()  # «ven pasado mañana»: an adverb
    return adjectives


def _object_of_verb(a: Analysis, j: int) -> bool:
    """The noun at j is the object of the conjugated verb right before it (or before its
    article): «tiene pelo corta», «tiene el pelo corta». A word after it is no verb of its
    own (a verb's second clause needs «que», «y» or a comma), so «corta» is the adjective."""
    if not a.only(j, "NOUN"):
        return False
    k = j - 1 if a.of(j - 1, "DET") and not a.accented(j - 1) else j
    return a.only(k - 1, "VERB") and any(
        f.person and f.form not in ("imp", "inf", "ger", "part") for f in a.of(k - 1, "VERB")
    )


@per_sentence
def _nouns_with_determiner(ctx: Context):
    """(start, noun index, number) of each noun after a determiner or a number above one."""
    a = ctx.analysis
    for i in range(len(a)):
        counted = (a.of(i, "NUM") and _counted(ctx, i)) or quantifier_before(ctx, i)
        if (_series(ctx, a.at(i)) is None and not counted) or a.accented(i):
            continue
        j = noun_after(ctx, i, True, agreed=True)
        if j is not None:
            dets = a.of(i, "DET")
            yield i, j, common_nouns(a, j)[0].number or (dets[0].number if dets else None)


def _one_word(a: Analysis, j: int, noun) -> bool:
    """Token j is this noun, or else the adjective it comes from, in its gender and number
    (accesorios)."""
    return all(
        f == noun or (f.pos == "ADJ" and (f.lemma, f.gender, f.number) == noun[1:4])
        for f in a.readings[j]
    )


@per_sentence
def _bare_nouns(ctx: Context):
    """(start, noun index, number) of each noun with no determiner: a plain noun, known
    with its number, after a verb, a conjunction or «más», «menos» (tiene ojos azul)."""
    a = ctx.analysis
    for j in range(1, len(a)):
        nouns = common_nouns(a, j)
        if len(nouns) != 1 or not nouns[0].number or not _one_word(a, j, nouns[0]):
            continue
        if a.original(j)[:1].isupper() or _series(ctx, a.at(j - 1)) or a.of(j - 1, "NUM"):
            continue
        if a.at(j) in ctx.words["degree_nouns"]:
            continue  # «es mitad inglés»: how much of it, no noun the adjective describes
        if a.of(j, "ADJ") and any(f.lemma in ctx.words["copulas"] for f in a.of(j - 1, "VERB")):
            continue  # «estoy medio cansada»: after a copula, the predicate's word, no noun
        after = (
            a.of(j - 1, "VERB") or a.of(j - 1, "CONJ") or a.at(j - 1) in ctx.words["more_or_less"]
        )
        if (after or _in_phrase(a, j, nouns[0])) and a.at(j - 1) not in ctx.words["of"]:
            yield j, j, nouns[0].number  # not after «de»: «una camiseta de algodón blanca»


def _in_phrase(a: Analysis, j: int, noun) -> bool:
    """«a organizaciones benéfico»: a plural noun right after a preposition, with no
    participle after it, which may describe a noun before («páginas en castellano abiertas
    por…»); a bare singular is a set phrase a word about the subject may follow («entró en
    clase nervioso»); with no verb at all, nothing else is there to describe («en billete
    pequeños, por favor»)."""
    if not a.only(j - 1, "ADP"):
        return False
    if noun.number != "p" and any(a.of(k, "VERB") for k in range(len(a))):
        return False
    return not any(f.form == "part" for f in a.of(j + 1, "VERB"))


def _noun_adjective(ctx: Context):
    a, seen = ctx.analysis, set()
    for start, j, number in (*_nouns_with_determiner(ctx), *_bare_nouns(ctx)):
        if j in seen or seen.add(j) or a.at(j) in ctx.words["frequency_nouns"]:
            continue  # «son simpáticos y a veces tontos»: how often, no noun described
        noun = common_nouns(a, j)[0]
        gender, coordinated = noun.gender, a.at(start - 1) in ctx.words["coordinators"]
        thing = noun.classes and not noun.classes & set(ctx.words["people_animal_classes"])
        if gender is None and start < j and of_both_genders(a.at(j)) and not thing:
            gender = _determiner_gender(a, start)  # «un estudiante»; not «el azúcar morena»
        k = j + 1
        while adjectives := _plain_adjective(ctx, k):
            following = a.of(k + 2, "ADJ")  # «edificios antiguo y bonitos»: not one each
            plural_next = bool(following) and all(f.number == "p" for f in following)
            each = all(f.number != "p" for f in adjectives) and not plural_next
            clause = a.of(k + 2, "CLITIC") or a.only(k + 2, "VERB")  # «…grande y me gusta»
            if a.at(k + 1) in ctx.words["coordinators"] and number == "p" and each and not clause:
                break  # «los colores negro y rojo»: each adjective names one
            if coordinated and all(f.number == "p" for f in adjectives):
                if (agreed := joined_agreement(ctx, start, noun, number, adjectives)) is None:
                    break  # «las cejas y la nariz pequeñas» describes both nouns
                gender, number = agreed
            if measures_comparison(ctx, j, k) or _describes_another(ctx, start, k, adjectives):
                break
            if k > j + 1 and shade(ctx, k):
                break  # «una bufanda azul oscuro»: a shade of the colour, in one form
            if number == "p" and apposed_noun(a, k, adjectives):
                break  # «las distancias estándar», «camisas rosa»: a noun set beside it
            if all(_disagrees(f, gender, number) for f in adjectives):
                if _accent_agrees(a, start, j, adjectives):
                    break  # «un carne nuevo»: «carné» without its accent
                fix = adjective_fix(ctx, k, gender, number or "s")
                if fix and fold(fix) != a.at(k):  # «bufandas gratis»: one form
                    yield Hit(k, k + 1, fix, {"noun": a.original(j)})
                break
            joined = a.at(k + 1) in ctx.words["coordinators"] and not a.of(k + 2, "NOUN")
            joined = (
                joined and not a.of(k + 3, "NOUN") and a.at(k + 2) not in ctx.words["alone_too"]
            )
            k += 2 if joined else 1  # «una casa grande y bonita»: both describe the noun
            if joined:  # «una ciudad grande y muy bonita»
                while a.at(k) in _plain_degree(ctx) and a.of(k + 1, "ADJ"):
                    k += 1


def _accent_agrees(a: Analysis, start: int, j: int, adjectives) -> bool:
    """The noun at j, with the accent a learner may drop, is one its determiner at `start`
    and the adjectives agree with («un carne nuevo»: «carné»)."""
    article = _determiner_gender(a, start) if start < j else None
    return any(
        not _disagrees(f, g, n) and (g is None or article in (None, g))
        for g, n in accented_nouns(a.original(j))
        for f in adjectives
    )


def _plain_degree(ctx: Context) -> frozenset[str]:
    """The degree words that do not compare («muy», «bastante»; not «más … que»)."""
    return frozenset(ctx.words["degree"]) - frozenset(ctx.words["comparing_degree"])


def _determiner_gender(a: Analysis, i: int) -> str | None:
    """The one gender the determiner at i has (un, la, estos), else None (mi, su)."""
    genders = {f.gender for f in a.of(i, "DET")}
    return genders.pop() if len(genders) == 1 else None


def _describes_another(ctx: Context, start: int, k: int, adjectives) -> bool:
    """The adjective at k agrees with the noun right after it («este informe otra vez»), or
    with the noun before the «de» (or «del») phrase the noun phrase at `start` opens («tu
    época del año preferida»), or, a participle before a comma, with the noun phrase after it
    («una vez elegidos, los diputados…»: the participle's own subject)."""
    a = ctx.analysis
    before = start - 1 if a.at(start) in ctx.words["contracted"] else start - 2
    of = a.at(before + 1) in (*ctx.words["of"], ctx.words["contracted"][0])
    nouns = (*a.of(k + 1, "NOUN"), *(common_nouns(a, before) if of else ()))
    if a.original(k + 1) == "," and any(f.form == "part" for f in a.of(k, "VERB")):
        if a.of(k + 2, "DET"):  # «Una vez electos, los diputados…»: a participle's clause
            nouns = (*nouns, *common_nouns(a, k + 3))
    return any(not _disagrees(f, n.gender, n.number) for n in nouns for f in adjectives)


FINDERS = {
    "determiner_noun": determiner_noun,
    "adjective_after_degree": lambda ctx: adjective_after_degree(
        ctx, _bare_nouns, common_nouns, _disagrees
    ),
    "numerals": numerals,
    "numeral_apocope": numeral_apocope,
    "noun_adjective": _noun_adjective,
    "prenominal_adjective": lambda ctx: prenominal_adjective(
        ctx, _series, common_nouns, _disagrees
    ),
    "predicate_adjective": predicate_adjective,
    "clause_subject_adjective": clause_subject_adjective,
    "predicate_noun_phrase": lambda ctx: predicate_noun_phrase(ctx, _series),
    "predicate_noun_pair": lambda ctx: predicate_pair(ctx, _series),
    "linked_adjective": linked_adjective,
    "whole_noun_phrase": lambda ctx: whole_noun_phrase(
        ctx, _series, noun_after, common_nouns, _disagrees
    ),
    "of_phrase_adjective": lambda ctx: of_phrase_adjective(
        ctx, common_nouns, _nouns_with_determiner, _plain_adjective
    ),
    "neuter_before_noun": lambda ctx: neuter_before_noun(ctx, common_nouns),
    "demonstrative_subject": lambda ctx: demonstrative_subject(ctx, _series),
    "quantifier_noun": lambda ctx: quantifier_noun(ctx, _series, common_nouns),
    "quantifier_number": lambda ctx: quantifier_number(ctx, _series, common_nouns),
    "determiner_adjective": lambda ctx: determiner_adjective(ctx, _series, common_nouns),
    "apocopated_adjective": lambda ctx: apocopated_adjective(ctx, _series, common_nouns),
    "short_before_plural": lambda ctx: short_before_plural(ctx, _series, common_nouns),
    "whole_before_noun": lambda ctx: whole_before_noun(ctx, common_nouns),
    "invariable_subject": lambda ctx: invariable_subject(ctx, _series),
    "asking_number": asking_number,
    "amount_agreement": amount_agreement,
    "joined_predicate": joined_predicate,
    "postposed_subject": postposed_subject,
    "price_subject": price_subject,
    "price_with_of": price_with_of,
    "participle_after_noun": lambda ctx: participle_after_noun(
        ctx, common_nouns, _nouns_with_determiner
    ),
    "together_agreement": together_agreement,
    "perfect_participle": perfect_participle,
    "perfect_not_participle": perfect_not_participle,
    "each_singular": each_singular,
    "hundreds_gender": hundreds_gender,
    "partitive_gender": partitive_gender,
    "half_gender": half_gender,
    "language_name": language_name,
    "quantifier_as_adverb": quantifier_as_adverb,
}
