"""Places in directions take the article: «cerca del parque», «al lado de la estación»,
«¿Dónde está el banco?» (a place one is pointed to is a known one)."""

from langbot.grading.rules.article_words import preposition_and_article
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.past_person import written_persons
from langbot.grading.verb_prepositions import NONE, load_verb_prepositions

MIN_OBJECTS = 8
"""A verb's bare complements must be seen this often to read a bare place after it."""


def _article_fix(ctx: Context, i: int) -> str | None:
    """«el», «la»… for the one place noun at i (singular), or None."""
    a = ctx.analysis
    nouns = a.of(i, "NOUN")
    if not a.only(i, "NOUN") or len(nouns) != 1 or a.at(i) in ctx.words["bare_places"]:
        return None
    noun = nouns[0]
    if a.at(i) not in ctx.words["places"] and not noun.classes & set(
        ctx.words["place_thing_classes"]
    ):
        return None  # a place or a thing of the vocabulary: «al lado de salón», «encima de mesa»
    if noun.number != "s" or noun.gender not in ctx.words["genders"] or a.original(i)[:1].isupper():
        return None  # «cerca de Museo Reina Sofía»: a name
    return ctx.spelled["definite"][ctx.words["genders"].index(noun.gender)]


def near_place_without_article(ctx: Context):
    """«Está cerca de parque»: after «cerca de», «al lado de»… a place takes the article."""
    a = ctx.analysis
    for i in range(1, len(a) - 1):
        if a.at(i) not in ctx.words["of"] or a.at(i - 1) not in ctx.words["near"]:
            continue
        article = _article_fix(ctx, i + 1)
        if article:
            fix = preposition_and_article(ctx, i, article)
            yield Hit(i, i + 2, f"{fix} {a.original(i + 1)}")


def where_without_article(ctx: Context):
    """«¿Dónde está banco?»: the place asked for takes the article («¿Dónde está el banco?»)."""
    a = ctx.analysis
    for i in range(len(a) - 2):
        if a.at(i) not in ctx.words["where_spellings"]:
            continue
        if not any(f.lemma in ctx.words["to_be_at"] for f in a.of(i + 1, "VERB")):
            continue
        article = _article_fix(ctx, i + 2)
        if article:
            yield Hit(i + 2, i + 3, f"{article} {a.original(i + 2)}")


def _takes_bare_objects(lemma: str) -> bool:
    """The treebanks show the verb's noun complements most often with no preposition (an
    object: «comenzar», «visitar»), not after one («ir a»), and often enough to tell."""
    seen = load_verb_prepositions().seen(lemma, "noun")
    bare = seen.get(NONE, 0)
    return bare >= MIN_OBJECTS and bare >= max(seen.values())


def place_object_without_article(ctx: Context):
    """«Frida comenzó escuela tarde», «Visité museo»: a place that is the verb's object takes
    the article; not after «tener», «haber» («hay escuela»: there is school)."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        verbs = a.of(i, "VERB")
        finite = any(f.person for f in verbs) or written_persons(ctx, i)  # «visité»
        if not finite or not a.only(i, "VERB") or a.at(i + 1) not in ctx.words["places"]:
            continue
        if a.of(i + 2, "ADJ") or a.original(i + 2) == ctx.spelled["clause_comma"][0]:
            continue  # «encontrará piscina interior, sauna…»: a list of what there is
        if any(f.lemma in ctx.words["not_place_objects"] for f in verbs):
            continue
        if not all(_takes_bare_objects(f.lemma) for f in verbs):
            continue
        article = _article_fix(ctx, i + 1)
        if article:
            yield Hit(i + 1, i + 2, f"{article} {a.original(i + 1)}")
