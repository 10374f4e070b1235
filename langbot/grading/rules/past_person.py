"""The person of a verb in a past tense (or the conditional, the subjunctive) against its
subject: «yo vio», «el niño corrí», «sus padres no le permitiría». The forms come from the
lexicon's features, so every verb it knows is read; the present is the other rules' (their
fix comes from verbs.yaml). Part of the verbs family (rules/verbs.py)."""

from langbot.grading.lexicon import lexicon
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import past_by_accent
from langbot.grading.rules.name_spans import name_end, name_like
from langbot.grading.rules.name_subjects import plural_after_name
from langbot.grading.rules.noun_subjects import (
    comparing,
    excused,
    subject_verb,
    whole_span,
)
from langbot.grading.rules.person_forms import form_in_person
from langbot.grading.rules.pronoun_subjects import a_verb_here, pronoun_subjects
from langbot.grading.rules.subject_number import number_sure
from langbot.grading.rules.subjects import PERSON, after_subject, classed, subjects
from langbot.grading.tokens import BOUNDARY
from langbot.grading.ud_features import NUMBER_LETTERS
from langbot.text import fold

VERB_UPOS = ("VERB", "AUX")
NUMBER_LETTER = {**NUMBER_LETTERS, None: "s"}
# the tenses whose first and third person singular are one form (tenía, tendría, tenga)
SAME_FORM_TENSES, SAME_FORM_PERSONS = ("impf", "cond", "subj"), frozenset({"1s", "3s"})


def _persons(ctx: Context, k: int, nouns: bool = False) -> frozenset[str]:
    """The persons of token k when it can only be a finite verb in another tense than the
    present (every reading a verb with a person; with `nouns`, or a noun: «Kousei dije»,
    a name before it), and not a verb like gustar; else none."""
    a = ctx.analysis
    written = written_persons(ctx, k)
    if written is not None:
        return written
    verbs = a_verb_here(ctx, k)
    if (
        not verbs
        or len(verbs) != len(a.readings[k]) - (len(a.of(k, "NOUN")) if nouns else 0)
        or (a.of(k - 1, "DET") and not a.accented(k - 1))
    ):
        return frozenset()
    if any(f.person is None or f.form == "pres" for f in verbs):
        return frozenset()
    if any(ctx.kb.verbs.is_like_gustar(f.lemma) for f in verbs):
        return frozenset()  # «a los estudiantes les gustaba»: the gustar rules' own
    if a.at(k) in ctx.kb.regularised and not a.accented(k):
        return frozenset()  # «yo empezo»: a present made regular (regularised_irregular)
    if k > 0 and a.original(k)[:1].isupper():
        return frozenset()  # a capital inside the sentence: a name («Ellen DeGeneres»)
    more = _lexicon_persons(a.original(k).lower(), {f.lemma for f in verbs})
    if more is None:
        return frozenset()  # the lexicon knows the form as a present too («depila»)
    persons = frozenset(f.person for f in verbs) | more
    if persons & SAME_FORM_PERSONS and all(f.form in SAME_FORM_TENSES for f in verbs):
        return persons | SAME_FORM_PERSONS  # «yo tenia»: an unaccented form listed once
    return persons


def _lexicon_persons(written: str, lemmas: set[str]) -> frozenset[str] | None:
    """The persons the generated lexicon gives the form of these verbs («sería»: 1s and 3s,
    where the curated forms list one), or None when it gives it a present-tense reading."""
    found = set()
    for r in lexicon().readings(written):
        same = any(lemma.startswith(r.lemma) for lemma in lemmas)  # «depilarse»: depilar
        if r.upos not in ("VERB", "AUX") or not same or not (r.person and r.number):
            continue
        if r.mood == "Ind" and r.tense == "Pres":
            return None
        found.add(r.person + r.number[0].lower())
    return frozenset(found)


def written_persons(ctx: Context, k: int, own_pronoun: bool = False) -> frozenset[str] | None:
    """A verb written with an accent no present form of it has («votó», «bañó»: the folded
    word reads as a present): the persons of the form as written, when every reading of it
    is a finite verb not like gustar (said with its subject's own pronoun, `own_pronoun`,
    any verb: «se quedó»); None when there is no such accent."""
    a = ctx.analysis
    if not past_by_accent(a, k) or (k > 0 and a.original(k)[:1].isupper()):
        return None
    readings = a.readings[k]  # the analysis reads the accent: «votó» is the preterite
    if not readings or any(f.pos != "VERB" or not f.person for f in readings):
        return frozenset()
    if any(f.form in ("pres", "imp") for f in readings):
        return frozenset()  # not a present or an imperative: «querés», «sabé» (vos)
    if not own_pronoun and any(ctx.kb.verbs.is_like_gustar(f.lemma) for f in readings):
        return frozenset()
    return frozenset(f.person for f in readings)


