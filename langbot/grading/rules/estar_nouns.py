"""Estar before a noun phrase that says who or what the subject is: «Estoy una persona
feliz», «No estoy tu marioneta», «Yo estoy arqueóloga», «Su novio está Alex»: ser.
Part of the copula family (rules/copula.py)."""

from langbot.grading.analysis import Features
from langbot.grading.lexicon import lexicon
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import skip_adverbs
from langbot.grading.rules.copula_forms import (
    copulas_of,
    other_copula,
    people,
    subject_before,
    who_after,
)
from langbot.grading.rules.copula_past import past_estar
from langbot.grading.rules.subjects import bare_noun
from langbot.grading.tokens import BOUNDARY
from langbot.text import fold


def someone_noun(ctx: Context, noun: Features) -> bool:
    """A noun that names someone: of a people class, or one the lexicon knows in both
    genders under one lemma (arqueólogo, arqueóloga; luchador, luchadora): a being with a
    sex."""
    if noun.classes & people(ctx):
        return True
    lemma = fold(noun.lemma)
    masculine, feminine = ctx.words["gender_endings"]
    if noun.gender not in ctx.words["genders"] or lemma.endswith(feminine):
        return False
    if noun.gender == ctx.words["genders"][1]:  # «arqueóloga», «luchadora», of the lemma
        readings = lexicon().readings_folded(lemma)  # «arqueólogo», «luchador»; not «hambre»
        return any(r.upos == "NOUN" and r.gender == "Masc" for r in readings)
    other = lemma.removesuffix(masculine) + feminine  # «luchador»: «luchadora»
    readings = lexicon().readings_folded(other)
    return any(r.upos == "NOUN" and fold(r.lemma) == lemma for r in readings)


def described(folded: str) -> bool:
    """The generated lexicon reads the word as an adjective or a participle too."""
    readings = lexicon().readings_folded(folded)
    return any(r.upos == "ADJ" or r.verbform == "Part" for r in readings)


def _also_third(ctx: Context, i: int, c) -> bool:
    """The copula at i may also be the third person («estaba»: I or she was)."""
    return any(f.person in ("3s", "3p") for f in ctx.analysis.of(i, "VERB") if f.lemma == c.lemma)


def _personal_predicate(ctx: Context, i: int, c, j: int) -> bool:
    """After a copula of yo, tú, nosotros, a noun phrase at j that says who the speaker
    is: «una persona feliz», «tu marioneta», a bare noun of someone («arqueóloga»)."""
    a = ctx.analysis
    np = a.noun_phrase(j)
    if np is not None and np.noun.classes & set(ctx.words["time_classes"]):
        return False  # «estuve unos meses viviendo allí»: how long, not who
    if np is not None and a.at(j) in ctx.words["indefinite"]:
        return not _also_third(ctx, i, c) or bool(np.noun.classes & people(ctx))
    if np is not None and a.at(j) in ctx.words["possessive"]:
        # «estás mi amigo»; not «estoy tu lado» (a tu lado), nor «estaba mi amigo» (he was there)
        return someone_noun(ctx, np.noun) and not _also_third(ctx, i, c)
    bare = bare_noun(a, j)
    if bare is None or _also_third(ctx, i, c) or not someone_noun(ctx, bare.noun):
        return False
    if described(a.at(j)):
        return False  # «estábamos invitados»: a participle or an adjective too
    return a.at(j + 1) == BOUNDARY or a.at(j + 1) in ctx.words["and_or_comma"]


def _a_kind(ctx: Context, i: int, j: int) -> bool:
    """«Mi ciudad está una ciudad grande», «Beyoncé estaba una cantante», «el verano estuvo
    una experiencia increíble»: after its subject, estar and «un»/«una» with a noun phrase
    (and an «de» phrase) ending the clause: what the subject is. Natives hardly ever put
    «un»/«una» after estar: only a time («estuvo una semana»), a degree («un poco») or a
    noun of how a thing is (`estar_un_nouns`: «está un desastre»); a noun of another class
    than the kinds (weather, body, measure) is left alone, and so is a place after it
    («está un hombre en la puerta») unless the noun names someone's role with its subject
    said before («mi padre está un luchador en Texas»)."""
    a = ctx.analysis
    if a.at(j) not in ctx.words["indefinite"] or not subject_before(ctx, i):
        return False
    np = a.noun_phrase(j)
    if np is None or fold(np.noun.lemma) in ctx.words["estar_un_nouns"]:
        return False
    if np.noun.classes and not np.noun.classes & set(ctx.words["kind_classes"]):
        return False
    k = _past_adjectives(ctx, np.end)
    if a.at(k) in ctx.words["of_and_of_the"]:  # «una estrella de la música»
        of = a.noun_phrase(k + 1)
        k = _past_adjectives(ctx, of.end if of is not None else k + 1 + bool(a.of(k + 1, "NOUN")))
    if a.at(k) in ctx.words["in"] and someone_noun(ctx, np.noun):
        return True  # «The Rock está un luchador en WWE»: who, and where, not there being one
    return a.at(k) == BOUNDARY or a.at(k) in ctx.words["and_or_comma"]


def _past_adjectives(ctx: Context, k: int) -> int:
    """The token after the adjectives (and adverbs) from k: «una ciudad muy bonita»."""
    a = ctx.analysis
    k = skip_adverbs(a, ctx.kb, k)
    while a.of(k, "ADJ") and not a.of(k, "ADP"):
        k = skip_adverbs(a, ctx.kb, k + 1)
    return k


def estar_noun_phrase(ctx: Context):
    """«Estoy una persona feliz», «Su novio está Alex Rodriguez»: estar before a noun phrase
    or a name that says what or who the subject is."""
    a = ctx.analysis
    for i, c in (*copulas_of(ctx, 1), *past_estar(ctx)):
        if not c.form or not c.person:
            continue
        j = skip_adverbs(a, ctx.kb, i + 1)
        personal = c.person in ctx.words["personal_subjects"]
        who = personal and _personal_predicate(ctx, i, c, j)
        who = who or (subject_before(ctx, i) and who_after(ctx, j)) or _a_kind(ctx, i, j)
        if who and (fix := other_copula(ctx, c)):
            yield Hit(i, i + 1, fix)
