"""An adjective before its noun agrees with it («un buen casa»: «una buena casa»), part of
the agreement family (rules/agreement.py lists it and hands in its noun-phrase helpers)."""

from langbot.grading.rules.adjectives import adjective_fix
from langbot.grading.rules.base import Context, Hit


def prenominal_adjective(ctx: Context, series, common_nouns, disagrees):
    """An adjective said before the noun (ctx.kb.prenominal) that disagrees with the noun
    after it; not one after a determiner (the determiner's own check covers it), nor one in
    a phrase said as an adverb («se hizo de nuevo novia»)."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        pair = f"{a.at(i - 1)} {a.at(i)}"
        adjectives = () if pair in ctx.words["adverb_phrases"] else a.of(i, "ADJ")
        if not adjectives or adjectives[0].lemma not in ctx.kb.prenominal:
            continue
        agrees = not a.of(i, "ADV") and _agrees_next(ctx, i + 1, common_nouns, disagrees)
        n = i + 2 if agrees else i + 1
        if series(ctx, a.at(i - 1)) or a.of(i, "NOUN") or not a.of(n, "NOUN"):
            continue  # the determiner's own check covers it; or not an adjective here
        nouns = common_nouns(a, n)
        if len(nouns) != 1 or not nouns[0].number or not _the_noun(a, n, nouns[0]):
            continue
        if a.of(i, "ADV") and a.of(n, "ADJ"):
            continue  # «poco analítica»: an adverb before an adjective
        if a.original(n)[:1].isupper():
            continue  # «me gusta mucho Hombres de negro»: a capital opens a title or a name
        noun = nouns[0]
        if all(disagrees(f, noun.gender, noun.number) for f in adjectives):
            fix = short_form(ctx, adjective_fix(ctx, i, noun.gender, noun.number), noun)
            if fix:
                yield Hit(i, i + 1, fix, {"noun": a.original(n)})


def short_form(ctx: Context, fix: str | None, noun) -> str | None:
    """The fix in its short form where the noun takes it («buen viaje», «gran casa»)."""
    short = dict(
        zip(ctx.spelled["short_adjectives_from"], ctx.words["short_adjectives"], strict=True)
    )
    cut = short.get(fix or "")
    if cut is None or noun.number != "s":
        return fix
    return cut if noun.gender == "m" or cut in ctx.words["short_both_genders"] else fix


def _agrees_next(ctx: Context, k: int, common_nouns, disagrees) -> bool:
    """Token k is only an adjective that agrees with the noun right after it: an adjective
    before it describes that noun too («muchos buenas amigas»; not «mucho mejor opción»)."""
    a, nouns = ctx.analysis, common_nouns(ctx.analysis, k + 1)
    if not a.only(k, "ADJ") or not a.only(k + 1, "NOUN") or len(nouns) != 1:
        return False
    return any(not disagrees(f, nouns[0].gender, nouns[0].number) for f in a.of(k, "ADJ"))


def _the_noun(a, n: int, noun) -> bool:
    """Token n is the noun: its other readings are an adjective of its gender and number
    («buenos prácticas» disagrees either way), or a verb of the first or second person,
    which no adjective before it takes as its subject («muchos casas»; not «muchos casan»),
    or an imperative, which takes none («buena viaje»)."""
    return all(
        f.pos == "NOUN"
        or (f.pos == "ADJ" and (f.gender, f.number) == (noun.gender, noun.number))
        or (f.pos == "VERB" and f.person is not None and f.person[0] != "3")
        or (f.pos == "VERB" and f.form == "imp")
        for f in a.readings[n]
    )
