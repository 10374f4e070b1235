"""The preterite forms of ser and estar that the copula rules read (copula.py,
copula_places.py, estar_nouns.py), apart from the present ones (copula_forms.py)."""

from langbot.grading.rules.base import Context
from langbot.grading.rules.common import skip_adverbs_back
from langbot.grading.rules.copula_forms import Copula, a_person, clause_of
from langbot.grading.rules.name_spans import name_like


def past_ser(ctx: Context):
    """The preterite forms of ser that say where a person was («Frida fue en su cama»), not
    ir's («se fue en tren», «fueron en barco a Alaska»), nor a cleft («fue en Madrid donde
    nació»)."""
    a = ctx.analysis
    ser = ctx.words["copulas"][0]
    for i in range(len(a)):
        past = [f for f in a.of(i, "VERB") if f.lemma == ser and f.form == "past" and f.person]
        if not past or a.of(i - 1, "CLITIC") or a.at(i + 1) not in ctx.words["in"]:
            continue
        np = a.noun_phrase(i + 2)
        noun = np.noun if np else next(iter(a.of(i + 2, "NOUN")), None)
        if noun and noun.classes & set(ctx.words["ways_to_go"]):
            continue  # «fue en tren»: ir
        if noun and _outing(ctx, i, noun):
            continue  # «fui en una caminata», «fue en un viaje»: ir, on an outing
        named = skip_adverbs_back(a, ctx.kb, i - 1) == 0 and name_like(a, 0)  # «Ana fue…»
        if not (named or a_person(ctx, i, past[0].person)):
            continue  # «la historia fue en mi sueño»: what happened, where
        _, e = clause_of(a, i)
        after = {a.at(k) for k in range(i, min(e + 1, len(a)))}
        if not after & set(ctx.words["cleft"]) and not after & set(ctx.words["to_or_to_the"]):
            yield i, Copula(ser, "past", past[0].person)  # not «fueron en barco a Alaska»


def _outing(ctx: Context, i: int, noun) -> bool:
    """The noun after «fue en» is an outing (viaje, paseo) or a noun no class says is a
    place, and no name: «fue» may be ir's as well as ser's, so no claim."""
    a = ctx.analysis
    if any(a.original(k)[:1].isupper() for k in (i + 2, i + 3)):
        return False  # «fue en los Estados Unidos»
    return not noun.classes or bool(noun.classes & set(ctx.words["outings"]))


def past_estar(ctx: Context):
    """The preterite forms of estar (estuvo), with their person."""
    a = ctx.analysis
    estar = ctx.words["copulas"][1]
    for i in range(len(a)):
        past = [f for f in a.of(i, "VERB") if f.lemma == estar and f.form == "past" and f.person]
        if past and a.only(i, "VERB"):
            yield i, Copula(estar, "past", past[0].person)


def ser_preterites(ctx: Context):
    """The preterite forms of ser (fui, fue), not ir's after a pronoun («se fue»)."""
    a = ctx.analysis
    ser = ctx.words["copulas"][0]
    for i in range(len(a)):
        past = [f for f in a.of(i, "VERB") if f.lemma == ser and f.form == "past" and f.person]
        if past and not a.of(i - 1, "CLITIC"):
            yield i, Copula(ser, "past", past[0].person)
