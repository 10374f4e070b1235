"""The verb of a subject that a «que» clause describes: «La gente que vive aquí son…» (es),
«Mi hermano, que vive en Madrid, trabajan…» (trabaja). The «que» clause's own verb comes
first; the next conjugated verb is the subject's, and takes its number. Part of the verbs
family (rules/verbs.py)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import only_verb, skip_adverbs
from langbot.grading.rules.noun_subjects import excused
from langbot.grading.rules.present_forms import form_for
from langbot.grading.rules.subject_number import number_sure
from langbot.grading.rules.subjects import PERSON, after_subject, subject_end, subjects
from langbot.grading.tokens import BOUNDARY

MAX_WORDS = 8
"""The words a «que» clause may run to, closing comma included: a longer one (news prose) may
hold a verb of its own that is not read as one."""


def relative_clause_subjects(ctx: Context) -> dict:
    """The verb after each «que» clause that describes a noun phrase opening a clause ->
    (where the phrase starts, the phrase): that phrase is the verb's subject."""
    a = ctx.analysis
    out = {}
    for start, np in subjects(ctx, things=True):
        end = subject_end(ctx, np)
        commas = a.original(end) == ","
        opened = _relative_end(ctx, end + commas)
        if opened is None:
            continue
        k = _main_verb(ctx, opened, commas)
        if k is not None:
            out[k] = (start, np)
    return out


def _relative_end(ctx: Context, j: int) -> int | None:
    """Where the clause a relative word at j opens goes on: after «que», «donde», or a
    preposition, maybe an article, and «que» or «quien» («en la que», «con quien»)."""
    a = ctx.analysis
    if a.at(j) in ctx.words["relative"] or a.at(j) in ctx.words["relative_places"]:
        return j + 1
    if not a.only(j, "ADP") or a.at(j) in ctx.words["of"]:
        return None  # «la casa de que…»: no; «de» may open a complement
    k = j + 1 + (a.at(j + 1) in ctx.words["definite"])
    if a.at(k) in (*ctx.words["relative"], *ctx.words["relative_people"]) and not a.accented(k):
        return k + 1
    return None


def _opening_verb(a, j: int) -> bool:
    """Right after the relative word, a conjugated verb that may also be an adjective or a
    noun is the verb («donde vivo», «que pinta»): nothing else could open the clause."""
    finite = any(f.person for f in a.of(j, "VERB"))
    return finite and not any(a.of(j, pos) for pos in ("DET", "ADP", "CLITIC", "PRON", "ADV"))


def relative_subject_person(ctx: Context):
    """A noun phrase opening a clause, a «que» clause with its own conjugated verb, then a
    conjugated verb of the third person in the other number than the noun phrase."""
    a = ctx.analysis
    for k, (start, np) in relative_clause_subjects(ctx).items():
        verbs = [f for f in only_verb(a, k) if f.person]
        want = PERSON[np.noun.number]
        other = {PERSON[n] for n in PERSON if PERSON[n] != want}
        if not verbs or not {f.person for f in verbs} <= other or a.of(k - 1, "CLITIC"):
            continue
        if excused(ctx, np, k, verbs) or not number_sure(ctx, np, k, verbs):
            continue
        if _copula_of_noun(ctx, k, verbs):
            continue
        lemmas = {f.lemma for f in verbs}
        present = all(f.form == "pres" for f in verbs) and len(lemmas) == 1
        fix = form_for(ctx.kb, lemmas.pop(), want) if present else None
        said = {"subject": a.tokens.original_text(start, np.end)}
        yield Hit(k, k + 1, fix, said | {"number": ctx.words["says_number"][want == "3p"]})


def _copula_of_noun(ctx: Context, k: int, verbs) -> bool:
    """Ser at k before anything but an adjective: it may agree with what follows («la única
    cosa que nos detiene somos nosotros», «…son los famosos»)."""
    a = ctx.analysis
    if not any(f.lemma == ctx.words["copulas"][0] for f in verbs):
        return False
    return not a.only(skip_adverbs(a, ctx.kb, k + 1), "ADJ")


def _verb_after_noun(a, j: int) -> bool:
    """A conjugated verb at j that is else only a noun, right after a noun: no noun follows
    a noun bare, so it is the verb («la chica que conocí en la fiesta era…»)."""
    finite = any(f.person for f in a.of(j, "VERB"))
    nouns_too = all(f.pos in ("VERB", "NOUN") for f in a.readings[j])
    return finite and nouns_too and a.only(j - 1, "NOUN")


def _main_verb(ctx: Context, j: int, commas: bool) -> int | None:
    """Where the verb after the «que» clause from j stands: past the clause's one conjugated
    verb and its words (to the closing comma when a comma opened it), when nothing there
    opens another clause or joins another verb; None when that is not sure."""
    a = ctx.analysis
    own, first, last = None, j, j + MAX_WORDS
    while j < min(len(a), last):
        finite = any(f.person for f in only_verb(a, j)) or (j == first and _opening_verb(a, j))
        finite = finite or (own is not None and _verb_after_noun(a, j))
        if finite and own is not None:
            return None if commas or a.of(j - 1, "ADP") else j  # «desde hace»: not a verb's
        if finite:
            own = j
        elif a.at(j) in ctx.words["clause_openers"] or a.at(j) in ctx.words["coordinators"]:
            return None  # «que vive aquí y trabaja…», «que dice que…»
        elif a.original(j) == "," and own is not None and commas:
            k = after_subject(ctx, j + 1)
            return k if any(f.person for f in only_verb(a, k)) else None
        elif a.at(j) == BOUNDARY or any(f.pos == "CONJ" for f in a.readings[j]):
            return None
        elif any(f.person for f in a.of(j, "VERB")) and not a.of(j - 1, "DET"):
            return None  # a word that may be the verb too («ama»): not sure which is
        j += 1
    return None
