"""Agreement inside the noun phrase: a determiner and its noun inside a coordination
(«una tía y un prima»), by the features of both."""

from langbot.grading.rules.base import Context, Hit
from langbot.text import has_accent

_SLOTS = {("m", "s"): 0, ("f", "s"): 1, ("m", "p"): 2, ("f", "p"): 3}


def _series(ctx: Context, det: str) -> tuple[str, ...] | None:
    for line in ctx.words["determiner_sets"]:
        forms = tuple(line.split())
        if det in forms:
            return forms
    return None


def _determiner_noun(ctx: Context):
    a = ctx.analysis
    stressed = ctx.kb.stressed_a
    for i in range(len(a) - 1):
        det = a.at(i)
        series = _series(ctx, det)
        nouns = a.of(i + 1, "NOUN")
        if series is None or len(nouns) != 1 or not a.only(i + 1, "NOUN"):
            continue
        if a.at(i - 1) not in ctx.words["coordinators"]:
            continue  # outside a coordination, noun_phrase_agreement checks the pair
        noun = nouns[0]
        if noun.gender is None or noun.number is None or a.at(i + 1) in stressed:
            continue
        if (a.of(i, "CLITIC") and a.of(i + 1, "VERB")) or a.of(i - 2, "NUM"):
            continue  # «la come», «treinta y un años»
        fix = series[_SLOTS[(noun.gender, noun.number)]]
        if det in series[2:] and a.at(i + 1)[-1:] in ctx.words["plural_as_singular_endings"]:
            continue  # los pódcast, los test: borrowed nouns may keep one form
        if has_accent(noun.lemma) and not a.accented(i + 1):
            continue  # «papas» may be «papás» or potatoes: only the accent tells
        if fix != det and not a.accented(i):
            yield Hit(i, i + 1, fix, {"noun": a.original(i + 1)})


FINDERS = {"determiner_noun": _determiner_noun}
