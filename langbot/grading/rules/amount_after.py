"""«Me gustan las películas muchas»: how much one likes or does is «mucho» (or «poco»), an
adverb after the verb, never a quantifier left after the noun at the clause's end."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.tokens import BOUNDARY


def amount_after_noun(ctx: Context):
    """«muchas», «pocos»… right after a noun and ending its clause: not after a preposition
    or a word like «como» («inspirar a muchos», «como pocos»), where it is a pronoun."""
    a = ctx.analysis
    marked = ctx.words["marked_amounts"]
    for i in range(1, len(a)):
        described = a.of(i - 1, "ADJ") and a.only(i - 2, "NOUN")  # «la comida mexicana mucha»
        if a.at(i) not in marked or not (a.only(i - 1, "NOUN") or described):
            continue
        ends = a.at(i + 1) == BOUNDARY or a.at(i + 1) in ctx.words["clause_joins"]
        if ends and a.original(i + 1) != "-" and not a.original(i - 1)[:1].isupper():
            fix = ctx.spelled["adverb_amounts"][marked.index(a.at(i)) // 3]
            yield Hit(i, i + 1, fix)
