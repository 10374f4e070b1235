"""The article a noun needs after «en» or «a» where English has none or Spanish always has
one: «Vivo en ciudad grande», «Lo dejé en mesa», «Voy a trabajo». Natives say many nouns
bare there («en casa», «en tren», «a pie», «en serio»), so only the nouns the treebanks and
Tatoeba show often after «en» or «a» with a determiner and never bare are read
(data/preposition_nouns.yaml, counted by `noun_uses`, the one reading both sides share)."""

from collections.abc import Iterator
from typing import NamedTuple

from langbot.grading.analysis import Features
from langbot.grading.bare_predicates import bare_after_ser
from langbot.grading.inflection import feminine
from langbot.grading.lexicon import lexicon
from langbot.grading.preposition_nouns import never_bare_after
from langbot.grading.rules.article_words import preposition_and_article, the
from langbot.grading.rules.base import Context, Hit
from langbot.grading.tokens import BOUNDARY
from langbot.text import fold

_NOT_CONJUGATED = frozenset({"inf", "ger", "part"})


class NounUse(NamedTuple):
    """A singular common noun at `noun` after the preposition at `prep`, bare or not."""

    prep: int
    noun: int
    features: Features
    bare: bool


def _conjugated(f: Features) -> bool:
    return f.pos == "VERB" and f.form not in _NOT_CONJUGATED


def singular_noun(ctx: Context, j: int) -> Features | None:
    """The one singular noun at j, written small (a capital is a name: «en Instituto X»); a
    conjugated verb reading does not count, none stands after a preposition («a trabajo»)."""
    a = ctx.analysis
    readings = [f for f in a.readings[j] if not _conjugated(f)] if j < len(a) else []
    if not readings or any(f.pos != "NOUN" for f in readings) or not a.original(j)[:1].islower():
        return None
    if len({(f.gender, f.number) for f in readings}) != 1 or readings[0].number != "s":
        return None
    return readings[0]


def noun_uses(ctx: Context) -> Iterator[NounUse]:
    """Each singular noun right after «en» or «a» (bare), or after them and a determiner, or
    after «al» (determined)."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        word = a.at(i)
        if word in ctx.words["joined_to_article"]:
            noun, j, bare = singular_noun(ctx, i + 1), i + 1, False
        elif word not in ctx.words["before_bare_nouns"]:
            continue
        elif a.of(i + 1, "DET") and not a.accented(i + 1):  # «mi» is a note too
            noun, j, bare = singular_noun(ctx, i + 2), i + 2, False
        else:
            noun, j, bare = singular_noun(ctx, i + 1), i + 1, True
        if noun is not None:
            yield NounUse(i, j, noun, bare)


def said_bare_idiom(ctx: Context, i: int, j: int) -> bool:
    """«de ciudad en ciudad», «de pies a cabeza», «día a día», «en cuerpo y alma»: nouns
    said bare in pairs; a word or number after the noun that names it («a fuego lento», «en
    página 5») or «de» after it («en silla de ruedas», «a pregunta de los periodistas»); a
    phrase alone before a comma («En conclusión, …»); a name after it («en calle Mayor»)."""
    a = ctx.analysis
    if a.at(i - 1) == a.at(j) or a.at(j + 1) in ctx.words["coordinators"]:
        return True
    if a.at(i - 2) in ctx.words["from_words"] and a.of(i - 1, "NOUN"):
        return True
    if a.of(j + 1, "ADJ") or a.of(j + 1, "NOUN") or a.at(j + 1).isdigit():
        return True  # «a fuego lento», «a cielo abierto», «en hora punta»: set phrases
    if a.at(j + 1) in ctx.words["of"]:
        return True  # «en silla de ruedas», «a pregunta de los periodistas»: set phrases
    if a.at(j + 1) == BOUNDARY and (i == 0 or a.at(i - 1) == BOUNDARY):
        return True  # «En conclusión, …»: a phrase that opens the sentence
    return a.at(j + 1) != BOUNDARY and a.original(j + 1)[:1].isupper()


def _paired(lemma: str) -> bool:
    """The noun has a feminine of its own in the lexicon (ministro, ministra; gato, gata):
    a person or an animal, which «a» may name bare («ascendió a ministro»)."""
    other = feminine(lemma)
    if not other:
        return False
    readings = lexicon().readings(other) + lexicon().readings_folded(fold(other))
    return any(r.upos == "NOUN" and r.gender == "Fem" for r in readings)


def _may_be_bare(ctx: Context, j: int, noun: Features) -> bool:
    """Natives may say the noun at j bare: seen bare (or never counted), a role they say
    bare after «ser» («llegó a ministro»), listed, a place of the places rule, a day or kin
    said as a name, a person or animal, or a feminine that takes «el» («en aula»)."""
    lemma = fold(noun.lemma)
    if lemma not in never_bare_after() or lemma in bare_after_ser():
        return True
    if lemma in ctx.words["said_bare_after"] or ctx.analysis.at(j) in ctx.words["places"]:
        return True
    if ctx.analysis.at(j) in ctx.words["sides"]:
        return True  # «a derecha»: the set phrases rule's
    if noun.classes & (set(ctx.words["name_like_classes"]) | set(ctx.words["person_classes"])):
        return True
    return _paired(noun.lemma) or (noun.gender == "f" and ctx.analysis.at(j) in ctx.kb.stressed_a)


def noun_without_article(ctx: Context):
    """«Vivo en ciudad»: after «en» or «a», a noun natives never say bare takes its article
    («en la ciudad», «al trabajo»); the places rule speaks for its own places."""
    a = ctx.analysis
    for use in noun_uses(ctx):
        i, j, noun = use.prep, use.noun, use.features
        if not use.bare or _may_be_bare(ctx, j, noun) or said_bare_idiom(ctx, i, j):
            continue
        article = the(ctx, noun)
        if article is None:
            continue
        joined = preposition_and_article(ctx, i, article)
        yield Hit(i, j + 1, f"{joined} {a.original(j)}")
