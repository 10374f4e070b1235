"""A present subjunctive as the verb of a main clause: «Mis padres todavía vivan allí»
(viven), «Mi abuela me enseñe a leer» (enseña). With its subject said and nothing before it
that calls for the subjunctive (que, ojalá, quizás…: the rule file's words), the clause
says what is so, in the indicative. Part of the verbs family (rules/verbs.py)."""

from langbot.grading.lexicon import RULES_IGNORE, lexicon
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.noun_subjects import subject_verb
from langbot.grading.rules.present_forms import form_for
from langbot.grading.rules.pronoun_subjects import pronoun_subjects
from langbot.grading.rules.subjects import PERSON, subjects
from langbot.grading.tokens import BOUNDARY
from langbot.grading.ud_features import NUMBER_LETTERS
from langbot.text import fold

ACCENTED = dict(zip("aeiou", "áéíóú", strict=True))
RARER = 10  # a verb read from the same form this many times rarer is not the one meant


def subjunctive_main(ctx: Context):
    """A noun phrase or a subject pronoun opening the sentence, and right after it (past
    adverbs and clitics) a verb that can only be a present subjunctive of its person."""
    a = ctx.analysis
    for start, k, person in _said_subjects(ctx):
        if not _main_clause(ctx, start, k) or _addressed(ctx, start, k, person):
            continue
        if a.at(k) in a.words[k + 1 :]:
            continue  # «sea lo que sea», «vaya donde vaya»: whatever it is
        lemma = _subjunctive(ctx, k, person) if _verb_meant(ctx, start, k) else None
        if lemma is not None and (fix := form_for(ctx.kb, lemma, person)):
            yield Hit(
                k, k + 1, fix, {"subject": a.tokens.original_text(start, _end(ctx, start, k))}
            )


def _said_subjects(ctx: Context):
    """(subject start, verb index, person) of each noun phrase and subject pronoun."""
    a = ctx.analysis
    for start, np in subjects(ctx, things=True):
        if fold(np.noun.lemma) not in ctx.words["optative_nouns"]:  # «el Señor te bendiga»
            yield start, subject_verb(ctx, np), PERSON[np.noun.number]
    for i, person, k in pronoun_subjects(ctx):
        if a.at(i) not in ctx.words["formal_you"]:  # «usted tenga cuidado»: a command
            yield i, k, person


def _verb_meant(ctx: Context, start: int, k: int) -> bool:
    """The word at k is the clause's verb: read only as one, or, right after a subject
    pronoun or noun, as a verb or an adjective with no other conjugated verb in its clause
    («Ella viva en Madrid», «Mi hermana viva en Madrid»: vive)."""
    a = ctx.analysis
    if a.only(k, "VERB"):
        return True
    np = a.noun_phrase(start)
    people = set(ctx.words["counted_people_classes"])
    someone = np is not None and np.end == k and bool(np.noun.classes & people)
    pronoun = a.of(start, "PRON") and (a.accented(start) or not a.of(start, "DET"))
    if not (pronoun or someone):
        return False  # «la planta viva en la maceta»: a heading
    if any(f.pos not in ("VERB", "ADJ") for f in a.readings[k]):
        return False
    if k + 1 >= len(a) or a.at(k + 1) == BOUNDARY:
        return False  # «ella, viva, …»: an aside
    s, e = next(((s, e) for s, e in a.clauses if s <= k < e), (k, k + 1))
    return not any(f.person for j in range(s, e) if j != k for f in a.of(j, "VERB"))


def _end(ctx: Context, start: int, k: int) -> int:
    """Where the subject from start ends, before the adverbs and clitics up to k."""
    a = ctx.analysis
    np = a.noun_phrase(start)
    return np.end if np is not None else start + 1


