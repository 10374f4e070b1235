"""The article: none before «otro», and the definite article a subject noun, «todos» + noun
or a place after «en» or «a» needs where English has none («Perros son…», «todos días»,
«en escuela»)."""

from langbot.grading.analysis import Analysis, Features
from langbot.grading.lexicon import ATTESTED, RULES_IGNORE, lexicon
from langbot.grading.rules.article_all import all_without_article
from langbot.grading.rules.article_little import little_without_article
from langbot.grading.rules.article_places import (
    near_place_without_article,
    where_without_article,
)
from langbot.grading.rules.article_roles import role_with_article
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.past_person import written_persons
from langbot.grading.rules.subjects import after_subject, name_end
from langbot.grading.tokens import BOUNDARY

_PERSON = {"s": "3s", "p": "3p"}


def _other_with_article(ctx: Context):
    """«Una otra película»: «otro» takes no indefinite article."""
    a = ctx.analysis
    other = ctx.words["other"]
    for i in range(len(a) - 1):
        if a.at(i) in ctx.words["indefinite"] and any(f.lemma in other for f in a.readings[i + 1]):
            yield Hit(i, i + 2, a.original(i + 1))


def _the(ctx: Context, noun: Features) -> str | None:
    """The definite article of a noun's gender and number (el, la, los, las), if known."""
    genders = ctx.words["genders"]
    if noun.gender not in genders or noun.number not in ("s", "p"):
        return None
    return ctx.spelled["definite"][genders.index(noun.gender) + 2 * (noun.number == "p")]


def _one_noun(a: Analysis, i: int) -> Features | None:
    """The noun at i when every reading of it is a noun of one gender and number."""
    readings = a.readings[i] if 0 <= i < len(a) else ()
    if not readings or any(f.pos != "NOUN" for f in readings):
        return None
    return readings[0] if len({(f.gender, f.number) for f in readings}) == 1 else None


def _opens_clause(ctx: Context, i: int) -> bool:
    """Token i starts a sentence, follows a comma or a subordinating word (que, porque)."""
    a = ctx.analysis
    if i == 0 or a.at(i - 1) == BOUNDARY:
        return True
    if a.accented(i - 1) or "?" in a.tokens.original:
        return False  # «¿Qué teatro es ese?», «qué lengua se habla»: «qué» is its determiner
    return bool(a.of(i - 1, "CONJ")) and a.at(i - 1) not in ctx.words["coordinators"]


def _lower_first(a: Analysis, i: int) -> str:
    word = a.original(i)
    return word[:1].lower() + word[1:] if not word.isupper() else word


