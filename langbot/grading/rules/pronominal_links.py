"""The preposition a pronominal verb takes before a noun, when the learner put none: «me
parezco mi madre» (a), «me acuerdo mi infancia» (de), read from the treebank and Tatoeba
counts of the -se verb (data/verb_prepositions.yaml, role noun)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.verb_lemmas import role_at, verb_lemmas
from langbot.grading.verb_prepositions import NONE, load_verb_prepositions

MIN_SEEN = 12
"""How often the -se verb must take its preposition before a noun, never bare, to fire."""
MIN_TOPIC = 5
"""How often the -se verb must take «de» before a noun, never «sobre», for «sobre» to be wrong…"""
TOPIC_SHARE = 0.8
"""…and the share of its noun complements «de» must have (not «quedarse»: en 12, con 7)."""


def _linked(ctx: Context, lemma: str) -> str | None:
    """The preposition the -se verb always takes before a noun in the counts, or None."""
    if not lemma.endswith(ctx.kb.words.reflexive_ending) or lemma in ctx.words["bare_times"]:
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


def _topic_verbs(ctx: Context, i: int) -> tuple[set[str], str]:
    """The -se lemmas of the verb at i after a reflexive pronoun («me acuerdo»), or of an
    infinitive after a verb, its link and that verb's own pronoun («me comencé a
    acordar»), and that pronoun; empty with no such pronoun («el gobierno acordó»)."""
    a = ctx.analysis
    ending = ctx.kb.words.reflexive_ending
    if a.at(i - 1) in ctx.words["reflexive_by_person"]:
        return verb_lemmas(ctx, i) or set(), a.at(i - 1)
    head = i - 2 if a.at(i - 1) in ctx.words["links"] else i - 1
    infinitives = {f.lemma for f in a.of(i, "VERB") if f.form == "inf"}
    if not infinitives or not a.of(head, "VERB") or not _own_person(ctx, head):
        return set(), ""
    return {m.removesuffix(ending) + ending for m in infinitives}, a.at(head - 1)


def _passive_possible(ctx: Context, lemma: str) -> bool:
    """The plain verb takes a bare noun in the counts (olvidar: «olvidé el libro»), so a
    third person's «se» may make it passive («se olvidó sobre la mesa»: it was left)."""
    plain = lemma.removesuffix(ctx.kb.words.reflexive_ending)
    return load_verb_prepositions().seen(plain, "noun").get(NONE, 0) > 0


def _topic_link(lemma: str, link: str, used: str) -> bool:
    """The counts show the -se verb with `link` before most of its nouns, never `used`."""
    seen = load_verb_prepositions().seen(lemma, "noun")
    count = seen.get(link, 0)
    return count >= MIN_TOPIC and count >= TOPIC_SHARE * sum(seen.values()) and used not in seen


def topic_with_sobre(ctx: Context):
    """«Me acuerdo sobre mi infancia», «se enteró sobre la noticia»: a -se verb whose
    complement the counts show with «de» takes no «sobre», a learner's «about»."""
    a = ctx.analysis
    link, used = ctx.spelled["topic_link"][0], ctx.words["topic_checked"][0]
    for i in range(len(a) - 2):
        if a.at(i + 1) != used or a.at(i + 2) in ctx.words["not_topics"]:
            continue  # «sobre todo»: above all
        if role_at(ctx, i + 2) != "noun":
            continue
        lemmas, pronoun = _topic_verbs(ctx, i)
        if not lemmas or not all(_topic_link(m, link, used) for m in lemmas):
            continue  # only -se verbs are counted so
        speaker = pronoun in ctx.words["speaker_clitics"]
        if speaker or not any(_passive_possible(ctx, m) for m in lemmas):
            yield Hit(i + 1, i + 2, link)


def pronominal_without_preposition(ctx: Context):
    """«Me parezco mi madre», «me acuerdo mi infancia»: the -se verb takes its preposition
    before the noun: «a mi madre», «de mi infancia»."""
    a = ctx.analysis
    times = set(ctx.words["time_classes"])
    for i in range(1, len(a) - 2):
        if not _own_person(ctx, i):
            continue
        np = a.noun_phrase(i + 1)
        if np is None or np.noun.classes & times or a.at(i + 1) in ctx.words["joins"]:
            continue  # «me acordé del viaje»: «del» holds the preposition
        fixes = {_linked(ctx, lemma) for lemma in verb_lemmas(ctx, i) or ()}
        fix = fixes.pop() if len(fixes) == 1 else None
        if fix is None:
            continue
        parts = ctx.words["joined_from"]
        if a.at(i + 1) == ctx.words["article"][0] and fix in parts:
            yield Hit(i + 1, i + 2, ctx.spelled["joins"][parts.index(fix)])  # «al», «del»
        else:
            yield Hit(i + 1, i + 2, f"{fix} {a.original(i + 1)}")
