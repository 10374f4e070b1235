"""«Un poco»: «a little» before an adjective takes «un» («Es un poco viejo»); bare «poco»
means «not very», said of what can be more or less (poco común), not of how one looks."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.tokens import BOUNDARY


def _predicate_before(ctx: Context, i: int) -> bool:
    """A form of «ser» or «estar» stands before i, or «y» after a predicate adjective."""
    a = ctx.analysis
    if any(f.lemma in ctx.words["copulas"] for f in a.of(i - 1, "VERB")):
        return True
    return a.at(i - 1) in ctx.words["coordinators"] and bool(a.of(i - 2, "ADJ"))


def little_without_article(ctx: Context):
    """«Es poco viejo», «y poquito gordo»: «a little» is «un poco», «un poquito»."""
    a = ctx.analysis
    for i in range(1, len(a) - 1):
        word = a.at(i)
        if word not in ctx.words["little_bare"] or not _predicate_before(ctx, i):
            continue
        adjectives = a.of(i + 1, "ADJ")
        if not adjectives or a.of(i + 1, "NOUN") or a.of(i + 1, "VERB"):
            continue
        small = word in ctx.words["always_a_little"]
        if small or any(f.lemma in ctx.words["how_one_looks"] for f in adjectives):
            yield Hit(i, i + 1, f"{ctx.spelled['indefinite_singular'][0]} {a.original(i)}")


def little_article_gender(ctx: Context):
    """«Quiero una poco de pollo», «un poca de agua»: «a little» is «un poco» whatever
    follows; not «una poco conocida novela», where «poco» goes with the adjective."""
    a = ctx.analysis
    one, one_f = ctx.words["indefinite_singular"]
    forms = dict(zip(ctx.words["little_masculine"], ctx.words["little_feminine"], strict=True))
    for i in range(len(a) - 1):
        word, little = a.at(i), a.at(i + 1)
        if not (word == one_f and little in forms) and not (
            word == one and little in forms.values()
        ):
            continue
        if a.of(i + 2, "ADJ") and a.of(i + 3, "NOUN") and a.at(i + 2) not in ctx.words["of"]:
            continue
        if a.at(i + 2) not in (*ctx.words["of"], BOUNDARY) and not a.of(i + 2, "ADJ"):
            continue
        masculine = next((m for m, f in forms.items() if little in (m, f)), little)
        yield Hit(i, i + 2, f"{ctx.spelled['indefinite_singular'][0]} {masculine}")
