"""«Mi nombre se llama Ana»: a name is not called anything; «mi nombre es Ana» or «me llamo
Ana» (part of the verbs family, rules/verbs.py)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.subjects import past_complement
from langbot.text import fold


def name_called(ctx: Context):
    """A determiner and a name noun («mi nombre», «el nombre de mi perro») opening its
    clause, then «se» and a form of llamarse: the verb is ser («es»)."""
    a = ctx.analysis
    for start, _end in a.clauses:
        names = [f for f in a.of(start + 1, "NOUN") if fold(f.lemma) in ctx.words["name_nouns"]]
        if not a.of(start, "DET") or not names or names[0].number not in ("s", "p"):
            continue
        k = past_complement(ctx, start + 2)
        if a.at(k) not in ctx.words["third_person_reflexive"]:
            continue
        naming = [f for f in a.of(k + 1, "VERB") if f.lemma in ctx.words["naming"] and f.person]
        fix = ctx.kb.verbs.present(ctx.words["copulas"][0]).get("3" + names[0].number)
        if naming and fix:
            yield Hit(k, k + 2, fix)
