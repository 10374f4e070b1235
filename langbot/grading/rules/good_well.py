"""How one does something is «bien» or «mal», an adverb: «cocino muy bien», not «cocino muy
bueno» (a family of the everyday phrases; «me viene bien» is suits_well's)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.tokens import BOUNDARY


def manner_with_good(ctx: Context):
    """«Cocino muy bueno», «Mi hermana baila bueno»: «bueno» or «malo» right after a verb
    of doing (past «muy», «tan»…) and ending its clause says how it is done; not after a
    verb that links a quality to its subject or object (ser, estar, parecer, sentirse…),
    nor after an object pronoun («lo encuentro bueno»: the object is good)."""
    a = ctx.analysis
    pairs = ctx.spelled["good_to_well"]
    adverb_of = dict(zip(pairs[::2], pairs[1::2], strict=True))
    for v in range(len(a) - 1):
        verbs = [f for f in a.of(v, "VERB") if f.person and f.form != "imp"]
        other = {f.pos for f in a.readings[v]} - {"VERB", "NOUN"}  # «nada», «uno»: pronouns
        if not verbs or other or a.of(v - 1, "DET") or a.of(v - 1, "CLITIC"):
            continue
        if any(f.lemma in ctx.words["quality_verbs"] for f in verbs):
            continue
        if a.of(v, "NOUN") and (a.of(v - 1, "VERB") or a.of(v - 1, "ADP")):
            continue  # «tuvo notas buenas»: a noun, the object of the verb before it
        k = v + 1
        while a.at(k) in ctx.words["degree_before_good"]:
            k += 1
        fix = next((adverb_of[f.lemma] for f in a.of(k, "ADJ") if f.lemma in adverb_of), None)
        ends = a.at(k + 1) == BOUNDARY or a.at(k + 1) in ctx.words["coordinators"]
        if fix is not None and ends and not a.of(k, "NOUN"):
            yield Hit(k, k + 1, fix)
