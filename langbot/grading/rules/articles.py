"""The article: none before «otro», and the definite article a subject noun, «todos» + noun
or a place after «en» or «a» needs where English has none («Perros son…», «todos días»,
«en escuela»)."""

from langbot.grading.rules.article_all import all_period_without_article, all_without_article
from langbot.grading.rules.article_compared import compared_without_article
from langbot.grading.rules.article_day_parts import day_part_without_article
from langbot.grading.rules.article_days import day_without_article
from langbot.grading.rules.article_during import during_without_article
from langbot.grading.rules.article_each import each_with_article
from langbot.grading.rules.article_exclamation import what_a
from langbot.grading.rules.article_feelings import feeling_without_article
from langbot.grading.rules.article_little import little_article_gender, little_without_article
from langbot.grading.rules.article_partitive import (
    one_of_without_article,
    share_without_article,
    short_one_of,
)
from langbot.grading.rules.article_people import person_without_article
from langbot.grading.rules.article_places import (
    near_place_without_article,
    place_object_without_article,
    where_without_article,
)
from langbot.grading.rules.article_possessive import article_with_possessive, possessive_alone
from langbot.grading.rules.article_predicates import predicate_without_article
from langbot.grading.rules.article_preposition import noun_without_article
from langbot.grading.rules.article_pronoun import possessive_as_pronoun, pronoun_as_article
from langbot.grading.rules.article_roles import (
    job_with_article,
    joined_roles_with_article,
    role_with_article,
)
from langbot.grading.rules.article_spans import span_without_article
from langbot.grading.rules.article_states import state_with_article
from langbot.grading.rules.article_subjects import bare_subject
from langbot.grading.rules.article_superlative import superlative_without_article, than_not_of
from langbot.grading.rules.article_titles import title_without_article
from langbot.grading.rules.article_words import (
    one_noun,
    opens_clause,
    preposition_and_article,
    the,
    with_article,
)
from langbot.grading.rules.base import Context, Hit, phrases
from langbot.grading.rules.common import lost_accent
from langbot.grading.rules.demonstrative_neuter import neuter_demonstrative
from langbot.grading.rules.nationality_order import (
    colour_before_noun,
    nationality_before_noun,
    preference_before_noun,
)
from langbot.grading.rules.noun_order import (
    best_after_noun,
    more_before_noun,
    number_before_other,
)
from langbot.grading.tokens import BOUNDARY

_PRONOUN = frozenset({"PRON"})


def _other_with_article(ctx: Context):
    """«Una otra película»: «otro» takes no indefinite article."""
    a = ctx.analysis
    other = ctx.words["other"]
    for i in range(len(a) - 1):
        if a.at(i) in ctx.words["indefinite_singular"] and any(
            f.lemma in other for f in a.readings[i + 1]
        ):
            yield Hit(i, i + 2, a.original(i + 1))


