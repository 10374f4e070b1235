"""A pronoun said twice around a verb chain: before the finite verb and again on the
infinitive or gerund after it («me quiero mudarme», «te vas a ducharte», «me estoy
duchándome»). Spanish puts it in one place or the other, never both; only verbs that let the
pronoun climb (querer, poder, ir a, tener que, estar…) are read, so «me gusta ducharme» and
«me ayuda a vestirme», whose first pronoun is the verb's own object, are left alone."""

from langbot.grading.rules.base import Context, Hit, folded
from langbot.text import fold


def pronoun_twice(ctx: Context):
    """A reflexive pronoun before a climbing verb and the same pronoun on the verb after it."""
    a = ctx.analysis
    climbing = folded(ctx.words["climbing_verbs"])
    links = folded(ctx.words["climbing_links"])
    for i in range(len(a) - 2):
        pronoun = a.at(i)
        if pronoun not in ctx.kb.reflexive or not a.of(i, "CLITIC") or a.of(i - 1, "DET"):
            continue
        if not any(f.person and fold(f.lemma) in climbing for f in a.of(i + 1, "VERB")):
            continue
        k = i + 2 + (a.at(i + 2) in links)
        word = a.at(k)
        if any(
            f.form in ("inf", "ger") and word != fold(f.lemma) and word.endswith(pronoun)
            for f in a.of(k, "VERB")
        ):
            fix = " ".join(a.original(j) for j in range(i + 1, k + 1))
            yield Hit(i, k + 1, fix, {"pronoun": a.original(i)})
            return
