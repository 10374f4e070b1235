"""«Soy Pablo. Encantada.», «Soy irlandés. Me llamo Sarah.»: the name the speaker gives
(«me llamo…», «soy…») tells their gender when the lexicon knows it as one gender's only, and
what they say of themselves agrees with it. Part of the everyday family (rules/everyday.py)."""

from langbot.grading.lexicon import lexicon
from langbot.grading.rules.base import Context, Hit
from langbot.grading.tokens import BOUNDARY
from langbot.grading.ud_features import GENDER_LETTERS


def _speaker_gender(ctx: Context) -> str | None:
    """The gender of the capitalised name after «me llamo» or «soy», when every reading of it
    as a name or noun the lexicon gives with a gender has the same one."""
    a = ctx.analysis
    for i in range(1, len(a)):
        if not a.original(i)[:1].isupper() or a.at(i - 1) not in ctx.words["naming_verbs"]:
            continue
        if a.at(i - 1) != ctx.words["naming_verbs"][0] and i > 1 and a.of(i - 2, "NOUN"):
            continue  # «mi hermano soy…» is no naming of the speaker
        genders = {
            GENDER_LETTERS.get(r.gender or "")
            for r in lexicon().readings_folded(a.at(i))
            if r.upos in ("PROPN", "NOUN") and r.gender
        }
        if len(genders) == 1 and None not in genders:
            return genders.pop()
    return None


def _said_of_speaker(ctx: Context, i: int) -> bool:
    """The adjective at i is said of the speaker: alone in its sentence («Encantada.») or
    after «soy»/«estoy» and degree words («soy muy alta»)."""
    a = ctx.analysis
    degree = {part for phrase in ctx.kb.adverbs_between for part in phrase.split()}
    k = i - 1
    while k >= 0 and a.at(k) in degree:
        k -= 1
    alone = _sentence_edge(ctx, k) and _sentence_edge(ctx, i + 1)
    return alone or a.at(k) in ctx.words["speaker_copulas"]


def _sentence_edge(ctx: Context, k: int) -> bool:
    """Token k ends or starts a sentence: none, or a stop that is no comma («Sí, correcto,
    me llamo Ana»: a word between commas is no sentence of its own)."""
    a = ctx.analysis
    if k < 0 or k >= len(a):
        return True
    return a.at(k) == BOUNDARY and a.original(k) not in ctx.spelled["commas"]


def speaker_name_gender(ctx: Context):
    """An adjective the speaker says of themselves in the other gender than their name's."""
    gender = _speaker_gender(ctx)
    a = ctx.analysis
    for i in range(len(a) if gender else 0):
        participle = all(f.pos == "ADJ" or f.form == "part" for f in a.readings[i])
        if not a.of(i, "ADJ") or not participle or not _said_of_speaker(ctx, i):
            continue  # an adjective, or a participle read as one too («cansado»)
        genders = {f.gender for f in a.of(i, "ADJ")}
        if genders <= {"m", "f"} and gender not in genders:
            fix = ctx.kb.vocabulary.adjective_form(a.at(i), gender, "s")
            if fix:
                yield Hit(i, i + 1, fix, {})
