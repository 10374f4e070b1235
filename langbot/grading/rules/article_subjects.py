"""The article a subject noun needs where English has none: «Perros son leales», «Creo que a
veces actores no dicen…», «Jaula está abierta». Natives put a singular common noun bare before
its verb almost never, and a plural one only with words after it that describe it
(«Fuentes diplomáticas confirmaron…»): data/bare_subjects.yaml counts both in the treebanks."""

from functools import cache

from langbot.grading.analysis import Analysis, Features
from langbot.grading.bare_predicates import counted_nouns
from langbot.grading.bare_subjects import bare_singular_subjects
from langbot.grading.language import common_spanish, english_share, spanish_frequency
from langbot.grading.lexicon import ATTESTED, RULES_IGNORE, Reading, lexicon
from langbot.grading.rules.article_words import lower_first, one_noun, opens_clause, the
from langbot.grading.rules.base import Context, Hit, phrases
from langbot.grading.rules.name_spans import name_end
from langbot.grading.rules.past_person import written_persons
from langbot.grading.rules.subjects import after_subject, past_complement
from langbot.grading.tokens import BOUNDARY
from langbot.text import fold

_PERSON = {"s": "3s", "p": "3p"}
# A noun rarer than this in Spanish subtitles (about 350 in 689 million words: «quijote»,
# «soto») is, written bare before a verb, a name far more often than a thing
RARE_NOUN = 5e-7


