"""Personal «a» before each of two people joined by «y»: «visitamos a mis abuelos y a su
perro», «mató a su padre y a su madre», not «…y su madre». Part of the prepositions family
(rules/prepositions.py); the first person's «a» is personal_a's."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import skip_adverbs
from langbot.grading.rules.name_spans import name_end
from langbot.grading.rules.personal_a import own_pet, person_verbs


def _known_person(ctx: Context, j: int):
    """The noun phrase at j when it names people or one's own pet («mi madre», «su perro»)."""
    np = ctx.analysis.noun_phrase(j)
    if np is None or np.det is None:
        return None
    people = np.noun.classes & set(ctx.words["people_classes"])
    return np if people or own_pet(ctx, np) else None


def _past_apposition(ctx: Context, k: int) -> int:
    """Past a name set off by commas after a person («a su padre, Tywin, y…»): the token
    after the second comma, else k."""
    a = ctx.analysis
    if a.original(k) != "," or a.readings[k + 1] or not a.original(k + 1)[:1].isupper():
        return k
    end = name_end(a, k + 1)
    return end + 1 if a.original(end) == "," else k


def _clause_goes_on(ctx: Context, end: int) -> bool:
    """A verb or an object pronoun follows the second person: it opens a clause of its own
    («llamé a mis padres y mi papá me dijo»), the person its subject."""
    a = ctx.analysis
    end = skip_adverbs(a, ctx.kb, end)  # «…y mi tía también vino»
    return bool(a.of(end, "VERB") or a.of(end, "CLITIC") or a.at(end) in ctx.words["that"])


def personal_a_joined(ctx: Context):
    """«Visitamos a mis abuelos y su perro»: the second person joined by «y» to a person after
    the personal «a» takes its own «a»."""
    a = ctx.analysis
    to = ctx.spelled["to"][0]
    article, joined = ctx.words["joins_with_to"]
    for i in range(len(a) - 2):
        if not a.of(i, "VERB") or not person_verbs(ctx, i):
            continue
        j = skip_adverbs(a, ctx.kb, i + 1)
        first = _known_person(ctx, j + 1) if a.at(j) == to else None
        if first is None:
            continue
        k = _past_apposition(ctx, first.end)
        if a.at(k) not in ctx.words["and"]:
            continue
        if a.at(k + 1) == joined:
            continue  # «a mi madre y al abuelo»: «al» has its «a» already
        second = _known_person(ctx, k + 1)
        if second is None or _clause_goes_on(ctx, second.end):
            continue
        fix = joined if a.at(k + 1) == article else f"{to} {a.original(k + 1)}"
        yield Hit(k + 1, k + 2, fix)
