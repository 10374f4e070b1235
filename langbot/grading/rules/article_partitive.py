"""«Uno de mayores cómicos»: one of a group names the group with its determiner («uno de los
mayores cómicos», «una de mis amigas»); natives never say the group bare after «uno de».
«Mayoría de mis amigos»: a share of a group is said with its article («la mayoría de…»)."""

from langbot.grading.rules.article_words import lower_first, one_noun, opens_clause, the
from langbot.grading.rules.base import Context, Hit
from langbot.text import fold


def _bare_plural(ctx: Context, i: int):
    """The readings of a plural noun or adjective at i that no determiner precedes and that
    is nothing else (not «muchos», «ellos», «estos»); () otherwise."""
    a = ctx.analysis
    readings = a.readings[i] if 0 <= i < len(a) else ()
    if not readings or any(f.pos not in ("NOUN", "ADJ") or f.number != "p" for f in readings):
        return ()
    if any(f.lemma in ctx.words["quantifiers"] for f in readings):
        return ()  # «uno de tantos», «uno de muchos»
    return readings


def one_of_without_article(ctx: Context):
    """«Es uno de mayores cómicos»: after «uno de», «una de»… the group takes its article."""
    a = ctx.analysis
    genders = ctx.words["genders"]
    for i in range(len(a) - 2):
        if a.at(i) not in ctx.words["one_of"] or a.at(i + 1) not in ctx.words["of"]:
            continue
        if a.of(i - 1, "NOUN") and not a.of(i - 1, "VERB"):
            continue  # «su número uno de ventas»: a number naming a rank, no group
        readings = _bare_plural(ctx, i + 2)
        if not readings or a.original(i + 2)[:1].isupper():
            continue  # not a bare group, or a name («una de Pixar»)
        found = {f.gender for f in readings} & set(genders)
        if len(found) != 1:  # «mayores»: either gender; the one «uno» or «una» says
            found = {genders[a.at(i) in ctx.words["one_of_feminine"]]}
        article = ctx.spelled["definite"][genders.index(found.pop()) + 2]
        yield Hit(i + 1, i + 3, f"{a.original(i + 1)} {article} {a.original(i + 2)}")


def short_one_of(ctx: Context):
    """«Es un de mis amigos»: one of a group is «uno», «alguno», «ninguno» before «de»;
    the short forms only stand before a noun."""
    a = ctx.analysis
    short, whole = ctx.words["short_ones"], ctx.spelled["whole_ones"]
    for i in range(len(a) - 2):
        if a.at(i) not in short or a.at(i + 1) not in ctx.words["of"] or a.accented(i + 1):
            continue
        if a.of(i + 2, "DET") or any(f.person for f in a.of(i + 2, "PRON")):
            fix = whole[short.index(a.at(i))]
            yield Hit(i, i + 1, fix.capitalize() if a.original(i)[:1].isupper() else fix)


def share_without_article(ctx: Context):
    """«Mayoría de mis amigos viven aquí», «Mitad de la clase»: a noun that names a share of
    a group («mayoría», «mitad») opening a clause before «de» takes the article."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        noun = one_noun(a, i)
        if noun is None or fold(noun.lemma) not in ctx.words["share_nouns"]:
            continue
        if a.at(i + 1) not in ctx.words["of"] or not opens_clause(ctx, i):
            continue
        article = the(ctx, noun)
        if article is not None:
            article = article.capitalize() if i == 0 else article
            yield Hit(i, i + 1, f"{article} {lower_first(a, i) if i == 0 else a.original(i)}")
