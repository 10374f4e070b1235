"""«Por» where Spanish takes another little word after a thing: who it is for («flores por
mi madre»: «para») and the language it is in («una audioguía por español»: «en»). Part of
the prepositions family (rules/prepositions.py lists it). Also what a thing one wants is for
(«una cita por cortarme el pelo»: «para»)."""

from langbot.grading.analysis import Analysis
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import only_infinitive
from langbot.grading.tokens import BOUNDARY


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


def purpose_with_por(ctx: Context):
    """Finder: a verb of wanting or needing, its thing, then «por» + an infinitive with its
    own object: «quiero una cita por cortarme el pelo» is «para». Not money nor a reward or
    a fault, where «por» is what it is in exchange for or because of («pido perdón por
    molestarte»), nor a bare infinitive («libros por leer»: still to be read)."""
    a = ctx.analysis
    wanting, excluded = ctx.words["purpose_verbs"], ctx.words["exchange_nouns"]
    for i in range(2, len(a) - 1):
        if a.at(i) not in ctx.words["by"] or not only_infinitive(a, i + 1):
            continue
        verb = _verb_before_thing(a, i)
        if verb is None or not any(f.lemma in wanting for f in a.of(verb, "VERB")):
            continue
        if a.at(i - 1) in excluded or any(f.lemma in excluded for f in a.of(i - 1, "NOUN")):
            continue
        own_object = a.at(i + 1) != a.of(i + 1, "VERB")[0].lemma or a.of(i + 2, "DET")
        if own_object:
            yield Hit(i, i + 1, ctx.spelled["for_words"][0])


def _verb_before_thing(a: Analysis, i: int) -> int | None:
    """The token before the noun (bare, or after a determiner) that ends at i, if the noun
    phrase is what a verb there takes: «quiero una cita» before «por»."""
    if not a.of(i - 1, "NOUN"):
        return None
    start = i - 2 if a.of(i - 2, "DET") and not a.accented(i - 2) else i - 1
    return start - 1 if a.of(start - 1, "VERB") else None


def thanks_without_por(ctx: Context):
    """Finder: thanks + «de» or «para» + what one thanks for, a noun phrase or an
    infinitive: «gracias de la visita», «gracias para venir» are «por». Not a set phrase
    after it («gracias de nuevo», «gracias de todo corazón», «gracias de parte de Ana», «de mi parte»)."""
    a = ctx.analysis
    skipped = ctx.words["thanks_set_phrases"]
    for i in range(len(a) - 2):
        if a.at(i) not in ctx.words["thanks"]:
            continue
        i += _thanked(ctx, i + 1)  # «gracias a ti para la entrada»
        if a.at(i + 1) not in ctx.words["thanks_wrong"]:
            continue
        if a.at(i + 2) in skipped or a.at(i + 3) in skipped:
            continue  # «de nuevo», «de mi parte»
        if (a.of(i + 2, "DET") and a.of(i + 3, "NOUN")) or only_infinitive(a, i + 2):
            yield Hit(i + 1, i + 2, ctx.spelled["thanks_link"][0])


def _thanked(ctx: Context, j: int) -> int:
    """2 where «a» and the one thanked stand at j («gracias a ti…»), else 0."""
    a = ctx.analysis
    return 2 if a.at(j) in ctx.words["to"] and a.at(j + 1) in ctx.words["thanked"] else 0


def thanks_person_por(ctx: Context):
    """Finder: thanks + «por» + the one thanked, closing the clause: «gracias por usted» is
    «gracias a usted». Not a thing one thanks for after it («gracias por usted y su ayuda» is
    left)."""
    a = ctx.analysis
    for i in range(len(a) - 2):
        if a.at(i) in ctx.words["thanks"] and a.at(i + 1) == ctx.spelled["thanks_link"][0]:
            if a.at(i + 2) in ctx.words["thanked"] and a.at(i + 3) == BOUNDARY:
                yield Hit(i + 1, i + 2, ctx.words["to"][0])
