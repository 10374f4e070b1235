"""«Soy cuatro», «es cuatro horas»: people or things counted after ser are more than one,
so the verb is plural: «somos cuatro» (we are four), «son cuatro horas». A form of ser in
the singular before a number above one takes the plural of its person: «soy», «eres» before
the number alone or a plural noun, «es» opening its clause before a plural noun (not «el
precio es veinte euros»: the subject said is one thing). Part of the verbs family
(rules/verbs.py)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.present_forms import form_for
from langbot.grading.tokens import BOUNDARY

_PLURAL = {"1s": "1p", "2s": "2p", "3s": "3p"}


def _many(ctx: Context, k: int) -> bool:
    """Token k is a number above one: a numeral that is nothing else, or digits."""
    a = ctx.analysis
    if a.at(k) in ctx.words["one"]:
        return False
    return a.only(k, "NUM") or (a.at(k).isdigit() and int(a.at(k)) > 1)


def _counted_noun(ctx: Context, k: int) -> bool:
    """A plural noun at k that is counted, not a times («dos veces más grande»)."""
    a = ctx.analysis
    nouns = a.of(k, "NOUN")
    if not nouns or not all(f.number == "p" for f in nouns) or a.at(k) in ctx.words["times"]:
        return False
    if any(f.lemma in ctx.spelled["age_units"] for f in nouns):
        return False  # «soy veinte años»: an age, tener's (tener_age)
    return a.at(k + 1) not in ctx.words["comparing_after_count"]


def singular_ser_before_count(ctx: Context):
    """Finder: a present singular form of ser, then a number above one closing the clause
    or before a plural noun (for «yo», «tú»), or before a plural noun with no subject before
    «es»: the plural form."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        verbs = a.of(i, "VERB")
        if not verbs or not a.only(i, "VERB"):
            continue
        if not all(f.lemma == ctx.words["copulas"][0] and f.form == "pres" for f in verbs):
            continue
        persons = {f.person for f in verbs}
        if len(persons) != 1 or (person := persons.pop()) not in _PLURAL:
            continue
        k = i + 1
        if not _many(ctx, k):
            continue
        closing = a.at(k + 1) == BOUNDARY or k + 1 >= len(a)
        if person != "3s":
            if not closing and not _counted_noun(ctx, k + 1):
                continue
        elif not (i == 0 or a.at(i - 1) == BOUNDARY) or not _counted_noun(ctx, k + 1):
            continue  # «el precio es veinte euros»: the subject said is one thing
        fix = form_for(ctx.kb, ctx.words["copulas"][0], _PLURAL[person])
        if fix:
            yield Hit(i, i + 1, fix, {"count": a.original(k)})
