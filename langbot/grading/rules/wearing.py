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
    ending = ctx.kb.words.reflexive_ending
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
        end = _clothes_end(ctx, i + 1, clothes)
        if end is None or a.at(end) != BOUNDARY:
            continue
        person = verbs[0].person
        pronoun = ctx.words["reflexive_by_person"][PERSONS.index(person)]
        written = a.original(i)
        if written[:1].isupper():  # «Pongo…» opens the sentence: «Me pongo…»
            pronoun, written = pronoun.capitalize(), written.lower()
        yield Hit(i, i + 1, f"{pronoun} {written}")


def _clothes_end(ctx: Context, j: int, clothes: set[str]) -> int | None:
    """The end of the noun phrases of clothes from j, joined by «y» («un abrigo y unas
    botas»), or None when j starts none."""
    a = ctx.analysis
    np = a.noun_phrase(j)
    if np is None or not np.noun.classes & clothes:
        return None
    if a.at(np.end) in ctx.words["and"]:
        return _clothes_end(ctx, np.end + 1, clothes) or np.end
    return np.end
