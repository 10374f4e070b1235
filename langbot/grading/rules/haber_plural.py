"""Haber saying that something exists («había», «habrá», «haya») has no subject, so it has no
plural: «había muchas personas», not «habían». As the perfect's auxiliary, a participle
after it («habían comido»), it agrees as any verb. The preterite («hubieron cinco
doctores») and the perfect («han habido quejas») are left: natives write them in the
treebanks and Tatoeba, wrong as the norm holds them. Part of the verbs family
(rules/verbs.py)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import skip_adverbs
from langbot.grading.rules.person_forms import form_in_person

SINGULAR = "3s"


def _participle(a, j: int) -> bool:
    """Token j is a past participle (of any verb)."""
    return any(f.form == "part" for f in a.of(j, "VERB"))


def _something_named(ctx: Context, j: int) -> bool:
    """What exists opens at j, with no participle in the next words («habían todos
    llegado»): a determiner, a number, a word that counts, or a bare plural noun."""
    a = ctx.analysis
    if any(_participle(a, k) for k in range(j, j + 3)):
        return False
    counts = [f for f in a.of(j, "ADJ") if f.lemma in ctx.words["subject_quantifiers"]]
    bare = a.only(j, "NOUN") and all(f.number == "p" for f in a.of(j, "NOUN"))
    return bool(a.of(j, "DET") or a.of(j, "NUM") or counts or bare)


def _plural_haber(ctx: Context, i: int) -> bool:
    """Token i is only a plural form of haber (habían, habrán, hayan), not the preterite nor
    the present («han cuatro meses»: hace, not «ha»), no clitic before it."""
    a = ctx.analysis
    verbs = a.of(i, "VERB")
    if not verbs or not a.only(i, "VERB") or a.of(i - 1, "CLITIC"):
        return False
    plural = all(f.lemma in ctx.words["there_is_verb"] and f.person == "3p" for f in verbs)
    return plural and all(f.form not in ("past", "pres") for f in verbs)


def haber_plural(ctx: Context):
    """A plural form of haber before what exists (not before a participle: «han habido»)."""
    a = ctx.analysis
    haber = ctx.words["there_is_verb"][0]
    for i in range(len(a) - 1):
        if _plural_haber(ctx, i) and _something_named(ctx, skip_adverbs(a, ctx.kb, i + 1)):
            yield Hit(i, i + 1, form_in_person(ctx, a.original(i), {haber}, SINGULAR))
