"""An object pronoun of one person and a verb whose subject includes that person:
«me robamos» (we … me), «te laváis» (you all … you). Part of the reflexive family
(rules/reflexive.py lists it); «me levantamos», said of oneself, is reflexive_number's."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.reflexive_forms import one_person, own_pronoun
from langbot.grading.rules.reflexive_number import pronoun_number


def clitic_person(ctx: Context):
    """Finder: «Me robamos el móvil»: «me» (or «te») before a verb of «nosotros» (or
    «vosotros»); the speaker cannot be both who does it and to whom, unless with «nos»."""
    a = ctx.analysis
    taken = None
    for i in range(1, len(a)):
        person = one_person([f for f in a.of(i, "VERB") if f.person])
        if not person or not a.only(i, "VERB") or person[1:] != "p" or person[0] == "3":
            continue
        k = i - 1
        while a.of(k, "CLITIC") and not a.accented(k) and k >= i - 2:
            if ctx.kb.reflexive.get(a.at(k)) == {person[0] + "s"} and not a.of(k - 1, "CLITIC"):
                taken = {h.start for h in pronoun_number(ctx)} if taken is None else taken
                if k not in taken:  # «me levantamos»: the reflexive rule says it
                    values = {"pronoun": a.at(k), "verb": a.original(i).lower()}
                    yield Hit(k, i + 1, None, {**values, "own": own_pronoun(ctx, person)})
                break
            k -= 1
