"""«Ayer voy al cine», «El año pasado viajo a México»: a word or phrase that places what is
told in the past («ayer», «anoche», a time noun and «pasado»), and the sentence's verbs in
the present only: the verb goes in a past tense. Left alone when any verb of the sentence
is in another tense (the past is told, or the present is set apart from it: «ayer fui y
hoy estoy cansado»), or a word sets the present («hoy», «ahora»). Part of the verbs family
(rules/verbs.py)."""

from functools import lru_cache

from langbot.grading.lexicon import lexicon
from langbot.grading.past_forms import past_persons
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.made_regular import SOURCES
from langbot.grading.rules.past_fix import past_of
from langbot.grading.rules.reflexive_counts import plain_lemma
from langbot.grading.rules.subjects import subjects
from langbot.grading.ud_features import NUMBER_LETTERS
from langbot.text import accented_spellings, unaccented

_NOT_PRESENT = frozenset({"past", "impf", "cond", "fut", "part", "subj"})
"""Verb forms that tell the sentence is not in the present alone."""


def _before_free(ctx: Context, k: int) -> bool:
    """Nothing makes the time starting at k part of another phrase: no preposition before
    it («desde ayer») nor one in its determiner («la fiesta del año pasado»), nor «que»
    comparing («más que ayer»)."""
    a = ctx.analysis
    if a.at(k - 1) in ctx.words["time_compared"]:
        return False  # «más frío este año que el año pasado»: the past is only compared
    return not (a.of(k - 1, "ADP") or a.at(k) in ctx.words["time_contractions"])


def _past_time(ctx: Context) -> tuple[int, int] | None:
    """Where the sentence's past time starts: «ayer», «anoche», or a determiner, a time
    noun and «pasado» («el año pasado», «el fin de semana pasado»)."""
    a = ctx.analysis
    times = set(ctx.words["when_classes"])
    for k in range(len(a)):
        if a.at(k) in ctx.words["past_time_words"] and not a.of(k - 1, "DET"):
            if _before_free(ctx, k):
                return k, k + 1
        if a.at(k) in ctx.words["past_time_adjectives"]:
            nouns = a.of(k - 1, "NOUN")
            start = k - 2
            while start >= 0 and not a.of(start, "DET") and k - start < 5:
                start -= 1
            if nouns and all(f.classes & times for f in nouns) and a.of(start, "DET"):
                if _before_free(ctx, start):
                    return start, k + 1
    return None


def _other_tense(ctx: Context) -> bool:
    """A verb reading of another tense than the present, or a word that sets the present
    («pasado» itself aside)."""
    a = ctx.analysis
    for k in range(len(a)):
        if a.at(k) in ctx.words["present_time_words"]:
            return True
        if a.at(k) in ctx.words["past_time_adjectives"]:
            continue
        if any(f.form in _NOT_PRESENT for f in a.of(k, "VERB")):
            return True
        if _verb_here(ctx, k) and (_past_by_accent(ctx, k) or _also_past(ctx, k)):
            return True  # «nos visito ayer»: visitó; «terminamos»: a preterite too
    return False


def _past_by_accent(ctx: Context, k: int) -> bool:
    """Token k, written with no accent, is a past once one vowel takes one («visito»)."""
    written = ctx.analysis.original(k).lower()
    if unaccented(written) != written:
        return False  # an accent written: «ñ» is none («baño»: bañó)
    return any(past_persons(s) for s in accented_spellings(written))


def _also_past(ctx: Context, k: int) -> bool:
    """Token k as written is a past form too («vivimos», «terminamos»)."""
    return bool(past_persons(ctx.analysis.original(k).lower()))


def _verb_here(ctx: Context, k: int) -> bool:
    """Token k is read as a verb: nothing else, or after an object pronoun or a subject."""
    a = ctx.analysis
    if not a.of(k, "VERB"):
        return False
    return a.only(k, "VERB") or bool(a.of(k - 1, "CLITIC")) or _after_subject(ctx, k)


def _present_only(ctx: Context, i: int) -> tuple[str, str] | None:
    """Token i's verb and person when it is surely a present indicative: no other reading
    (after an object pronoun, «como» is comer), no past spelled alike («vivimos») or with
    one accent more («llego»: llegó)."""
    a = ctx.analysis
    verbs = [f for f in a.of(i, "VERB") if f.form != "imp"]  # «juega»: the command aside
    if not verbs or any(f.form != "pres" or not f.person for f in verbs):
        return None
    if not _verb_here(ctx, i):
        return None
    if _also_past(ctx, i) or _past_by_accent(ctx, i):
        return None
    found = {(plain_lemma(ctx, f.lemma), f.person) for f in verbs}  # ir, irse: «voy»
    return found.pop() if len(found) == 1 else None


def _after_subject(ctx: Context, i: int) -> bool:
    """A noun-phrase subject ends right before token i («mi madre cocina»): a verb there."""
    return any(np.end == i for _, np in subjects(ctx))


def present_with_past_time(ctx: Context):
    """Finder: the first verb in the present of a sentence set in the past by a time word:
    its preterite for the same person."""
    a = ctx.analysis
    time = _past_time(ctx)
    if time is None or _other_tense(ctx):
        return
    for i in range(len(a)):
        found = _present_only(ctx, i)
        if found is None:
            continue
        fix = _preterite(found[0], found[1]) or past_of(ctx, found[0], "past", found[1])
        if fix:
            yield Hit(i, i + 1, fix, {"time": a.tokens.original_text(*time)})
        return


@lru_cache(maxsize=1024)
def _preterite(lemma: str, person: str) -> str | None:
    """The verb's preterite for a person as the conjugation tables give it (ser: fue), else
    the one form the treebanks give."""
    found: dict[str, str] = {}
    for form, r in lexicon().verb_readings({lemma}):
        number = NUMBER_LETTERS.get(r.number or "")
        if r.source in SOURCES and r.mood == "Ind" and r.tense == "Past":
            if f"{r.person}{number}" == person:
                found.setdefault(form, r.source)
    table = [form for form, source in found.items() if source == "verbecc"]
    return (table or list(found))[0] if len(table) == 1 or len(found) == 1 else None
