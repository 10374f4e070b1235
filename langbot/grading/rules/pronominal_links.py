"""The preposition a pronominal verb takes before a noun, when the learner put none: «me
parezco mi madre» (a), «me acuerdo mi infancia» (de), read from the treebank and Tatoeba
counts of the -se verb (data/verb_prepositions.yaml, role noun)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.verb_lemmas import verb_lemmas
from langbot.grading.verb_prepositions import NONE, load_verb_prepositions

MIN_SEEN = 12
"""How often the -se verb must take its preposition before a noun, never bare, to fire."""


def _linked(ctx: Context, lemma: str) -> str | None:
    """The preposition the -se verb always takes before a noun in the counts, or None."""
    if not lemma.endswith(ctx.words["pronominal_ending"][0]) or lemma in ctx.words["bare_times"]:
        return None
    seen = load_verb_prepositions().seen(lemma, "noun")
    if not seen or seen.get(NONE, 0):
        return None
    best, count = max(seen.items(), key=lambda kv: kv[1])
    return best if count >= MIN_SEEN and best in ctx.words["fixes"] else None


def _own_person(ctx: Context, i: int) -> bool:
    """The pronoun before the verb at i is of the verb's own person («me parezco», «nos
    referimos»), so it is the verb's «se», no one the verb is done to («te dedico»)."""
    a = ctx.analysis
    persons = dict(zip(ctx.words["speaker_clitics"], ctx.words["clitic_persons"], strict=True))
    wanted, verbs = persons.get(a.at(i - 1)), a.of(i, "VERB")
    return bool(verbs) and wanted is not None and all(f.person == wanted for f in verbs)


def pronominal_without_preposition(ctx: Context):
    """«Me parezco mi madre», «me acuerdo mi infancia»: the -se verb takes its preposition
    before the noun: «a mi madre», «de mi infancia»."""
    a = ctx.analysis
    times = set(ctx.words["time_classes"])
    for i in range(1, len(a) - 2):
        if not _own_person(ctx, i):
            continue
        np = a.noun_phrase(i + 1)
        if np is None or np.noun.classes & times:
            continue
        fixes = {_linked(ctx, lemma) for lemma in verb_lemmas(ctx, i) or ()}
        fix = fixes.pop() if len(fixes) == 1 else None
        if fix is None:
            continue
        parts = ctx.words["joined_from"]
        if a.at(i + 1) == ctx.words["article"][0] and fix in parts:
            yield Hit(i + 1, i + 2, ctx.spelled["joins"][parts.index(fix)])  # «al», «del»
        else:
            yield Hit(i + 1, i + 2, f"{fix} {a.original(i + 1)}")
