"""«Te voy a regalo un libro», «un cuchillo para corto las patatas»: after «a» or «para»
a verb takes its infinitive; a word that reads as the first person of a present verb and
is else only a noun or an adjective, with its object's determiner right after it, is that
verb said in the wrong form (a noun takes no determiner straight after it).
Part of the verbs family (rules/verbs.py)."""

from langbot.grading.rules.base import Context, Hit


def _first_person_verb(ctx: Context, i: int) -> str | None:
    """The one infinitive token i is the present first person of, when its other readings
    are only nouns and adjectives; else None."""
    a = ctx.analysis
    readings = a.readings[i]
    verbs = [f for f in readings if f.pos == "VERB"]
    if not verbs or any(f.pos not in ("VERB", "NOUN", "ADJ") for f in readings):
        return None
    if any(f.form != "pres" or f.person != "1s" for f in verbs):
        return None
    ending = ctx.kb.words.reflexive_ending
    lemmas = {f.lemma for f in verbs}
    lemmas = {
        m for m in lemmas if m.removesuffix(ending) == m or m.removesuffix(ending) not in lemmas
    }
    return lemmas.pop() if len(lemmas) == 1 else None


def _object_after(ctx: Context, k: int) -> bool:
    """A determiner opens a noun phrase at k, and the phrase is no time («a casa el lunes»)."""
    a = ctx.analysis
    if not a.of(k, "DET") or a.accented(k) or a.at(k) in ctx.words["contracted"]:
        return False  # «él»: a pronoun; «a bordo del barco»: a noun's «de»
    if any(f.pos not in ("DET", "CLITIC", "PRON") for f in a.readings[k]):
        return False
    np = a.noun_phrase(k)
    if np is None:
        return False
    return not np.noun.classes & set(ctx.words["object_time_classes"])


def first_person_after_link(ctx: Context):
    """Finder: «a» or «para», then a first-person present verb that is nothing else, or
    that is else a noun but has a determiner and its noun after it: the verb's infinitive."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        if a.at(i) not in ctx.words["purpose_links"]:
            continue
        if a.original(i + 1)[:1].isupper() or a.at(i + 1) in ctx.words["a_locutions"]:
            continue
        if a.at(i) in ctx.words["to_infinitive"] and a.only(i + 1, "VERB"):
            continue  # finite_after_a reads a word that is only a verb
        lemma = _first_person_verb(ctx, i + 1)
        only_verb = a.only(i + 1, "VERB")  # «para compro leche»: no noun to read
        if lemma and (only_verb or _object_after(ctx, i + 2)):
            yield Hit(i + 1, i + 2, lemma, {"link": a.original(i)})
