"""Reflexive verbs and their pronoun: the pronoun a reflexive verb needs, of its person, and
no reflexive pronoun on a verb that takes none."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.body_care import body_without_pronoun
from langbot.grading.rules.clitic_person import clitic_person
from langbot.grading.rules.common import (
    past_alternative,
    read_otherwise,
    skip_adverbs,
    third_subject_before,
)
from langbot.grading.rules.copula_forms import adjective_at, capital_at
from langbot.grading.rules.meeting_time import meeting_with_pronoun
from langbot.grading.rules.pronoun_subjects import pronoun_subjects
from langbot.grading.rules.pronoun_twice import pronoun_twice
from langbot.grading.rules.reflexive_counts import (
    reflexive_always,
    reflexive_usual,
)
from langbot.grading.rules.reflexive_forms import (
    finite_at,
    lower_at,
    one_person,
    own_pronoun,
    verbs_of,
)
from langbot.grading.rules.reflexive_gustar import se_with_gustar
from langbot.grading.rules.reflexive_infinitive import (
    gerund_without_pronoun,
    infinitive_other_person,
    infinitive_without_pronoun,
)
from langbot.grading.rules.reflexive_naming import named, speaker_named
from langbot.grading.rules.reflexive_not_taken import not_reflexive
from langbot.grading.rules.reflexive_number import pronoun_number
from langbot.grading.rules.reflexive_subject import persons_by_subject
from langbot.grading.rules.reflexive_well import feeling_good, feeling_well
from langbot.grading.rules.routine_time import woken_without_pronoun
from langbot.grading.rules.step import slip_at
from langbot.grading.rules.wearing import wearing_without_pronoun
from langbot.grading.tokens import BOUNDARY


def _step_reflexive(ctx: Context):
    """The step's reflexive verbs (llamarse...) with no pronoun, the wrong one, or «mi»."""
    a = ctx.analysis
    for i in range(len(a) if ctx.reflexive_verbs else 0):
        verbs = [
            f for f in finite_at(ctx, i) if f.lemma in ctx.reflexive_verbs and f.form == "pres"
        ]
        person = one_person(verbs)
        if not person or slip_at(ctx, i):
            continue  # «me llamas» where the step says «me llamo»: the verb slipped (step.py)
        prev = a.at(i - 1)
        right = own_pronoun(ctx, person)
        said = {"verb": ctx.reflexive_verbs[verbs[0].lemma]}
        if prev in ctx.kb.reflexive:
            if person not in ctx.kb.reflexive[prev] and not _called_by_subject(ctx, i, person):
                yield Hit(i - 1, i, right, said)
        elif prev in ctx.words["possessive_not_pronoun"]:
            yield Hit(i - 1, i, right, said)
        elif prev == BOUNDARY or a.of(i - 1, "PRON") or prev in ctx.words["before_pronoun"]:
            yield Hit(i, i + 1, f"{right} {lower_at(ctx, i)}", said)


def _called_by_subject(ctx: Context, i: int, person: str) -> bool:
    """«todos me llaman Anita», «mi madre me llama Ana»: a subject of the third person before
    the pronoun, and the verb is its own, not the speaker's (not «yo me llama»)."""
    a = ctx.analysis
    j = i - 2
    if person[0] != "3" or j < 0 or a.at(j) == BOUNDARY or a.of(j, "CONJ"):
        return False
    return not any(f.person and f.person[0] in "12" for f in a.readings[j])


def _without_pronoun(ctx: Context, use: str):
    """(i, its readings, their one person or None, the word past the adverbs after it) for
    each finite verb said with `use` that has no pronoun right before it («siente sola»)."""
    a = ctx.analysis
    for i, verbs in verbs_of(ctx, ctx.kb.verbs.said_with(use)):
        if verbs and not a.of(i - 1, "CLITIC") and a.at(i - 1) not in ctx.kb.reflexive:
            yield i, verbs, one_person(verbs), skip_adverbs(a, ctx.kb, i + 1)


def _feel(ctx: Context):
    """«No siente sola»: sentir + how one feels needs its pronoun (sentirse)."""
    a = ctx.analysis
    for i, verbs, person, j in _without_pronoun(ctx, "adjective"):
        readings = a.readings[j] if j < len(a) else ()
        alone = a.at(j + 1) == BOUNDARY and a.of(j, "ADJ")  # «no sentía solo.»: solo, also «only»
        alone = alone and all(f.pos in ("ADJ", "ADV") for f in readings)
        quantity = any(f.lemma in ctx.words["amount_words"] for f in a.of(j, "ADJ"))
        if quantity and a.at(j + 1) != BOUNDARY:
            continue  # «no siente muchas ganas»: how much of a noun
        if (adjective_at(a, j) or alone) and not a.of(j, "NOUN"):
            persons = [person] if person else persons_by_subject(ctx, i, verbs)
            fix = " / ".join(f"{own_pronoun(ctx, p)} {lower_at(ctx, i)}" for p in persons)
            yield Hit(i, i + 1, fix)


