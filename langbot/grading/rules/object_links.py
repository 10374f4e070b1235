"""The word a verb takes before an infinitive when its person stands between them: «ayudó
a sus amigos de entender» (a), read from the treebank and Tatoeba counts of the verb's
infinitives (data/verb_prepositions.yaml), as treebank_preposition reads them right after
the verb."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import only_infinitive
from langbot.grading.rules.verb_classes import complement_at, name_at
from langbot.grading.rules.verb_lemmas import verb_lemmas
from langbot.grading.verb_prepositions import load_verb_prepositions


def _person_end(ctx: Context, j: int) -> int | None:
    """The end of one person at j: a noun phrase of people («sus amigos»), a name, or (after
    «y») a noun of people alone («y amigos»); else None."""
    a = ctx.analysis
    if complement_at(ctx, j) == "person":
        return a.noun_phrase(j).end
    if name_at(ctx, j):
        end = j + 1
        while end < len(a) and name_at(ctx, end):
            end += 1
        return end
    people = set(ctx.words["people_classes"])
    if a.only(j, "NOUN") and all(f.classes & people for f in a.of(j, "NOUN")):
        return j + 1
    return None


def _people_end(ctx: Context, j: int) -> int | None:
    """The end of the people at j, joined by «y» («a sus familias y amigos»), or None."""
    a = ctx.analysis
    end = _person_end(ctx, j)
    while end is not None and a.at(end) in ctx.words["coordinators"]:
        more = _person_end(ctx, end + 1)
        if more is None:
            return None  # «ayudé a mi madre y ella…»: a new clause may start
        end = more
    return end


def object_link(ctx: Context):
    """«Ayudó a sus amigos de entender», «invité a Ana de cenar»: the verb's infinitive takes
    its own word after the person too: «a entender», «a cenar»."""
    a = ctx.analysis
    table = load_verb_prepositions()
    to = ctx.words["person_link"][0]
    for i in range(len(a) - 4):
        if a.at(i + 1) != to or not a.of(i + 1, "ADP"):
            continue
        end = _people_end(ctx, i + 2)
        if end is None or not a.of(end, "ADP") or not only_infinitive(a, end + 1):
            continue
        used = a.at(end)
        lemmas = verb_lemmas(ctx, i)
        if used not in ctx.words["links"] or not lemmas:
            continue
        fixes = {table.favoured(lemma, "infinitive", used) for lemma in lemmas}
        fix = fixes.pop() if len(fixes) == 1 else None
        if fix in ctx.words["links"]:
            yield Hit(end, end + 1, fix)
