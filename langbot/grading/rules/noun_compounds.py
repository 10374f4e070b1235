"""«El carné a conducir», «dolor en cabeza»: a noun of the vocabulary made with «de»
(lessons/vocabulary: carné de conducir, dolor de cabeza, billete de tren) keeps its «de».
Part of the prepositions family (rules/prepositions.py lists it)."""

from functools import lru_cache

from langbot.grading.knowledge import Knowledge
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
