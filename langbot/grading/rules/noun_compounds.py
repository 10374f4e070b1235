"""«El carné a conducir», «dolor en cabeza»: a noun of the vocabulary made with «de»
(lessons/vocabulary: carné de conducir, dolor de cabeza, billete de tren) keeps its «de».
Part of the prepositions family (rules/prepositions.py lists it)."""

from functools import lru_cache

from langbot.grading.knowledge import Knowledge
from langbot.grading.lexicon import lexicon
from langbot.grading.rules.base import Context, Hit


@lru_cache(maxsize=4)
def _compounds(kb: Knowledge, link: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each folded first word of a «X de Y» noun of the vocabulary -> the words after its «de»."""
    out: dict[str, tuple[tuple[str, ...], ...]] = {}
    for noun in kb.vocabulary.nouns:
        head, _, rest = noun.partition(f" {link} ")
        if rest and " " not in head:
            out[head] = (*out.get(head, ()), tuple(rest.split()))
    return out


def compound_link(ctx: Context):
    """Finder: the first word of a «de» compound, another little word, then the rest of the
    compound, bare: «carné a conducir» is «carné de conducir». Only a noun that is no verb
    unless a determiner stands before it («ama en casa» may be «loves at home»), before words
    written lower-case, and not «en» + a means of transport."""
    a = ctx.analysis
    link = ctx.words["of"][0]
    compounds = _compounds(ctx.kb, link)
    for i in range(len(a) - 2):
        rests = compounds.get(a.at(i))
        if not rests or a.at(i + 1) not in ctx.words["compound_wrong"]:
            continue
        if a.of(i, "VERB") and not a.of(i - 1, "DET"):
            continue  # «un cepillo» is the noun; «cepillo a…» may be the verb
        for rest in rests:
            end = i + 2 + len(rest)
            if tuple(a.words[i + 2 : end]) != rest or a.original(i + 2)[:1].isupper():
                continue
            if _means(ctx, i + 2):
                continue  # «voy a la estación en tren»: how one goes there
            yield Hit(i + 1, i + 2, ctx.spelled["of"][0])
            break


def _means(ctx: Context, j: int) -> bool:
    """«en» before a bare means of transport at j: how one goes, not the compound's link."""
    a, transport = ctx.analysis, set(ctx.words["transport_classes"])
    nouns = a.of(j, "NOUN")
    return a.at(j - 1) in ctx.words["in_transport"] and any(f.classes & transport for f in nouns)


def _kind_noun(ctx: Context, j: int, head) -> bool:
    """Token j, written small, is only a noun of a school subject or a food (what a class or
    a book is about, what a soup or a juice is made of); a colour it may also be only after
    a food or a drink («una camisa naranja» is the colour), and no adjective that may
    describe the head."""
    a = ctx.analysis
    if language_of_lesson(ctx, j, head):
        return True
    kinds, colours = set(ctx.words["of_kind_classes"]), set(ctx.words["colour_classes"])
    eaten = bool(head.classes & set(ctx.words["eaten_classes"]))
    nouns = a.of(j, "NOUN")
    if not nouns or not a.original(j)[:1].islower():
        return False
    others = [f for f in a.readings[j] if f.pos != "NOUN"]
    if any(f.pos != "ADJ" or not (eaten and f.classes & colours) for f in others):
        return False
    if not all(f.classes & kinds for f in nouns):
        return False
    # a word the treebanks also write as an adjective, in the head's gender and number,
    # may describe it («la química física»: physical chemistry)
    agrees = any((f.gender, f.number) == (head.gender, head.number) for f in nouns)
    return not (agrees and not others and "ADJ" in lexicon().upos_set(a.original(j)))


def language_of_lesson(ctx: Context, j: int, head) -> bool:
    """Token j, written small, names a language after a lesson noun it does not agree with
    as an adjective («una clase español»): what the class is of («de español»), not where
    it is from («una clase española» is no cue to copy)."""
    a = ctx.analysis
    if not head.classes & set(ctx.words["lesson_head_classes"]):
        return False
    if not a.original(j)[:1].islower() or a.of(j, "VERB"):
        return False
    languages = set(ctx.words["language_classes"])
    if not any(f.classes & languages for f in a.of(j, "NOUN")):
        return False
    adjectives = a.of(j, "ADJ")
    return bool(adjectives) and all(
        (f.gender, f.number) != (head.gender, head.number) for f in adjectives
    )


def noun_without_of(ctx: Context):
    """«Tengo una clase historia», «un jugo naranja», «mi libro matemáticas»: a noun after
    its determiner, of a class, a book, a teacher, a dish or a drink, then bare the subject
    or the food it is of: Spanish joins them with «de» («una clase de historia»)."""
    a = ctx.analysis
    heads = set(ctx.words["of_head_classes"])
    for i in range(1, len(a) - 1):
        if not a.of(i - 1, "DET") or a.accented(i - 1) or not a.only(i, "NOUN"):
            continue
        nouns = a.of(i, "NOUN")
        if len(nouns) != 1 or not nouns[0].classes & heads or a.only(i + 2, "NOUN"):
            continue
        if _kind_noun(ctx, i + 1, nouns[0]):
            yield Hit(i + 1, i + 2, f"{ctx.spelled['of'][0]} {a.original(i + 1)}")
