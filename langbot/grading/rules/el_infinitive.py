"""«El jugar baloncesto muy bien», «es cantante y el tocar la guitarra»: «el» opening a
clause with no conjugated verb, then an infinitive with something after it, is «él» with its
accent dropped and its verb left unconjugated («él juega»); «el» before an infinitive that
is a noun has a verb to be its subject («el tocar la guitarra es divertido»). Part of the
verbs family (rules/verbs.py)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import only_infinitive
from langbot.grading.rules.present_forms import form_for
from langbot.grading.tokens import BOUNDARY


def _opens(ctx: Context, i: int) -> bool:
    """Token i opens the sentence or a clause «y», «pero» or a comma open."""
    a = ctx.analysis
    return i == 0 or a.at(i - 1) == BOUNDARY or a.at(i - 1) in ctx.words["carried_joins"]


def _verbless_after(ctx: Context, k: int) -> bool:
    """Something that is no adjective follows the infinitive at k, and no conjugated verb
    does before the next punctuation mark."""
    a = ctx.analysis
    if k + 1 >= len(a) or a.at(k + 1) == BOUNDARY or a.at(k + 1) in ctx.words["carried_joins"]:
        return False  # «el bailar.»: said for short; «el poder y el dinero son…»: nouns
    if a.of(k + 1, "ADJ"):
        return False  # «el ser humano»: a noun and its adjective
    for m in range(k + 1, len(a)):
        if a.at(m) == BOUNDARY:
            return True
        finite = any(f.person and f.form != "imp" for f in a.of(m, "VERB"))
        if finite and (a.only(m, "VERB") or not a.of(m - 1, "DET") and not a.of(m - 1, "NOUN")):
            return False  # «allá era muy bonito»; not «cocinar pasta», a noun after a verb
    return True


def el_then_infinitive(ctx: Context):
    """Finder: an unaccented «el» opening a clause with no conjugated verb, then an
    infinitive with words after it: «él» and the verb conjugated for him."""
    a = ctx.analysis
    found = [
        i
        for i in range(len(a) - 1)
        if a.at(i) in ctx.words["he_unaccented"] and not a.accented(i) and _verb_only(a, i + 1)
    ]
    if len(found) > 1:
        return  # «el comer sano, el dormir bien…»: a list of the nouns
    for i in found:
        if not _opens(ctx, i) or not _verbless_after(ctx, i + 1):
            continue
        lemma = a.of(i + 1, "VERB")[0].lemma
        fix = form_for(ctx.kb, lemma, ctx.words["he_person"][0])
        if fix:
            yield Hit(i, i + 2, f"{ctx.spelled['he_accented'][0]} {fix}")


def _verb_only(a, k: int) -> bool:
    """Token k is an infinitive and nothing else: not one that is a noun too («el poder», «el
    amanecer»)."""
    return only_infinitive(a, k) and a.only(k, "VERB")