def _main_clause(ctx: Context, start: int, k: int) -> bool:
    """Nothing from the sentence's start to the verb at k calls for the subjunctive: no
    word of the list, no conjunction but «y», «pero»…, no other conjugated verb, no
    question or exclamation mark («¡el diablo te lleve!»)."""
    a = ctx.analysis
    i = start - 1
    while i >= 0 and a.original(i) not in ctx.spelled["sentence_ends"]:
        i -= 1
    text = a.tokens.original
    before = text[a.tokens.spans[i][1] if i >= 0 else 0 : a.tokens.spans[start][0]]
    if any(mark in before for mark in ctx.spelled["sentence_opens"]):
        return False
    end = next((j for j in range(k, len(a)) if a.original(j) in ctx.spelled["sentence_ends"]), None)
    if end is not None and a.original(end) in ctx.spelled["sentence_opens_closed"]:
        return False
    for j in range(i + 1, k):
        if a.at(j) in ctx.words["subjunctive_triggers"]:
            return False
        if a.of(j, "CONJ") and a.at(j) not in ctx.words["main_conjunctions"]:
            return False
        if j < start and any(f.person for f in a.of(j, "VERB")):
            return False  # «espero mis padres vivan»: a «que» left out
    return True


def _addressed(ctx: Context, start: int, k: int, person: str) -> bool:
    """The subjunctive may be a command: to «tú» or «vosotros» after «no» («tú no te
    preocupes»), a «nosotros» that urges, each one or a group told what to do («cada uno
    haga lo suyo», «los alumnos entreguen…»: an article, no pronoun before the verb)."""
    a = ctx.analysis
    if a.at(start) in ctx.words["each"]:
        return True  # «cada uno haga lo suyo»
    if person[0] == "2":
        return any(a.at(j) in ctx.words["denials"] for j in range(start, k))
    if person == "1p":
        return True
    return a.at(start) in ctx.words["addressed"] and not a.of(k - 1, "CLITIC")


def _subjunctive(ctx: Context, k: int, person: str) -> str | None:
    """The verb at k when it can only be its present subjunctive (or the same form of the
    command), in the subject's person: not another tense with an accent left out («yo
    hable»: hablé), nor a form of a verb as common read otherwise («venga»: vengar)."""
    a = ctx.analysis
    written = a.original(k).lower()
    readings = _finite(written)
    subjunctive = {r.lemma for r in readings if r.mood == "Sub" and r.tense == "Pres"}
    if not subjunctive:
        return None
    lemma = min(subjunctive, key=lambda v: lexicon().rank(v) or RARER * 10**6)
    persons = {
        r.person + NUMBER_LETTERS.get(r.number or "", "") for r in readings if r.lemma == lemma
    }
    if person not in persons or _accent_left_out(written, lemma, person):
        return None
    for r in readings:
        if r.lemma == lemma and (r.mood == "Cnd" or (r.mood == "Ind" and r.tense == "Pres")):
            return None
        if r.lemma != lemma and r.mood in ("Ind", "Cnd") and not _rarer(r.lemma, lemma):
            return None  # «venga» is also vengar's: not when as common
    forms = ctx.words["subjunctive_forms"]
    if any(
        f.lemma == lemma and f.person == person and f.form not in forms for f in a.of(k, "VERB")
    ):
        return None
    return lemma


def _finite(written: str) -> list:
    """The generated lexicon's finite verb readings of a spelling the rules may read."""
    return [
        r
        for r in lexicon().readings(written)
        if r.upos in ("VERB", "AUX") and r.source not in RULES_IGNORE and r.person
    ]


def _accent_left_out(written: str, lemma: str, person: str) -> bool:
    """With an accent on its last vowel the word is another tense of the verb in this
    person: «hable» for «hablé», the yo form of the past."""
    accented = written[:-1] + ACCENTED.get(written[-1:], written[-1:])
    return accented != written and any(
        r.lemma == lemma
        and r.mood == "Ind"
        and r.person + NUMBER_LETTERS.get(r.number or "", "") == person
        for r in _finite(accented)
    )


def _rarer(other: str, lemma: str) -> bool:
    """The verb `other` is far rarer than `lemma` (vivar beside vivir), by their ranks."""
    mine, theirs = lexicon().rank(lemma), lexicon().rank(other)
    return mine > 0 and (theirs == 0 or theirs > RARER * mine)
