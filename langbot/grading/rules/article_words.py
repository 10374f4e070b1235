"""What the article rules share: the definite article of a noun, the one noun a token is,
where a clause opens, and a word as it stands inside the sentence."""

from langbot.grading.analysis import Analysis, Features
from langbot.grading.rules.base import Context
from langbot.grading.tokens import BOUNDARY


def the(ctx: Context, noun: Features) -> str | None:
    """The definite article of a noun's gender and number (el, la, los, las), if known."""
    genders = ctx.words["genders"]
    if noun.gender not in genders or noun.number not in ("s", "p"):
        return None
    return ctx.spelled["definite"][genders.index(noun.gender) + 2 * (noun.number == "p")]


def with_article(ctx: Context, i: int, article: str) -> str | None:
    """The preposition at i joined to the article where Spanish writes them as one word
    («a el» is «al», «de el» is «del»), else None."""
    joined = dict(zip(ctx.words["unjoined"], ctx.spelled["joined"], strict=True))
    return joined.get(f"{ctx.analysis.at(i)} {article}")


def preposition_and_article(ctx: Context, i: int, article: str) -> str:
    """The preposition at i as written and the article after it, one word where Spanish
    writes them so («del», «al»)."""
    return with_article(ctx, i, article) or f"{ctx.analysis.original(i)} {article}"


def one_noun(a: Analysis, i: int) -> Features | None:
    """The noun at i when every reading of it is a noun of one gender and number."""
    readings = a.readings[i] if 0 <= i < len(a) else ()
    if not readings or any(f.pos != "NOUN" for f in readings):
        return None
    return readings[0] if len({(f.gender, f.number) for f in readings}) == 1 else None


def opens_clause(ctx: Context, i: int) -> bool:
    """Token i starts a sentence, follows a comma or a subordinating word (que, porque)."""
    a = ctx.analysis
    if i == 0 or a.at(i - 1) == BOUNDARY:
        return True
    if a.accented(i - 1) or "?" in a.tokens.original:
        return False  # «¿Qué teatro es ese?», «qué lengua se habla»: «qué» is its determiner
    return bool(a.of(i - 1, "CONJ")) and a.at(i - 1) not in ctx.words["coordinators"]


def lower_first(a: Analysis, i: int) -> str:
    """The learner's word at i with a small first letter (unless all capitals)."""
    word = a.original(i)
    return word[:1].lower() + word[1:] if not word.isupper() else word
