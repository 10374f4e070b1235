"""«Dura en cuatro horas», «pesa de dos kilos»: a verb of measure (durar, pesar, medir)
takes its amount bare, as «cuesta» takes its price: «dura cuatro horas». Not a range
(«dura de dos a tres horas»). Part of the prepositions family (rules/prepositions.py)."""

from langbot.grading.rules.base import Context, Hit


def _amount_end(ctx: Context, k: int) -> int | None:
    """Where an amount starting at k ends (a numeral or digits, «veinticinco», «cien mil»);
    None when no amount starts there."""
    a = ctx.analysis
    if not (a.at(k).isdigit() or a.of(k, "NUM")):
        return None
    while a.at(k + 1).isdigit() or a.of(k + 1, "NUM") or a.at(k + 1) in ctx.words["within_amounts"]:
        k += 1
    return k + 1


def measure_with_preposition(ctx: Context):
    """Finder: a finite verb of measure, «de» or «en», an amount and its unit: no
    preposition."""
    a = ctx.analysis
    for i in range(len(a) - 3):
        if a.of(i - 1, "DET") or a.at(i + 1) not in ctx.words["measure_prepositions"]:
            continue
        if not any(f.lemma in ctx.words["measure_verbs"] and f.person for f in a.of(i, "VERB")):
            continue
        end = _amount_end(ctx, i + 2)
        if end is None or not any(
            f.lemma in ctx.words["measured_units"] for f in a.of(end, "NOUN")
        ):
            continue
        if any(a.at(j) in ctx.words["amount_ranges"] for j in range(end + 1, end + 4)):
            continue  # «dura de dos horas a tres», «de una hora o más»
        yield Hit(i + 1, i + 3, a.original(i + 2))