def _noun_subjects(ctx: Context):
    """(verb index, subject, person) after each noun phrase opening a clause: of people or
    things the vocabulary classes, any person; of any noun, the other number alone."""
    a = ctx.analysis
    for start, np in subjects(ctx, things=True):
        if comparing(ctx, start - 1):
            continue  # «tanto mi madre como mi padre nacieron…»: one of two subjects
        if a.at(start - 1) in ctx.words["that"] and a.at(start - 2) != BOUNDARY:
            that, compared = a.at(start - 1), ctx.words["compared_with"]
            if any(f"{a.at(j)} {that}" in compared for j in range(start - 1)):
                continue  # «Más gráfico que sus compañeros fue el defensa»: compared
        k = subject_verb(ctx, np)
        persons = _persons(ctx, k)
        if fold(np.noun.lemma) in ctx.words["group_nouns"]:
            persons -= set(ctx.words["group_person"])  # «mi familia fuimos cuatro»
        if np.noun.number == "p":
            persons -= set(ctx.words["inclusive"])  # «los estudiantes tuvimos…»
        if excused(ctx, np, k, a.of(k, "VERB")) or whole_span(ctx, start, np, persons):
            continue  # «la mitad de mis amigos trabajaron», «toda la noche lloré»
        clitic = a.of(k - 1, "CLITIC")
        if (clitic or not classed(np)) and persons:
            verbs = a.of(k, "VERB")
            if not persons & set(PERSON.values()) or not number_sure(ctx, np, k, verbs):
                continue
        yield k, persons, a.tokens.original_text(start, np.end), PERSON[np.noun.number]


def _name_subjects(ctx: Context):
    """(verb index, name, person) after each name: only the yo and tú forms are sure
    errors («Gary May hice»), as a name may be the one spoken to or a speaker's own."""
    a = ctx.analysis
    for start in range(len(a)):
        if not name_like(a, start) or a.of(start - 1, "ADP"):
            continue
        if start > 0 and a.original(start - 1)[:1].isupper():
            continue  # inside a longer name: counted from its first word
        end = name_end(a, start + 1) if a.readings[start] else name_end(a, start)
        if a.at(end) in ctx.words["coordinators"] or a.at(start - 1) in ctx.words["coordinators"]:
            continue  # «Ana y yo»
        k = after_subject(ctx, end)
        persons = _persons(ctx, k)
        if not persons and a.at(k + 1) != BOUNDARY:  # not «Ana, dije.»: maybe a noun there
            persons = _persons(ctx, k, nouns=True)  # «Tom no haya visto»: a 3s form too
            persons = persons if persons <= set(ctx.words["speaker_persons"]) else frozenset()
        preterite = all(f.form == "past" for f in a.of(k, "VERB"))
        if preterite and persons and plural_after_name(ctx, start, end, k, a.of(k, "VERB")):
            yield k, persons, a.tokens.original_text(start, end), PERSON["s"]
        elif persons and persons <= set(ctx.words["speaker_persons"]):
            yield k, persons, a.tokens.original_text(start, end), PERSON["s"]


def past_person(ctx: Context):
    """A subject pronoun, a noun phrase of people or a name, and right after it a verb in
    a past tense whose persons do not include the subject's."""
    a = ctx.analysis
    # after a subject pronoun no noun stands: «tú era» is ser, not the noun «era»
    found = [
        (k, _persons(ctx, k) or _persons(ctx, k, nouns=True), a.original(i), p)
        for i, p, k in pronoun_subjects(ctx)
    ]
    found += [*_noun_subjects(ctx), *_name_subjects(ctx)]
    seen = set()
    for k, persons, subject, person in found:
        if persons and person not in persons and k not in seen:
            seen.add(k)
            lemmas = {f.lemma for f in a.of(k, "VERB")}
            fix = form_in_person(ctx, a.original(k), lemmas, person)
            yield Hit(k, k + 1, fix, {"subject": subject})
