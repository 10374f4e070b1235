"""Verbs like gustar (rules/gustar.py lists their rules) agree in number with what is
liked after them: «me gustan los perros», «me gustó la película»."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import past_by_accent, skip_adverbs
from langbot.grading.rules.determiner_noun import in_title
from langbot.grading.rules.gustar_forms import AGREEING, after_clitic, liking, likings
from langbot.grading.rules.gustar_liked import antecedent_number, joined_later, liked_number
from langbot.grading.rules.name_spans import name_end
from langbot.grading.tokens import BOUNDARY


def _past_agreement(ctx: Context, i: int):
    """«Me gustó las películas», «Me encantaron el concierto»: the past agrees too."""
    a = ctx.analysis
    one, many = ctx.words["past_one"], ctx.words["past_many"]
    j = _past_between(ctx, i + 1)
    number = liked_number(ctx, j) or _lone_name(ctx, j)
    if a.at(i) in one and past_by_accent(a, i) and number == "p":
        fix = ctx.spelled["past_many"][one.index(a.at(i))]
        yield Hit(i, i + 1, fix, {"what": ctx.spelled["plural_things"][0]})
    elif a.at(i) in many and number == "s" and not joined_later(ctx, j):
        fix = ctx.spelled["past_one"][many.index(a.at(i))]
        yield Hit(i, i + 1, fix, {"what": ctx.spelled["one_thing"][0]})


def agreement(ctx: Context):
    """Finder: «Me gusta los perros», «Me gustan el cine»: the verb agrees with what is liked."""
    a = ctx.analysis
    for i in likings(ctx):
        if after_clitic(ctx, i):
            yield from _past_agreement(ctx, i)
        if not after_clitic(ctx, i) or not liking(ctx, i, AGREEING):
            continue
        persons = {f.person for f in a.of(i, "VERB")}
        j = _past_between(ctx, i + 1)
        alone = _lone_name(ctx, j)  # «Me gustan Shakira»: one person, named
        first = liked_number(ctx, j, False) or alone or antecedent_number(ctx, i)  # el A y el B
        number = liked_number(ctx, j) or alone or antecedent_number(ctx, i)
        written = a.original(i)
        if first == "p" or (number == "p" and _plural_listed(ctx, j)):
            first = "p"  # «le gusta el dinero, las mujeres y el golf»: a plural among them
        if first == "p" and in_title(a, j, j + 1):
            continue  # «Me gusta El Noches Después»: a title names one work
        if first == "p" and "3s" in persons and "3p" not in persons:
            yield Hit(i, i + 1, written + "n", {"what": ctx.spelled["plural_things"][0]})
        elif number == "s" and "3p" in persons and "3s" not in persons:
            if not joined_later(ctx, skip_adverbs(a, ctx.kb, i + 1)):
                yield Hit(i, i + 1, written[:-1], {"what": ctx.spelled["one_thing"][0]})


def _plural_listed(ctx: Context, j: int) -> bool:
    """A plural article and noun among the things listed from j, before the next verb."""
    a = ctx.analysis
    for k in range(j, len(a) - 1):
        if any(f.person for f in a.of(k, "VERB") if a.only(k, "VERB")):
            return False
        if {f.number for f in a.of(k, "DET")} == {"p"} and a.of(k + 1, "NOUN"):
            return True
    return False


def _past_between(ctx: Context, j: int) -> int:
    """Past the adverbs after the verb, «nada» and «más» too («No me gusta nada los lunes»),
    and past who likes, said after the verb («Le gusta a mi padre los coches»)."""
    a = ctx.analysis
    while True:
        k = skip_adverbs(a, ctx.kb, j)
        while a.at(k) in ctx.words["between"]:
            k += 1
        k = _past_experiencer(ctx, k)
        if k == j:
            return j
        j = k


def _past_experiencer(ctx: Context, k: int) -> int:
    """Past «a» and a pronoun, a name or a noun phrase of people at k: who likes («a mí»,
    «a Juan», «a mi padre»), with what is liked after it."""
    a = ctx.analysis
    if a.at(k) not in ctx.words["to"]:
        return k
    m = k + 1
    np = a.noun_phrase(m)
    person = a.of(m, "CLITIC") or any(f.person for f in a.of(m, "PRON"))  # «a mí», «a ella»
    if person and not a.of(m, "DET"):
        end = m + 1
    elif name_end(a, m) > m:
        end = name_end(a, m)
    elif np is not None and np.noun.classes & set(ctx.words["people_classes"]):
        end = np.end
    else:
        return k
    return end if a.at(end) != BOUNDARY and a.of(end, "DET") else k


def _lone_name(ctx: Context, j: int) -> str | None:
    """«s» for one name alone at j (no article, nothing joined to it): one person or thing."""
    a = ctx.analysis
    end = name_end(a, j)
    if end == j or a.at(end) != BOUNDARY or a.at(end + 1) in ctx.words["and"]:
        return None
    return "s" if a.original(end) not in ctx.spelled["comma"] else None
