"""An adjective said of the subject through a verb like «quedar» or «parecer» with no
subject written: it takes the verb's number («me quedan pequeños», not «pequeño»).
Part of the agreement family (rules/agreement.py)."""

from langbot.grading.rules.adjectives import adjective_fix
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import skip_adverbs

_NUMBER = {"3s": "s", "3p": "p"}


def _after_degree(ctx: Context, j: int) -> int:
    """The first token from j past adverbs and «un poco»."""
    a = ctx.analysis
    j = skip_adverbs(a, ctx.kb, j)
    for phrase in ctx.words["a_little"]:
        words = tuple(phrase.split())
        if tuple(a.words[j : j + len(words)]) == words:
            return skip_adverbs(a, ctx.kb, j + len(words))
    return j


def linked_adjective(ctx: Context):
    """«Me queda pequeños», «me quedan pequeño»: after a pronoun, a linking verb in the
    third person and an adjective alone of the other number, ending its clause."""
    a = ctx.analysis
    linking = ctx.words["linking_verbs"]
    for i in range(1, len(a) - 1):
        if not a.of(i - 1, "CLITIC") or not a.only(i, "VERB"):
            continue
        verbs = a.of(i, "VERB")
        numbers = {_NUMBER.get(f.person) for f in verbs if f.lemma in linking}
        if len(numbers) != 1 or None in numbers or len(verbs) != len(a.readings[i]):
            continue
        number = numbers.pop()
        j = _after_degree(ctx, i + 1)
        seeming = any(f.lemma in ctx.words["seeming_verbs"] for f in verbs) and a.of(j, "ADJ")
        if not (a.only(j, "ADJ") or seeming) or a.of(j + 1, "NOUN") or a.of(j + 1, "DET"):
            continue  # «me quedan pequeños los zapatos»: its subject after it
        if all(f.number and f.number != number for f in a.of(j, "ADJ")):
            yield Hit(j, j + 1, adjective_fix(ctx, j, None, number), {"verb": a.original(i)})


def colour_after_of(ctx: Context):
    """«La quiero de roja», «la chica de negra», «los quiero de azules»: a colour after «de»
    with no noun names the colour itself, a masculine singular noun: «de rojo», «de azul»."""
    a = ctx.analysis
    colours = set(ctx.words["colours"])
    for i in range(len(a) - 1):
        j = i + 1
        if a.at(i) not in ctx.words["of"] or not a.only(j, "ADJ") or a.of(j + 1, "NOUN"):
            continue
        adjectives = a.of(j, "ADJ")
        if not all(f.classes & colours for f in adjectives):
            continue
        feminine = all(f.gender == "f" for f in adjectives)
        said_of_it = i and a.of(i - 1, "VERB") and all(f.number == "p" for f in adjectives)
        if feminine or said_of_it:  # «una variedad de verdes»: colours as nouns
            fix = adjective_fix(ctx, j, "m", "s")
            if fix:
                yield Hit(j, j + 1, fix)