def bare_subject(ctx: Context):
    """«Perros son leales»: a common noun before its verb, as the subject, takes the article
    (a singular one only when `_general_singular` allows it: never a name, «Luz es…»; a plural
    one only with no adjective after it: natives say «Errores fatales surgen…»)."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        if not _subject_opens(ctx, i) or _after_what(a, i):
            continue
        noun = one_noun(a, i)
        if noun is None or noun.number not in _PERSON:
            continue
        inside = a.at(i - 1) != BOUNDARY or a.original(i - 1) == ctx.spelled["clause_comma"][0]
        if i > 0 and inside and a.original(i)[:1].isupper():
            continue  # a capital inside the sentence (after a comma too): a name or a title
        if any(c.isupper() for c in a.original(i)[1:]) or _name_after(ctx, i):
            continue  # an acronym, «NASA», «Coca-Cola», or a name's first word: «Costa Rica»
        if noun.number == "s" and not _general_singular(ctx, i, noun):
            continue
        if a.at(i - 1) in ctx.words["question_determiners"] and (
            a.accented(i - 1) or a.at(i - 2) == BOUNDARY or a.of(i - 2, "ADP")
        ):
            continue  # «¿Qué hora es?», «¿de qué color es?»: «qué» is its determiner
        described = _agreeing_adjective(a, i + 1, noun)
        if described and noun.number == "p":
            continue  # «Errores fatales surgen de…»: natives say a described plural bare
        j = past_complement(ctx, i + 1 + described)  # «coche de mi padre es rojo»
        if any(a.original(x)[:1].isupper() for x in range(i + 1, j)):
            continue  # «Escuela de Espías nace…»: a name's words
        k = after_subject(ctx, _past_place(ctx, j))
        persons = written_persons(ctx, k) or {f.person for f in a.of(k, "VERB")} - {None}
        this = a.of(k, "DET") and not a.accented(k)  # «esta», not «está»
        if this or a.of(k, "ADP") or not _agrees_or_people(ctx, k, noun, persons):
            continue
        if noun.number == "p" and any(f.form == "past" for f in a.of(k, "VERB")):
            continue  # «Lágrimas cayeron de sus ojos»: some, once; no kind in general
        if noun.number == "s" and _said_of_a_person(ctx, i, k, noun):
            continue  # «Soto es un pintor», «Zapata nació en…»: a surname, not a thing
        article = the(ctx, noun) or _people_article(ctx, noun)
        if article:
            yield Hit(i, i + 1, f"{article} {lower_first(a, i)}")


def _past_place(ctx: Context, j: int) -> int:
    """Past an «en» phrase that says where the subject is («gente en Davis es amable»,
    «estudiantes en mi clase son…»): a noun phrase or a name after «en»."""
    a = ctx.analysis
    if a.at(j) not in ctx.words["in"]:
        return j
    np = a.noun_phrase(j + 1)
    end = np.end if np is not None else name_end(a, j + 1)
    return end if end > j + 1 else j


def _said_of_a_person(ctx: Context, i: int, k: int, noun: Features) -> bool:
    """The noun at i, of no people's class, is the subject at k of a verb only the living do
    («nació»), or of ser before a noun for a person («es un pintor»): a surname spelt so; of
    ser before a noun of a title or a word («es una película»): a title; or, of no class at
    all, of ser before «el» and a noun of a kind of thing («es el planeta…»): a name."""
    a = ctx.analysis
    if noun.classes & set(ctx.words["person_job_classes"]) or a.at(i) in ctx.words["never_names"]:
        return False
    verbs = a.of(k, "VERB")
    if any(f.lemma in ctx.words["living_verbs"] for f in verbs):
        return True
    if not any(f.lemma in ctx.words["identity_copula"] for f in verbs):
        return False
    j = k + 2 if a.of(k + 1, "DET") else k + 1
    if any(fold(f.lemma) in ctx.words["title_kinds"] for f in a.of(j, "NOUN")):
        return True  # «Coco es una película», «Amor es una palabra»: a title, a word
    if not noun.classes and a.at(k + 1) in ctx.words["definite"]:
        nouns = a.of(j, "NOUN")  # «Mercurio es el planeta…»: what a name is; not «es el lunes»
        kinds = set(ctx.words["name_kind_classes"])
        return bool(nouns) and all(f.classes <= kinds for f in nouns)
    people = set(ctx.words["person_job_classes"])
    return bool(a.of(j, "NOUN")) and all(f.classes & people for f in a.of(j, "NOUN"))


def _people_article(ctx: Context, noun: Features) -> str | None:
    """«Estudiantes tienen…»: people named by a noun of both genders, in the plural, take
    «los» (men, or men and women)."""
    people = noun.classes & set(ctx.words["person_job_classes"])
    if noun.gender is not None or noun.number != "p" or not people:
        return None
    return ctx.spelled["definite"][2]


def _agrees_or_people(ctx: Context, k: int, noun: Features, persons: set[str]) -> bool:
    """The verb at k agrees with the noun; or the noun names people in the plural and the
    verb is in the third person singular, a slip of its own («actores no dice»), but not a
    verb that may follow a fronted object («Amigos tiene pocos», «Actores hay muchos»)."""
    if persons == {_PERSON[noun.number]}:
        return True
    people = noun.classes & set(ctx.words["person_job_classes"])
    if noun.number != "p" or not people or persons != {_PERSON["s"]}:
        return False
    verbs = ctx.analysis.of(k, "VERB")
    if any(ctx.kb.verbs.is_like_gustar(f.lemma) for f in verbs):
        return False  # «personas les gusta»: who likes, «a las personas» (the gustar rules')
    return not any(f.lemma in ctx.words["not_place_objects"] for f in verbs)


@cache
def _by_length(entries: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    return tuple(sorted(phrases(entries), key=len))


def _subject_opens(ctx: Context, i: int) -> bool:
    """A subject may open at i: a clause opens there, or right before it, past words that
    say when or how often («Creo que a veces actores…», «Ahora perros…»)."""
    a = ctx.analysis
    if a.at(i - 1) in ctx.words["as_roles"]:
        return False  # «como timador comienza»: «as a …» is said bare
    if opens_clause(ctx, i) or (i == 1 and a.at(0) in ctx.words["opening_and"]):
        return True  # «Y gente es…»: an answer may open with «y»
    openers = _by_length(ctx.words["time_openers"])
    j = i
    while found := next((p for p in reversed(openers) if _ends_at(a, j, p)), None):
        j -= len(found)
    return j < i and opens_clause(ctx, j)


def _ends_at(a: Analysis, j: int, phrase: tuple[str, ...]) -> bool:
    """The words before j are the phrase."""
    return j >= len(phrase) and tuple(a.words[j - len(phrase) : j]) == phrase


def _general_singular(ctx: Context, i: int, noun: Features) -> bool:
    """A singular noun a learner may use as a bare subject: of a class not said as a name or
    a date (or a family or time word that is never a name: «mujer», «día»), or a common
    noun of no class the lexicon reads as nothing else; never one that is also a name
    («Luz es…»), one natives say bare (the treebanks' count), nor a feminine one that takes
    «el» («agua»: «el agua», which `the` does not give)."""
    word = ctx.analysis.at(i)
    if word in ctx.words["also_names"] or fold(noun.lemma) in bare_singular_subjects():
        return False
    if noun.gender == "f" and word in ctx.kb.stressed_a:
        return False
    if noun.classes:
        # «Película es…»: a hobby natives count («una película») is a thing, not a name
        counted = noun.classes & set(ctx.words["counted_things_classes"])
        named = noun.classes <= set(ctx.words["name_like_classes"]) and not (
            counted and fold(noun.lemma) in counted_nouns()
        )
        return not named or word in ctx.words["never_names"]
    return _common_noun(ctx, i)


def _name_after(ctx: Context, i: int) -> bool:
    """The word after i (past a hyphen) is written with a capital: i opens a name («Costa
    Rica», «Coca-Cola»)."""
    a = ctx.analysis
    j = i + 2 if a.original(i + 1) in ctx.spelled["name_joiners"] else i + 1
    return a.at(j) != BOUNDARY and a.original(j)[:1].isupper()


def _after_what(a: Analysis, i: int) -> bool:
    """Token i follows «qué» asking or exclaiming («¿Qué coche es…?», «¡Que genio es!»)."""
    if i == 0 or not a.of(i - 1, "CONJ"):
        return False
    return a.accented(i - 1) or any(mark in a.tokens.original for mark in "?!")


def _common_noun(ctx: Context, i: int) -> bool:
    """A word of no vocabulary class that the lexicon reads as a common noun and as nothing
    else, never as a name («tren», «jaula»; not «Kit», «Rosa», «Drake»)."""
    a = ctx.analysis
    if a.readings[i] and any(f.classes for f in a.readings[i]):
        return False
    readings = lexicon().readings(a.original(i).lower())
    if any(r.upos == "PROPN" for r in readings):
        return False
    known = [r for r in readings if r.source not in RULES_IGNORE]
    if not known or any(r.upos != "NOUN" for r in known):
        return False
    # a noun natives' text shows, or a common Spanish word and no English one («jaula»;
    # not «Kit», a name the learner writes, for the dictionary a kit; nor «Fraile», «Solana»,
    # surnames the dictionary has as rare nouns)
    word = a.at(i)
    if _rare_or_foreign(ctx, word, known):
        return False
    return any(r.source in ATTESTED for r in known) or (
        common_spanish(word) and not english_share([word])
    )


def _rare_or_foreign(ctx: Context, word: str, known: list[Reading]) -> bool:
    """A noun the subtitles count but seldom («Quijote», «Soto»: a name far more often than a
    thing), or one spelt with a letter Spanish writes only in loans («Drake»): a name."""
    frequencies = [spanish_frequency(fold(r.lemma)) for r in known]
    if all(0 < f < RARE_NOUN for f in frequencies):
        return True
    return any(letter in word for letter in ctx.words["loan_letters"])


def _agreeing_adjective(a: Analysis, k: int, noun: Features) -> bool:
    """An adjective at k agrees with the noun before it («Escuela intermedia no fue…»)."""
    if a.of(k, "NOUN") or a.of(k, "DET"):
        return False
    return any(f.number == noun.number and f.gender in (noun.gender, None) for f in a.of(k, "ADJ"))
