"""The readings the reflexive rules share: each token's finite verb readings, read once a
sentence, and the reflexive pronoun of a person. Part of the reflexive family
(rules/reflexive.py)."""

from weakref import WeakKeyDictionary

from langbot.grading.analysis import Analysis, Features
from langbot.grading.rules.base import Context
from langbot.grading.verbs import PERSONS


def own_pronoun(ctx: Context, person: str) -> str:
    """The reflexive pronoun of a person (me, te, se…)."""
    return ctx.words["reflexive_by_person"][PERSONS.index(person)]


def lower_at(ctx: Context, i: int) -> str:
    """The learner's spelling of token i, without a sentence-initial capital."""
    word = ctx.analysis.original(i)
    return word[:1].lower() + word[1:]


_FINITE: "WeakKeyDictionary[Analysis, tuple]" = WeakKeyDictionary()


def _read(ctx: Context) -> tuple:
    """Each token's finite verb readings, and where each verb's finite forms stand, read
    once a sentence for every rule that asks."""
    a = ctx.analysis
    found = _FINITE.get(a)
    if found is None:
        by_token, by_lemma = [], {}
        for i, readings in enumerate(a.readings):
            verbs = tuple(f for f in readings if f.pos == "VERB" and f.person and f.form != "inf")
            by_token.append(verbs)
            for f in verbs:
                by_lemma.setdefault(f.lemma, {}).setdefault(i, []).append(f)
        found = _FINITE[a] = (tuple(by_token), by_lemma)
    return found


def finite_at(ctx: Context, i: int) -> tuple[Features, ...]:
    """The finite verb readings of token i."""
    by_token = _read(ctx)[0]
    return by_token[i] if 0 <= i < len(by_token) else ()


def verbs_of(ctx: Context, lemmas: frozenset[str]):
    """(token, its finite readings of these verbs), in order."""
    by_lemma = _read(ctx)[1]
    found: dict[int, list[Features]] = {}
    for lemma in lemmas:
        for i, verbs in by_lemma.get(lemma, {}).items():
            found.setdefault(i, []).extend(verbs)
    return sorted(found.items())


def one_person(verbs) -> str | None:
    """The one person these verb readings share, else None."""
    persons = {f.person for f in verbs}
    return next(iter(persons)) if len(persons) == 1 else None
