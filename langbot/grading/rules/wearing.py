"""Putting clothes on is reflexive: «me pongo un abrigo», not «pongo un abrigo» (which puts
it somewhere). Part of the reflexive family (rules/reflexive.py)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.tokens import BOUNDARY
from langbot.grading.verbs import PERSONS


def wearing_without_pronoun(ctx: Context):
    """A verb of putting on in the present, with no pronoun before it, then a noun phrase of
    clothes that ends its clause (nothing says where it is put) and no «a» of someone."""
    a = ctx.analysis
    wearing = ctx.words["wearing_verbs"]
    clothes = set(ctx.words["clothes_classes"])
    ending = ctx.words["reflexive_ending"][0]
    for i in range(len(a) - 2):
        if a.of(i - 1, "CLITIC") or not a.only(i, "VERB"):
            continue
        verbs = [  # poner and ponerse alike
            f
            for f in a.of(i, "VERB")
            if f.lemma.removesuffix(ending) in wearing and f.form == "pres"
        ]
        if not verbs or len(verbs) != len(a.readings[i]):
            continue
        np = a.noun_phrase(i + 1)
        if np is None or not np.noun.classes & clothes or a.at(np.end) != BOUNDARY:
            continue
        person = verbs[0].person
        pronoun = ctx.words["reflexive_by_person"][PERSONS.index(person)]
        yield Hit(i, i + 1, f"{pronoun} {a.original(i)}")
