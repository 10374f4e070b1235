"""«Dura en cuatro horas», «pesa de dos kilos», «cuesta de veinte euros»: a verb of measure
(durar, pesar, medir) or of price (costar, valer) takes its amount bare: «dura cuatro
horas», «cuesta veinte euros». Not a range («dura de dos a tres horas», «cuesta de diez a
veinte euros»). Part of the prepositions family (rules/prepositions.py)."""

from collections.abc import Iterator

from langbot.grading.rules.base import Context, Hit
from langbot.grading.tokens import BOUNDARY


def _amount_end(ctx: Context, k: int) -> int | None:
    """Where an amount starting at k ends (a numeral or digits, «veinticinco», «cien mil»);
    None when no amount starts there."""
    a = ctx.analysis
    if not (a.at(k).isdigit() or a.of(k, "NUM")):
        return None
    while a.at(k + 1).isdigit() or a.of(k + 1, "NUM") or a.at(k + 1) in ctx.words["within_numbers"]:
        k += 1
    return k + 1


def _amount_with_preposition(ctx: Context, verbs: str, units: str, closing: bool) -> Iterator[Hit]:
    """A finite verb of the `verbs` list (no determiner before it: «la cuesta de…» is a
    slope), «de» or «en», an amount and a unit of the `units` list, or with `closing` an
    amount that ends the clause («cuesta de veinte.»)."""
    a = ctx.analysis
    for i in range(len(a) - 2):
        if a.of(i - 1, "DET") or a.at(i + 1) not in ctx.words["amount_prepositions"]:
            continue
        if not any(f.lemma in ctx.words[verbs] and f.person for f in a.of(i, "VERB")):
            continue
        end = _amount_end(ctx, i + 2)
        if end is None or any(a.at(j) in ctx.words["amount_ranges"] for j in range(end, end + 4)):
            continue  # «dura de dos horas a tres», «de diez euros o más»
        unit = any(f.lemma in ctx.words[units] for f in a.of(end, "NOUN"))
        if unit or (closing and a.at(end) == BOUNDARY):
            yield Hit(i + 1, i + 3, a.original(i + 2))


def measure_with_preposition(ctx: Context) -> Iterator[Hit]:
    """Finder: a verb of measure, «de» or «en», an amount and its unit: no preposition."""
    return _amount_with_preposition(ctx, "measure_verbs", "measured_units", closing=False)


def price_with_preposition(ctx: Context) -> Iterator[Hit]:
    """Finder: a verb of price, «de» or «en», and a sum of money (or a number ending the
    clause): no preposition («me costó en 2019 mucho dinero» is no price)."""
    return _amount_with_preposition(ctx, "price_verbs", "money_nouns", closing=True)
