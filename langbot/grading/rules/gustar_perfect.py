"""«Me ha gustado las montañas»: in the perfect of a verb like gustar, «haber» agrees with
what is liked, as the simple verb does."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.gustar_forms import likings
from langbot.grading.rules.gustar_liked import liked_number


def perfect_agreement(ctx: Context):
    """«me ha gustado» + plural things: «han»; «me han gustado» + one thing: «ha»."""
    a = ctx.analysis
    aux = ctx.words["perfect_auxiliary_forms"]
    for i, forms in likings(ctx).items():
        h = i - 1
        if "part" not in forms or a.at(h - 1) not in ctx.kb.lists.indirect:
            continue
        persons = {f.person for f in a.of(h, "VERB") if f.lemma == aux[0]}
        number = liked_number(ctx, i + 1, False)
        if number == "p" and persons == {"3s"}:
            yield Hit(h, h + 1, ctx.spelled["perfect_auxiliary_forms"][2])
        elif number == "s" and persons == {"3p"} and liked_number(ctx, i + 1) == "s":
            yield Hit(h, h + 1, ctx.spelled["perfect_auxiliary_forms"][1])
