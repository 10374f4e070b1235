"""«Por» where Spanish takes another little word after a thing: who it is for («flores por
mi madre»: «para») and the language it is in («una audioguía por español»: «en»). Part of
the prepositions family (rules/prepositions.py lists it)."""

from langbot.grading.analysis import Analysis
from langbot.grading.rules.base import Context, Hit


def _after_thing(a: Analysis, i: int, classes: set[str] | None = None) -> bool:
    """Token i («por») follows a noun (of these classes, every noun reading, if given): a
    noun alone, or one after a determiner. Not a participle or a verb («fue criada por su
    abuelo», «lo hice por mi madre»: by, for the sake of)."""
    things = a.of(i - 1, "NOUN")
    if not (a.only(i - 1, "NOUN") or (things and a.of(i - 2, "DET"))):
        return False
    return classes is None or all(f.classes & classes for f in things)


def beneficiary_with_por(ctx: Context):
    """Finder: a thing (a noun of the gift classes) + «por» + a determiner + a person or a
    relative: «regalos por mi familia» is «para». Not a feeling («cariño por sus padres»),
    a pronoun («guarda el dinero por mí»: on my behalf) nor an occasion («por tu
    cumpleaños») nor after paying («pagué la cena por mi amigo»: on his behalf)."""
    a = ctx.analysis
    gifts, people = set(ctx.words["gift_classes"]), set(ctx.words["people_classes"])
    times, paying = set(ctx.words["occasion_classes"]), set(ctx.words["rate_priced_verbs"])
    for i in range(1, len(a) - 2):
        if a.at(i) not in ctx.words["by"] or not a.of(i + 1, "DET"):
            continue
        if any(f.lemma in paying for k in range(i) for f in a.of(k, "VERB")):
            continue
        if not _after_thing(a, i, gifts):
            continue
        whom = a.of(i + 2, "NOUN")
        if any(f.classes & people for f in whom) and not any(f.classes & times for f in whom):
            yield Hit(i, i + 1, ctx.spelled["for_words"][0])


def language_with_por(ctx: Context):
    """Finder: a thing + «por» + a bare language: «un libro por inglés» is «en inglés»."""
    a = ctx.analysis
    languages = set(ctx.words["language_classes"])
    for i in range(1, len(a) - 1):
        if a.at(i) not in ctx.words["by"] or not _after_thing(a, i):
            continue
        named = a.of(i + 1, "NOUN")
        if named and all(f.classes & languages for f in named) and not a.of(i + 1, "DET"):
            yield Hit(i, i + 1, ctx.spelled["in"][0])
