"""«Le» for «les»: the person pronoun of a verb of giving or telling in the singular while
the people it stands for, doubled with «a», are plural: «le doy regalos a mis padres», «a
mis amigos le gusta bailar» -> «les». Only people (nouns of the people classes, or «ellos»,
«ellas», «ustedes»), so the plural phrase can be no place or time. Part of the object
pronouns family (rules/object_pronouns.py)."""

from langbot.grading.rules.base import Context, Hit

_PLURAL = "p"
_REACH = 8  # words after the verb where its receivers may stand


def _plural_people(ctx: Context, j: int) -> int | None:
    """Past «a» + plural people at j («a mis padres», «a ellos»), or None."""
    a = ctx.analysis
    if a.at(j) not in ctx.words["to"]:
        return None
    if a.at(j + 1) in ctx.words["plural_people_pronouns"]:
        return j + 2
    np = a.noun_phrase(j + 1)
    if np is None or np.noun.number != _PLURAL or np.det is None or np.det.number != _PLURAL:
        return None
    if not np.noun.classes & set(ctx.words["receiver_classes"]):
        return None
    if a.at(np.end) in ctx.words["of"]:
        return None  # «a los padres de Ana» is plural too, but «a la madre de mis amigos» not
    return np.end


def _after(ctx: Context, i: int) -> bool:
    """After the verb at i, in its clause, «a» + plural people: the verb's receivers."""
    a = ctx.analysis
    stops = {*ctx.words["clause_openers"], *ctx.words["coordinators"]}
    for j in range(i + 1, min(len(a), i + _REACH)):
        if a.at(j) in stops or not a.at(j).isalnum():
            return False
        if _plural_people(ctx, j) is not None:
            return True
        if j > i + 1 and a.only(j, "VERB"):
            return False
    return False


def _before(ctx: Context, i: int) -> bool:
    """The clause opens with «a» + plural people right before «le» at i (past «no»)."""
    a = ctx.analysis
    k = i - 1 if a.at(i - 1) in ctx.words["negation"] else i
    for j in range(max(0, k - 5), k - 1):
        if _plural_people(ctx, j) == k:
            return j == 0 or not a.at(j - 1).isalnum() or a.at(j - 1) in ctx.words["coordinators"]
    return False


def le_for_les(ctx: Context):
    """«Le doy regalos a mis padres», «A mis amigos le encanta»: «le» doubling plural people."""
    a = ctx.analysis
    single = ctx.words["indirect_objects"][0]
    telling = set(ctx.words["telling_to"])
    for i in range(len(a) - 1):
        if a.at(i) != single or not a.of(i, "CLITIC") or a.of(i - 1, "CLITIC"):
            continue  # «se le»: another shape
        verbs = [f for f in a.of(i + 1, "VERB") if f.person]
        if not verbs:
            continue
        liking = any(ctx.kb.verbs.is_like_gustar(f.lemma) for f in verbs)
        if (liking or any(f.lemma in telling for f in verbs)) and _before(ctx, i):
            yield Hit(i, i + 1, ctx.spelled["indirect_objects"][1])
        elif any(f.lemma in telling for f in verbs) and _after(ctx, i + 1):
            yield Hit(i, i + 1, ctx.spelled["indirect_objects"][1])
