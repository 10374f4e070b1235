"""Verbs like gustar (marked like_gustar in verbs.yaml): what follows them, and their pronoun."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import skip_adverbs


def _liking(ctx: Context, i: int) -> str | None:
    """The infinitive of the gustar-like verb at i (a finite form only), else None."""
    entries = ctx.kb.verbs.entries
    for f in ctx.analysis.of(i, "VERB"):
        entry = entries.get(f.lemma)
        if entry and entry.like_gustar and f.form in ("pres", "cond", "subj"):
            return f.lemma
    return None


def _gerund(ctx: Context):
    a = ctx.analysis
    for i in range(len(a)):
        if _liking(ctx, i):
            j = skip_adverbs(a, ctx.kb, i + 1)
            ger = [f for f in a.of(j, "VERB") if f.form == "ger"]
            if ger and a.only(j, "VERB"):
                yield Hit(j, j + 1, ger[0].lemma)


def _a_infinitive(ctx: Context):
    a = ctx.analysis
    for i in range(len(a)):
        if _liking(ctx, i) and a.at(i + 1) in ctx.words["not_before_infinitive"]:
            inf = [f for f in a.of(i + 2, "VERB") if f.form == "inf"]
            if inf and a.only(i + 2, "VERB"):
                yield Hit(i + 1, i + 3, inf[0].lemma)


def _possessive(ctx: Context):
    a = ctx.analysis
    for i in range(1, len(a)):
        if a.at(i - 1) in ctx.words["possessive_not_pronoun"] and _liking(ctx, i):
            yield Hit(i - 1, i, next(iter(ctx.words["pronoun"])))


def _bare_noun(ctx: Context):
    a = ctx.analysis
    articles = ctx.words["articles"]
    for i in range(1, len(a)):
        if a.at(i - 1) not in ctx.kb.lists.indirect or not _liking(ctx, i):
            continue
        j = skip_adverbs(a, ctx.kb, i + 1)
        nouns = a.of(j, "NOUN")
        if j < len(a) and a.original(j)[:1].isupper():
            continue  # a name (Me gusta Kit Harington), whatever the lexicon says of the word
        if len(nouns) == 1 and a.only(j, "NOUN") and nouns[0].gender and nouns[0].number:
            if a.of(j + 1, "ADP") or a.at(j + 1) in ctx.words["relative"]:
                continue
            if not {"place", "language"} & nouns[0].classes:
                index = ("m", "f").index(nouns[0].gender) + 2 * (nouns[0].number == "p")
                yield Hit(j, j + 1, f"{articles[index]} {a.original(j)}")


FINDERS = {
    "gustar_gerund": _gerund,
    "gustar_a_infinitive": _a_infinitive,
    "gustar_possessive": _possessive,
    "gustar_bare_noun": _bare_noun,
}