def _place_without_article(ctx: Context):
    """«Estudio en escuela»: a place one goes to or is at, after «en» or «a», takes the
    article («en la escuela», «al cine»), as does one named after «ser» («es el parque»);
    «en casa», «en clase» are not on the list."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        if a.at(i + 1) not in ctx.words["places"]:
            continue
        if a.at(i) not in ctx.words["places_after"] and not _place_named(ctx, i):
            continue
        noun = one_noun(a, i + 1)
        if noun is None or noun.number != "s":
            continue
        if a.original(i + 1)[:1].isupper() and not _institution(ctx, i + 1):
            continue  # «en Plaza Mayor»: a name
        article = the(ctx, noun)
        if article is None:
            continue
        joined = with_article(ctx, i, article)
        if joined:
            yield Hit(i, i + 2, f"{joined} {a.original(i + 1)}")
        else:
            yield Hit(i + 1, i + 2, f"{article} {a.original(i + 1)}")


def _institution(ctx: Context, j: int) -> bool:
    """«Universidad de Missouri», «Museo del Prado»: an institution's name, which takes the
    article as its noun does («en la Universidad de…»)."""
    a = ctx.analysis
    of = (*ctx.words["of"], *ctx.words["joins_of"])
    named = a.at(j + 2) != BOUNDARY and a.original(j + 2)[:1].isupper()
    kinds = set(ctx.words["institution_classes"])
    institution = any(f.classes & kinds for f in a.of(j, "NOUN"))
    return institution and a.at(j + 1) in of and named


def _place_named(ctx: Context, i: int) -> bool:
    """A form of «ser» at i and the place after it ends the clause: «Mi lugar favorito es
    parque» (el parque); not a place said as an activity too («¡Esto es cine!»)."""
    a = ctx.analysis
    verbs = a.of(i, "VERB")
    if not verbs or a.of(i - 1, "DET") or a.at(i + 1) in ctx.words["places_as_activities"]:
        return False  # «la era»: the noun
    ser = all(f.lemma in ctx.words["identity_copula"] for f in verbs)
    only = all(f.pos in ("VERB", "NOUN") for f in a.readings[i])
    return ser and only and a.at(i + 2) == BOUNDARY


def _quantifier_with_article(ctx: Context):
    """«Tengo muchas las pecas»: «muchos», «pocos», «varios» stand for the article; not
    «son muchas las personas que…», where the noun phrase is the subject."""
    a = ctx.analysis
    for i in range(1, len(a) - 2):
        quantities = [f for f in a.of(i, "ADJ") if f.lemma in ctx.words["quantifiers"]]
        if (
            not quantities
            or quantities[0].number != "p"
            or a.at(i + 1) not in ctx.words["definite"]
        ):
            continue
        if a.accented(i + 1) or not a.of(i + 2, "NOUN"):
            continue  # «muchos los quieren»: a pronoun before a verb
        if any(f.lemma in ctx.words["copulas"] for f in a.of(i - 1, "VERB")):
            continue
        if a.of(i - 1, "ADP") and _subject_of_next(a, i + 1):
            continue  # «para muchos los artistas son héroes»: for many people, the artists…
        yield Hit(i, i + 2, a.original(i))


def _subject_of_next(a, j: int) -> bool:
    """The noun phrase at j is followed by a conjugated verb of its person: its subject."""
    np = a.noun_phrase(j)
    person = np is not None and np.noun.number and f"3{np.noun.number}"
    return bool(person) and any(f.person == person for f in a.of(np.end, "VERB"))


def _set_phrase(ctx: Context):
    """«Por la primera vez»: a set phrase said with no article («por primera vez»)."""
    a = ctx.analysis
    wrong = phrases(ctx.words["set_phrases_wrong"])
    for i in range(len(a)):
        for n, phrase in enumerate(wrong):
            if tuple(a.words[i : i + len(phrase)]) == phrase:
                if a.at(i + len(phrase)) in ctx.words["coordinators"]:
                    continue  # «a derecha e izquierda»: both sides, said bare
                if a.at(i - 2) in ctx.words["of"] and a.at(i - 1) in ctx.words["sides"]:
                    continue  # «de derecha a izquierda»: from one side to the other, bare
                yield Hit(i, i + len(phrase), ctx.spelled["set_phrases_right"][n])


def _time_without_article(ctx: Context):
    """«Nació en año 1897», «después de desayuno»: a year by its number and a meal as a
    point in time take the article («en el año 1897», «después del desayuno»)."""
    a = ctx.analysis
    for i in range(1, len(a) - 1):
        noun = one_noun(a, i + 1) if a.at(i + 1) in ctx.words["time_nouns"] else None
        year = noun and a.at(i) in ctx.words["year_after"] and a.at(i + 2).isdigit()
        meal = a.at(i + 1) in ctx.words["meals"] and a.at(i) in ctx.words["of"]
        if meal:
            meal = a.at(i - 1) in ctx.words["before_after"]
            noun = one_noun(a, i + 1) or next(iter(a.of(i + 1, "NOUN")), None)
        if not (year or meal) or noun is None:
            continue
        article = the(ctx, noun)
        if article:
            fix = preposition_and_article(ctx, i, article)
            yield Hit(i, i + 2, f"{fix} {a.original(i + 1)}")


def _article_alone(ctx: Context):
    """«Ella encontró el.»: an article with no noun after it (the pronoun is «él» or «lo»)."""
    a = ctx.analysis
    for i in range(1, len(a)):
        if a.at(i) not in ctx.words["articles_only"] or a.accented(i):
            continue
        ends = i + 1 == len(a) or (
            a.at(i + 1) == BOUNDARY and a.original(i + 1)[:1] in ctx.words["clause_ends"][0]
        )  # not before quotes: el "Grup R"
        if ends and a.at(i - 1) != BOUNDARY and not a.of(i - 1, "DET"):
            if a.of(i - 1, "ADP") and lost_accent(a, i, _PRONOUN):
                continue  # «con el.»: «con él» without its accent
            yield Hit(i, i + 1, None)


def _repeated_determiner(ctx: Context):
    """«Tenemos una una relación»: the same determiner twice."""
    a = ctx.analysis
    for i in range(len(a) - 2):
        if a.at(i) == a.at(i + 1) != a.at(i + 2) and a.at(i) in ctx.words["said_once"]:
            if all(a.original(k)[:1].isupper() for k in (i, i + 1, i + 2)):
                continue  # «"La La Land"»: a title's own words (not «para los Los Angeles…»)
            if not (a.accented(i) or a.accented(i + 1)):  # «¿Toca él el piano?»: a pronoun
                yield Hit(i, i + 2, a.original(i))


def _pronoun_before_ser(ctx: Context):
    """«Las son feas»: «ser» takes no object pronoun; the subject needs none («Son feas»)."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        if a.at(i) not in ctx.words["object_pronouns_as_articles"] or not opens_clause(ctx, i):
            continue
        verbs = a.of(i + 1, "VERB")
        if (
            verbs
            and a.only(i + 1, "VERB")
            and all(f.lemma in ctx.words["identity_copula"] for f in verbs)
        ):
            word = a.original(i + 1)
            yield Hit(i, i + 2, word[:1].upper() + word[1:] if i == 0 else word)


