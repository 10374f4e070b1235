"""«Es marcado dos goles», «soy comprado un libro»: ser for haber before a participle and
its object. A passive's own subject may follow it only in its number, and never after ser
of the speaker or the listener («es vendido un piso» is a passive; «son vendidos dos»
too). Part of the agreement family (rules/agreement.py lists them)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.verbs import PERSONS

_NOT_OF_A_THING = frozenset({"1s", "2s", "1p", "2p"})  # no passive subject can follow


def _ser_present(ctx: Context, i: int) -> set[str]:
    """The persons of ser's present token i is (only a verb, only ser's)."""
    a = ctx.analysis
    verbs = a.of(i, "VERB")
    if not verbs or not a.only(i, "VERB") or any(f.lemma != ctx.words["copulas"][0] for f in verbs):
        return set()
    return {f.person for f in verbs if f.form == "pres" and f.person}


def ser_perfect(ctx: Context):
    """Ser's present, a participle of the masculine singular, then a number or a determiner
    and its noun: the object of a compound tense, which takes haber."""
    a = ctx.analysis
    for i in range(len(a) - 3):
        persons = _ser_present(ctx, i)
        parts = [f for f in a.of(i + 1, "VERB") if f.form == "part"]
        if not persons or not parts or not a.at(i + 1).endswith(ctx.words["gender_endings"][0]):
            continue
        if any(f.lemma in ctx.words["predicative_participles"] for f in parts):
            continue  # «es considerado un genio»: what the subject is called
        np = a.noun_phrase(i + 2)
        counted = [f for f in a.of(i + 3, "NOUN") if a.of(i + 2, "NUM")]  # «dos goles»
        nouns = [np.noun] if np is not None else counted
        if not nouns or any(f.lemma in ctx.words["how_often_nouns"] for f in nouns):
            continue  # «es capturado dos veces»: how often, no object
        plural = all(f.number == "p" for f in nouns)
        if not (persons & _NOT_OF_A_THING or plural):
            continue  # «es vendido un piso»: a passive with its subject after it
        person = sorted(persons, key=PERSONS.index)[0]
        yield Hit(i, i + 1, ctx.words["perfect_forms"][PERSONS.index(person)])
