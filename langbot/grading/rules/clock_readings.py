"""«a los» + a number that is no clock time (rules/little.py, hour_article): the people a
verb takes («Vi a los dos»), or an age told in a story («Aprendí a leer a los cinco»)."""

from langbot.grading.rules.base import Context
from langbot.grading.tokens import BOUNDARY
from langbot.grading.verb_prepositions import NONE, load_verb_prepositions


def people_object(ctx: Context, k: int) -> bool:
    """The verb at k, with no object pronoun before it, takes people with «a» in the
    treebanks' counts: «a los dos» after it is its object, the two of them («Vi a los
    dos»), not a clock time («Te veo a los ocho»: the pronoun is the object)."""
    a = ctx.analysis
    lemmas = {f.lemma for f in a.of(k, "VERB")}
    if not lemmas or a.of(k - 1, "CLITIC"):
        return False
    table, to = load_verb_prepositions(), ctx.words["to"][0]
    counts = [table.seen(m, "person") for m in lemmas]
    return all(c.get(to, 0) >= 2 and c.get(to, 0) >= 2 * c.get(NONE, 0) for c in counts)


def age_told(ctx: Context, i: int) -> bool:
    """The article and number at i end their clause after a preterite told before them in
    it: an age in a story («Aprendí a leer a los cinco»), not a clock time («…a las cinco
    de la tarde»)."""
    a = ctx.analysis
    if i + 2 < len(a) and a.at(i + 2) != BOUNDARY:
        return False
    k = i - 1
    while k >= 0 and a.at(k) != BOUNDARY:
        if a.only(k, "VERB") and all(f.form == "past" for f in a.of(k, "VERB")):
            return True
        k -= 1
    return False
