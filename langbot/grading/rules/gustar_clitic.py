"""The pronoun a verb like gustar takes must name the same person as the «a» phrase before it:
«A mí me gusta», not «A mí le gusta»; «A mi madre le gusta», not «A mi madre me gusta».
And it takes no object pronoun: «me encanta», not «me la encanta»."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import folded_adverbs
from langbot.grading.rules.gustar_forms import AGREEING, liking, likings
from langbot.grading.rules.gustar_who import indirect_for


def clitic_person(ctx: Context):
    """«A mí le gusta», «A ellos me encanta», «A Juan se gusta»: the pronoun before the verb
    is the «a» phrase's."""
    a = ctx.analysis
    between = folded_adverbs(ctx.kb) | set(ctx.words["between"])
    indirect = ctx.kb.lists.indirect
    for i in likings(ctx):
        reflexive = a.at(i - 1) in ctx.words["reflexive_for_indirect"] and not a.of(i - 2, "CLITIC")
        if not liking(ctx, i, (*AGREEING, "past")) or (
            a.at(i - 1) not in indirect and not reflexive
        ):
            continue  # «A Juan se gusta»: «se» where «le» goes; not «se le olvida»
        c = i - 1
        e = c
        while e > 0 and a.at(e - 1) in between:
            e -= 1
        s = _to_start(ctx, e)
        if s is None or _joined(ctx, s, e):
            continue
        wanted = indirect_for(ctx, s + 1, e)
        if wanted is None or _object_later(ctx, i + 1):
            continue
        if a.at(c) == wanted or _collective(ctx, a.at(c), wanted, s + 1, e):
            continue
        yield Hit(c, c + 1, wanted)


def _to_start(ctx: Context, e: int) -> int | None:
    """The «a» that opens the phrase of who likes ending at e: at the sentence's or a
    clause's start, so that «a» is not the end of another verb's complement."""
    a = ctx.analysis
    for s, end in a.clauses:
        if s < e <= end and a.at(s) in ctx.words["to"]:
            return s
    return None


def _collective(ctx: Context, said: str, wanted: str, s: int, e: int) -> bool:
    """«les» for what may be many: a collective noun («A mi familia les gusta») or a phrase
    not surely one person; «A él les gusta», «A mi hermano les gusta» are errors. «le» for
    many («A mis padres le gusta») is one too: edited Spanish never writes it."""
    a = ctx.analysis
    if [wanted, said] != list(ctx.words["third_person_indirect"]):
        return False
    if e - s == 1 and a.at(s) in ctx.words["stressed"]:
        return False  # a él, a ella, a usted
    np = a.noun_phrase(s)
    if np is None or np.end != e or np.noun.number != "s":
        return True
    people = set(ctx.words["people_classes"])
    return not people & np.noun.classes or np.noun.lemma in ctx.words["collective_people"]


def _object_later(ctx: Context, j: int) -> bool:
    """A pronoun after the verb may take up the «a» phrase as an object: «A ella me gusta
    verla», «A mi madre me gusta que la visiten»."""
    a = ctx.analysis
    endings = tuple(ctx.words["enclitics"])
    for k in range(j, len(a)):
        if a.of(k, "CLITIC") and any(f.person for f in a.of(k + 1, "VERB")):
            return True  # «que la visiten», not the article of «los perros»
        if a.at(k).endswith(endings) and any(f.form in ("inf", "ger") for f in a.of(k, "VERB")):
            return True
    return False


def _joined(ctx: Context, s: int, e: int) -> bool:
    """«A mi familia y a mí nos gusta»: persons joined by «y» add up to one pronoun."""
    a = ctx.analysis
    if any(a.at(k) in ctx.words["and"] for k in range(s, e)):
        return True
    if s == 0 or a.at(s - 1) not in ctx.words["and"]:
        return False
    for k in range(s - 2, -1, -1):
        if any(f.person for f in a.of(k, "VERB")):
            return False
        if a.at(k) in ctx.words["to"]:
            return True
    return False


def object_with_gustar(ctx: Context):
    """«Me la encanta», «te lo gusta»: who likes, then «lo», «la», then a verb of
    `no_object_verbs` (which never takes an object), finite: the thing liked is its subject."""
    a = ctx.analysis
    indirect = ctx.kb.lists.indirect
    for i in range(1, len(a) - 1):
        if a.at(i - 1) not in indirect or a.at(i) not in ctx.words["direct_objects"]:
            continue
        verbs = a.of(i + 1, "VERB")
        if verbs and all(f.lemma in ctx.words["no_object_verbs"] and f.person for f in verbs):
            yield Hit(i - 1, i + 2, f"{a.original(i - 1)} {a.original(i + 1)}")