def _someone_at(ctx: Context, j: int, going: bool = True) -> bool:
    """A person stands at j: a personal pronoun, a noun phrase of people, or a name (not a
    place's after a verb of going: «mudé a California» says where to; «ducho a Santiago»)."""
    a = ctx.analysis
    if going and a.at(j) in ctx.kb.vocabulary.places:
        return False
    if any(f.person for f in a.of(j, "PRON")) and (a.accented(j) or not a.of(j, "DET")):
        return True
    np = a.noun_phrase(j)
    if np is not None:
        return bool(np.noun.classes & set(ctx.words["people_classes"]))
    return capital_at(a, j) and not a.readings[j]


def _resemble(ctx: Context):
    """«Ella parece a su madre»: to look like someone is parecerse, with its pronoun."""
    a = ctx.analysis
    for i, _, person, j in _without_pronoun(ctx, "a_person"):
        if person and a.at(j) in ctx.words["to"] and _someone_at(ctx, j + 1):
            yield Hit(i, i + 1, f"{own_pronoun(ctx, person)} {lower_at(ctx, i)}")


def _no_object_after(ctx: Context, j: int, when_ends: bool = False, going: bool = True) -> bool:
    """Nothing at j is the verb's object: the sentence ends, or an adverb or a preposition
    follows, not «a» and a person («levanto a mi hermano»); with `when_ends`, a word that is
    an adverb or a noun ending the clause is the adverb («levantan tarde»); `going`: the verb
    may say where one goes, so a place's name after «a» is no object."""
    a = ctx.analysis
    readings = a.readings[j] if j < len(a) else ()
    kinds = {f.pos for f in readings if f.form != "imp"}  # «tarde»: also tardar's order
    when = when_ends and a.at(j + 1) == BOUNDARY and kinds == {"ADV", "NOUN"}
    if (past := _every(ctx, j)) is not None:
        return _no_object_after(ctx, past, going=going)  # «afeita cada mañana a su hijo»
    if a.at(j) == BOUNDARY or a.only(j, "ADV") or when:
        return a.at(j) not in ctx.words["well_or_badly"]  # «esto sienta bien»: sentar
    if not a.of(j, "ADP") or a.of(j, "DET") or a.of(j, "CLITIC"):
        return False
    someone = _someone_at(ctx, j + 1, going) or _a_being(ctx, j + 1)
    return not (a.at(j) in ctx.words["to"] and someone)


def _a_being(ctx: Context, j: int) -> bool:
    """A noun phrase at j whose noun says no time and no place: after «a» it may be the one
    the verb acts on («baño a mi perro»), not when («a medianoche») nor where to («mudamos a
    un pueblo»: mudarse)."""
    np = ctx.analysis.noun_phrase(j)
    times = set(ctx.words["calendar_classes"]) | set(ctx.words["place_classes"])
    return np is not None and not np.noun.classes & times


def _every(ctx: Context, j: int) -> int | None:
    """Past «cada mañana», «todos los días» at j: a time said with «cada» or «todos los»
    says how often, and is no object; None when none stands there."""
    a = ctx.analysis
    every = any(f.lemma in ctx.words["all"] for f in a.of(j, "ADJ"))
    if a.at(j) in ctx.words["each"]:
        k = j + 1
    elif every and a.at(j + 1) in ctx.words["articles"]:
        k = j + 2
    else:
        return None
    times = set(ctx.words["calendar_classes"])
    nouns = a.of(k, "NOUN")
    return k + 1 if nouns and all(f.classes & times for f in nouns) else None


def _said_before(ctx: Context, i: int, person: str) -> bool:
    """The verb's own subject pronoun stands right before it («yo baño»): a noun or an
    adjective it also spells is not read there."""
    return any(k == i and p == person for _, p, k in pronoun_subjects(ctx))


def _one_verb(ctx: Context, i: int, verbs) -> bool:
    """Token i is no other verb, no participle and no adjective: only a noun may read besides
    («baño»; not «visto», also ver's participle, nor «siento», also sentar)."""
    a = ctx.analysis
    lemmas = {f.lemma for f in verbs}
    for f in a.of(i, "VERB"):
        if f.form == "part" or (f.person and not any(f.lemma.startswith(m) for m in lemmas)):
            return False
    return all(f.pos in ("VERB", "NOUN") for f in a.readings[i])


