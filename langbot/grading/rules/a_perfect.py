"""«Ella a pasado por mucho», «Michael Jordan a jugado golf»: the perfect's «ha» written as
the preposition «a», which sounds the same. Part of the verbs family (rules/verbs.py)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.verbs import PERSONS


def _only_participle(ctx: Context, k: int) -> bool:
    """Token k can only be a past participle («jugado», «escrito»; not «helado», «lado» or
    «cansado», a noun or an adjective too), in the perfect's one form (not «a escondidas»),
    and is no name."""
    a = ctx.analysis
    readings = a.readings[k]
    if not readings or a.original(k)[:1].isupper():
        return False
    if not all(f.pos == "VERB" and f.form == "part" for f in readings):
        return False
    return any(f.gender in (None, "m") and f.number in (None, "s") for f in readings)


def _subject_person(ctx: Context, i: int) -> str | None:
    """The person of a subject pronoun just before «a» (past «no» and object pronouns:
    «yo no lo a visto»), or of a plural noun there; None when neither is said."""
    a = ctx.analysis
    for k in range(i - 1, max(-1, i - 4), -1):
        persons = [f.person for f in a.of(k, "PRON") if f.person]
        if persons and (a.accented(k) or not a.of(k, "DET")):
            return persons[0]
        nouns = a.of(k, "NOUN")
        if nouns and all(f.number == "p" for f in nouns):
            return "3p"
        if nouns or not (a.only(k, "ADV") or a.of(k, "CLITIC")):
            return None  # «los mensajes que West a dejado»: «que» ends the search
    return None


def _smells_like(ctx: Context, i: int) -> bool:
    """A verb of smell or taste stands just before «a» («huele a quemado», «sabe como a
    podrido»): the preposition of what it is like."""
    a = ctx.analysis
    lemmas = set(ctx.words["like_verbs"])
    return any(f.lemma in lemmas for k in range(max(0, i - 3), i) for f in a.of(k, "VERB"))


def a_for_ha(ctx: Context):
    """Finder: «a» (unaccented, as written) right before a word that can only be a
    participle, not after a state («de cansado a agotado»): haber's form for the subject
    said before it, «ha» when none is."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        if a.original(i).lower() not in ctx.spelled["a_for_ha"] or not _only_participle(ctx, i + 1):
            continue
        if a.of(i - 1, "ADJ") or any(f.form == "part" for f in a.of(i - 1, "VERB")):
            continue  # «de cansado a agotado»: from one state to another
        if _smells_like(ctx, i):
            continue
        person = _subject_person(ctx, i) or "3s"
        fix = ctx.spelled["perfect_forms"][PERSONS.index(person)]
        yield Hit(i, i + 1, fix.capitalize() if a.original(i)[:1].isupper() else fix)
