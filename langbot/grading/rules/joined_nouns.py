"""Two noun phrases joined by «y» and one plural adjective after them that describes both:
«una camisa y una falda rojas» is feminine only when both nouns are (rules/agreement.py)."""

from langbot.grading.analysis import Features
from langbot.grading.rules.base import Context


def _first(ctx: Context, end: int) -> Features | None:
    """The noun of the noun phrase that ends right before the coordinator at `end`, when it
    stands alone: not inside a phrase with a preposition, not the last of a list."""
    a = ctx.analysis
    for back in (2, 3):
        np = a.noun_phrase(end - back) if end - back >= 0 else None
        if np is not None and np.end == end:
            start, noun = np.start, np.noun
            break
    else:
        nouns = [f for f in a.of(end - 1, "NOUN") if f.gender]
        if len(nouns) != 1 or not a.only(end - 1, "NOUN"):
            return None
        start, noun = end - 1, nouns[0]
    if a.of(start - 1, "ADP") or a.original(start - 1) in ctx.spelled["commas"]:
        return None  # «una camisa de algodón y…», «un pantalón, una camisa y…»
    return noun


def joined_gender(ctx: Context, start: int, second: Features) -> str | None:
    """The gender of the noun phrase starting at `start` joined with the one before the
    coordinator before it: feminine when both are, else masculine; None when unknown."""
    first = _first(ctx, start - 1)
    if first is None or not first.gender or not second.gender:
        return None
    return "f" if first.gender == second.gender == "f" else "m"


def joined_agreement(ctx: Context, start: int, noun: Features, number, adjectives):
    """The (gender, number) a plural adjective after the second of two joined noun phrases
    must have: both nouns' («una camisa y una falda rojos»); else that noun's when the
    adjective is feminine and the noun masculine («…o vasos bellas»); None when it may
    describe both and agree."""
    both = joined_gender(ctx, start, noun)
    if both is not None:
        return both, "p"
    feminine = noun.gender == "m" and all(f.gender == "f" for f in adjectives)
    return (noun.gender, number) if feminine else None