def _no_object(ctx: Context):
    """«Yo levanto a las siete», «nosotros sentamos cerca»: a routine verb with no object
    is its -se verb, and needs the pronoun."""
    a = ctx.analysis
    for i, verbs in verbs_of(ctx, ctx.kb.verbs.said_with("no_object")):
        person = one_person(verbs)
        if not person or a.of(i - 1, "CLITIC") or a.at(i - 1) in ctx.kb.reflexive:
            continue
        if a.of(i - 1, "DET") or a.at(i - 1) in ctx.words["relative"]:
            continue  # «la tumba»; «lo que siento»: the relative is its object
        going = any(f.lemma in ctx.words["sent_to_verbs"] for f in verbs)
        ending = _no_object_after(ctx, i + 1, when_ends=True, going=going)
        plain = a.only(i, "VERB") and not read_otherwise(ctx, i, verbs)
        said = _said_before(ctx, i, person) and _one_verb(ctx, i, verbs)
        if (plain or said) and ending:
            yield Hit(i, i + 1, f"{own_pronoun(ctx, person)} {lower_at(ctx, i)}")


def _se_with_person(ctx: Context):
    """«Se quedábamos»: «se» is only third person; the verb's person needs its own pronoun."""
    a = ctx.analysis
    third = ctx.words["third_person_reflexive"][0]
    for i in range(len(a) - 1):
        if a.at(i) != third or a.accented(i):
            continue
        verbs = finite_at(ctx, i + 1)
        person = one_person(verbs)
        if not person or person[0] == "3":
            continue
        said = any(k == i + 1 and p == person for _, p, k in pronoun_subjects(ctx))
        if slip_at(ctx, i + 1) and not said:
            continue  # «mi madre se llamo» where the step says «se llama»: the verb slipped
        if not said and any(f.pos not in ("VERB", "NOUN") for f in a.readings[i + 1]):
            continue  # «tú se llamas»: its subject says it is the verb; «se duchas»: no noun
        if third_subject_before(ctx, i):  # «Mi padre se mudo»: the verb slipped
            continue
        if not said and past_alternative(a, i + 1, "3s"):
            continue  # «Se quedo en casa»: «quedó» without its accent, no «yo» says otherwise
        yield Hit(i, i + 1, own_pronoun(ctx, person))


def _es_for_se(ctx: Context):
    """«Mi hermano es llama Juan»: the reflexive pronoun is «se», not «es»."""
    a = ctx.analysis
    ser = ctx.words["being"][0]
    for i in range(len(a) - 1):
        if not any(f.lemma == ser and f.person == "3s" for f in finite_at(ctx, i)):
            continue
        verbs = finite_at(ctx, i + 1)
        if verbs and not any(a.of(i + 1, pos) for pos in ("DET", "ADJ", "ADP")):  # «es acerca de»
            if any(ctx.kb.verbs.is_reflexive(f.lemma) and f.person[0] == "3" for f in verbs):
                yield Hit(i, i + 1, ctx.words["third_person_reflexive"][0])


FINDERS = {
    "meeting_with_pronoun": meeting_with_pronoun,
    "reflexive_pronoun": _step_reflexive,
    "reflexive_naming": named,
    "reflexive_feeling": _feel,
    "reflexive_feeling_well": feeling_well,
    "feeling_good": feeling_good,
    "reflexive_resemble": _resemble,
    "reflexive_no_object": _no_object,
    "reflexive_se_person": _se_with_person,
    "reflexive_not_taken": lambda ctx: not_reflexive(ctx, _no_object_after),
    "reflexive_es_for_se": _es_for_se,
    "reflexive_speaker_named": speaker_named,
    "reflexive_with_gustar": se_with_gustar,
    "reflexive_wearing": wearing_without_pronoun,
    "reflexive_body": body_without_pronoun,
    "reflexive_timed": woken_without_pronoun,
    "reflexive_always": reflexive_always,
    "reflexive_usual": reflexive_usual,
    "reflexive_twice": pronoun_twice,
    "reflexive_number": pronoun_number,
    "clitic_person": clitic_person,
    "reflexive_infinitive": lambda ctx: infinitive_without_pronoun(ctx, _no_object_after),
    "reflexive_infinitive_person": infinitive_other_person,
    "reflexive_gerund": lambda ctx: gerund_without_pronoun(ctx, _no_object_after),
}