FINDERS = {
    "repeated_determiner": _repeated_determiner,
    "pronoun_before_ser": _pronoun_before_ser,
    "article_alone": _article_alone,
    "time_without_article": _time_without_article,
    "day_part_without_article": day_part_without_article,
    "quantifier_with_article": _quantifier_with_article,
    "set_phrase_article": _set_phrase,
    "title_without_article": title_without_article,
    "other_with_article": _other_with_article,
    "bare_subject": bare_subject,
    "all_without_article": lambda ctx: all_without_article(ctx, the, one_noun),
    "all_period_without_article": lambda ctx: all_period_without_article(ctx, the, one_noun),
    "feeling_without_article": feeling_without_article,
    "place_without_article": _place_without_article,
    "role_with_article": role_with_article,
    "job_with_article": job_with_article,
    "joined_roles_with_article": joined_roles_with_article,
    "little_without_article": little_without_article,
    "little_article_gender": little_article_gender,
    "near_place_without_article": near_place_without_article,
    "where_without_article": where_without_article,
    "one_of_without_article": one_of_without_article,
    "short_one_of": short_one_of,
    "share_without_article": share_without_article,
    "each_with_article": each_with_article,
    "what_a": what_a,
    "person_without_article": person_without_article,
    "day_without_article": day_without_article,
    "compared_without_article": compared_without_article,
    "place_object_without_article": place_object_without_article,
    "article_with_possessive": article_with_possessive,
    "predicate_without_article": predicate_without_article,
    "noun_without_article": noun_without_article,
    "possessive_alone": possessive_alone,
    "neuter_demonstrative": neuter_demonstrative,
    "nationality_before_noun": nationality_before_noun,
    "colour_before_noun": colour_before_noun,
    "preference_before_noun": preference_before_noun,
    "number_before_other": number_before_other,
    "more_before_noun": more_before_noun,
    "best_after_noun": best_after_noun,
    "state_with_article": state_with_article,
    "span_without_article": span_without_article,
    "pronoun_as_article": pronoun_as_article,
    "possessive_as_pronoun": possessive_as_pronoun,
    "superlative_without_article": superlative_without_article,
    "than_not_of": than_not_of,
    "during_without_article": during_without_article,
}