def _bare_subject(ctx: Context):
    """«Perros son leales»: a common noun before its verb, as the subject, takes the article
    (a singular one only when `_general_singular` allows it: never a name, «Luz es…»)."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        if not _opens_clause(ctx, i) or _after_what(a, i):
            continue
        noun = _one_noun(a, i)
        if noun is None or noun.number not in _PERSON:
            continue
        if i > 0 and a.at(i - 1) != BOUNDARY and a.original(i)[:1].isupper():
            continue  # a capital inside the sentence: a name or a title
        if noun.number == "s" and not _general_singular(ctx, i, noun):
            continue
        if a.at(i - 1) in ctx.words["question_determiners"] and (
            a.accented(i - 1) or a.at(i - 2) == BOUNDARY or a.of(i - 2, "ADP")
        ):
            continue  # «¿Qué hora es?», «¿de qué color es?»: «qué» is its determiner
        k = after_subject(ctx, i + 1 + _agreeing_adjective(a, i + 1, noun))
        written = written_persons(ctx, k)  # «llegó», not the present «llego»
        persons = written if written is not None else {f.person for f in a.of(k, "VERB")} - {None}
        this = a.of(k, "DET") and not a.accented(k)  # «esta», not «está»
        if persons != {_PERSON[noun.number]} or this or a.of(k, "ADP"):
            continue
        article = _the(ctx, noun)
        if article:
            yield Hit(i, i + 1, f"{article} {_lower_first(a, i)}")


def _general_singular(ctx: Context, i: int, noun: Features) -> bool:
    """A singular noun a learner may use as a bare subject: of a class a learner speaks of
    in general, never one that is also a name («Luz es…»), nor a feminine one that takes
    «el» («agua»: «el agua», which `_the` does not give)."""
    word = ctx.analysis.at(i)
    if word in ctx.words["also_names"]:
        return False
    if noun.gender == "f" and word.startswith(tuple(ctx.words["stressed_a_starts"])):
        return False
    return bool(noun.classes & set(ctx.words["bare_subject_classes"])) or _treebank_noun(
        ctx.analysis, i
    )


def _after_what(a: Analysis, i: int) -> bool:
    """Token i follows «qué» asking or exclaiming («¿Qué coche es…?», «¡Que genio es!»)."""
    if i == 0 or not a.of(i - 1, "CONJ"):
        return False
    return a.accented(i - 1) or any(mark in a.tokens.original for mark in "?!")


def _treebank_noun(a: Analysis, i: int) -> bool:
    """A word of no vocabulary class that the treebanks attest as a common noun and never
    as a name, and that the lexicon reads as nothing else («tren», not «Kit» or «Rosa»)."""
    if a.readings[i] and any(f.classes for f in a.readings[i]):
        return False
    readings = lexicon().readings(a.original(i).lower())
    attested = any(r.source in ATTESTED for r in readings)
    return attested and all(r.upos == "NOUN" and r.source not in RULES_IGNORE for r in readings)


def _agreeing_adjective(a: Analysis, k: int, noun: Features) -> bool:
    """An adjective at k agrees with the noun before it («Escuela intermedia no fue…»)."""
    if a.of(k, "NOUN") or a.of(k, "DET"):
        return False
    return any(f.number == noun.number and f.gender in (noun.gender, None) for f in a.of(k, "ADJ"))


def _place_without_article(ctx: Context):
    """«Estudio en escuela»: a place one goes to or is at, after «en» or «a», takes the
    article («en la escuela», «al cine»); «en casa», «en clase» are not on the list."""
    a = ctx.analysis
    joined = dict(zip(ctx.words["joins"], ctx.spelled["joined"], strict=True))
    for i in range(len(a) - 1):
        if a.at(i) not in ctx.words["places_after"] or a.at(i + 1) not in ctx.words["places"]:
            continue
        noun = _one_noun(a, i + 1)
        if noun is None or noun.number != "s" or a.original(i + 1)[:1].isupper():
            continue  # «en Universidad de Missouri»: a name
        article = _the(ctx, noun)
        if article is None:
            continue
        both = f"{a.at(i)} {article}"
        if both in joined:
            yield Hit(i, i + 2, f"{joined[both]} {a.original(i + 1)}")
        else:
            yield Hit(i + 1, i + 2, f"{article} {a.original(i + 1)}")


def _title_without_article(ctx: Context):
    """«Señor Stark es alto»: a title before a name takes the article when one speaks of the
    person («El señor Stark»), not to them («Señor Stark, ¿cómo está?»)."""
    a = ctx.analysis
    for i in range(len(a) - 2):
        opens = i == 0 or a.at(i - 1) == BOUNDARY
        if not opens and not (i == 1 and (a.of(0, "ADV") or a.of(0, "CONJ"))):
            continue  # «Además, señor…» too
        nouns = a.of(i, "NOUN")
        if a.at(i) not in ctx.words["titles"] or len(nouns) != 1 or not nouns[0].gender:
            continue
        end = name_end(a, i + 1)
        if end == i + 1:
            continue
        persons = {f.person for f in a.of(after_subject(ctx, end), "VERB")} - {None}
        if persons and persons <= set(ctx.words["third_singular"]):
            article = _the(ctx, nouns[0])
            if article:
                yield Hit(
                    i, i + 1, f"{article.capitalize() if opens else article} {_lower_first(a, i)}"
                )


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
        yield Hit(i, i + 2, a.original(i))


def _set_phrase(ctx: Context):
    """«Por la primera vez»: a set phrase said with no article («por primera vez»)."""
    a = ctx.analysis
    phrases = [tuple(p.split()) for p in ctx.words["set_phrases_wrong"]]
    for i in range(len(a)):
        for n, phrase in enumerate(phrases):
            if tuple(a.words[i : i + len(phrase)]) == phrase:
                if a.at(i + len(phrase)) in ctx.words["coordinators"]:
                    continue  # «a derecha e izquierda»: both sides, said bare
                yield Hit(i, i + len(phrase), ctx.spelled["set_phrases_right"][n])


def _time_without_article(ctx: Context):
    """«Nació en año 1897», «después de desayuno»: a year by its number and a meal as a
    point in time take the article («en el año 1897», «después del desayuno»)."""
    a = ctx.analysis
    joined = dict(zip(ctx.words["joins"], ctx.spelled["joined"], strict=True))
    for i in range(1, len(a) - 1):
        noun = _one_noun(a, i + 1) if a.at(i + 1) in ctx.words["time_nouns"] else None
        year = noun and a.at(i) in ctx.words["year_after"] and a.at(i + 2).isdigit()
        meal = a.at(i + 1) in ctx.words["meals"] and a.at(i) in ctx.words["of"]
        if meal:
            meal = a.at(i - 1) in ctx.words["before_after"]
            noun = _one_noun(a, i + 1) or next(iter(a.of(i + 1, "NOUN")), None)
        if not (year or meal) or noun is None:
            continue
        article = _the(ctx, noun)
        if article:
            both = f"{a.at(i)} {article}"
            fix = joined.get(both, f"{a.original(i)} {article}")
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
            yield Hit(i, i + 1, None)


def _repeated_determiner(ctx: Context):
    """«Tenemos una una relación»: the same determiner twice."""
    a = ctx.analysis
    for i in range(len(a) - 2):
        if a.at(i) == a.at(i + 1) != a.at(i + 2) and a.at(i) in ctx.words["said_once"]:
            yield Hit(i, i + 2, a.original(i))


def _pronoun_before_ser(ctx: Context):
    """«Las son feas»: «ser» takes no object pronoun; the subject needs none («Son feas»)."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        if a.at(i) not in ctx.words["object_pronouns"] or not _opens_clause(ctx, i):
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
    "quantifier_with_article": _quantifier_with_article,
    "set_phrase_article": _set_phrase,
    "title_without_article": _title_without_article,
    "other_with_article": _other_with_article,
    "bare_subject": _bare_subject,
    "all_without_article": lambda ctx: all_without_article(ctx, _the, _one_noun),
    "place_without_article": _place_without_article,
    "role_with_article": role_with_article,
    "little_without_article": little_without_article,
    "near_place_without_article": near_place_without_article,
    "where_without_article": where_without_article,
}
