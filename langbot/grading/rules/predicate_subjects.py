"""Where a predicate says what its subject is like, and that subject: a form of ser, estar or
parecer; their infinitive after a verb whose subject it shares («quiero estar…»); a verb or
infinitive with the subject's own pronoun («me siento…», «puedo divertirme…»)."""

from typing import NamedTuple

from langbot.grading.reader import PERSON_NAMES
from langbot.grading.rules.base import Context, per_sentence
from langbot.grading.rules.copula_subject import copula_subject, said_subjects
from langbot.grading.rules.hedges import hedge_words
from langbot.grading.rules.liked_subject import liked_phrases
from langbot.grading.rules.past_person import written_persons
from langbot.grading.rules.relative_subjects import relative_clause_subjects
from langbot.grading.rules.subject_phrases import Subject, phrase_subject


class Predicate(NamedTuple):
    """The verb at `at` whose predicate follows it, and the subject that predicate describes;
    `linking` when the verb is a copula (ser, estar, parecer), not a verb with its own
    pronoun, after which only a plural adjective for one person is sure."""

    at: int
    subject: Subject
    linking: bool = True


def _linking(ctx: Context) -> tuple[str, ...]:
    """The verbs whose predicate says what the subject is like: ser, estar, parecer, and
    those that say it stays or turns out so (quedar, resultar, seguir)."""
    return (*ctx.words["predicate_verbs"], *ctx.words["staying_verbs"])


def _verb_before_infinitive(ctx: Context, i: int) -> int | None:
    """«La cuenta necesita ser…», «va a ser», «tiene que estar»: the finite verb before the
    infinitive of a copula at i, which has the copula's subject."""
    a = ctx.analysis
    if a.at(i) not in _linking(ctx):
        return None  # the infinitives are the lemmas themselves: a cheap test first
    infinitive = [f for f in a.of(i, "VERB") if f.lemma in _linking(ctx) and f.form == "inf"]
    if not infinitive:
        return None
    j = i - 2 if a.at(i - 1) in ctx.words["infinitive_links"] else i - 1
    return j if a.only(j, "VERB") else None


def _perfect(ctx: Context, i: int) -> tuple[int, tuple[frozenset[str], str]] | None:
    """«Ella ha sido…», «han estado»: a form of haber before the participle of a copula at
    i, and its (persons, number), which are the copula's subject's."""
    a = ctx.analysis
    words = _linking(ctx)
    if not any(f.lemma in words and f.form == "part" for f in a.of(i, "VERB")):
        return None
    j = i - 1
    helper = [f for f in a.of(j, "VERB") if f.person]
    if not a.only(j, "VERB") or not helper:
        return None
    if any(f.lemma not in ctx.words["perfect_auxiliaries"] for f in helper):
        return None
    if len({f.person[1] for f in helper}) != 1:
        return None
    return j, (frozenset(f.person for f in helper), helper[0].person[1])


def _copula_number(
    ctx: Context, i: int, any_verb: bool = False, after_pronoun: bool = False
) -> tuple[frozenset[str], str] | None:
    """(persons, number) of a form of a copula at i (`any_verb`: of any verb), when every
    reading has the number (`after_pronoun`: parecer after its pronoun too)."""
    a = ctx.analysis
    words = _linking(ctx)
    staying = ctx.words["staying_verbs"]  # of a thing or someone said: «quedaos» is no «tú»
    copulas = [
        f
        for f in a.of(i, "VERB")
        if f.person
        and (any_verb or f.lemma in words)
        and (f.lemma not in staying or f.person[0] == "3")
    ]
    if not copulas or (a.of(i, "DET") and not a.accented(i) and a.of(i + 1, "NOUN")):
        return None
    if not a.accented(i) and _elided_noun(a, i, copulas[0].person[1]):
        return None  # «Tenemos estas negras»: these (black ones), not «estás»
    if any(f.lemma in ctx.words["perfect_auxiliaries"] for f in a.of(i, "VERB")):
        return None  # «ella hubiera venido»: a form of haber before its participle
    if (
        len({f.person[1] for f in copulas}) != 1
        or (a.of(i, "NOUN") and a.of(i - 1, "DET") and not a.accented(i - 1))  # «la era»
        or a.of(i, "ADJ")
    ):
        return None
    seeming = any(f.lemma in ctx.words["seeming"] for f in copulas)
    if a.of(i - 1, "CLITIC") and seeming and not after_pronoun:
        return None  # «me parece caros»: what seems so comes after (rules/linked_adjective.py)
    return frozenset(f.person for f in copulas), copulas[0].person[1]


def _elided_noun(a, i: int, number: str) -> bool:
    """A determiner at i, after a verb or a preposition, before an adjective of its gender
    and number but not of the verb reading's number: the determiner and the adjective, with
    the noun left unsaid (not after a subject: «Tú estas felices» is «estás»)."""
    if not (a.only(i - 1, "VERB") or a.only(i - 1, "ADP")):
        return False
    return any(
        d.number == f.number != number and (None in (d.gender, f.gender) or d.gender == f.gender)
        for d in a.of(i, "DET")
        for f in a.of(i + 1, "ADJ")
    )


def _seeming(ctx: Context, i: int) -> tuple[int, tuple[frozenset[str], str]] | None:
    """«La comida me parece…»: parecer after its pronoun, and where the pronouns start (the
    subject, if written, stands before them; only a said one is taken)."""
    a = ctx.analysis
    if not a.of(i - 1, "CLITIC"):
        return None
    if not any(f.lemma in ctx.words["seeming"] for f in a.of(i, "VERB")):
        return None
    found = _copula_number(ctx, i, after_pronoun=True)
    start = i - 1
    while a.of(start - 1, "CLITIC"):
        start -= 1
    return (start, found) if found is not None else None


class Reflexive(NamedTuple):
    """A verb said with its subject's own pronoun: the persons it may have, where its
    pronouns start (the subject stands before them), and whether it says what the subject
    becomes or feels (quedarse, sentirse), as a copula does."""

    persons: frozenset[str]
    start: int
    linking: bool


def _reflexive(ctx: Context, i: int) -> Reflexive | None:
    """The verb at i with the subject's own pronoun: before it («me siento», «se queda»),
    or joined to its infinitive after a verb of that person («puedo divertirme»), when no
    other pronoun is before that verb («os pido quedaros»: yours)."""
    a = ctx.analysis
    verbs = a.of(i, "VERB")
    if not verbs or not a.only(i, "VERB"):
        return None
    pronouns = ctx.words["reflexive_pronouns"]
    bases = {f.lemma.removesuffix(ctx.kb.words.reflexive_ending) for f in verbs}
    linking = bool(bases & set(ctx.words["linking_reflexives"]))
    if all(f.form == "inf" for f in verbs):
        pronoun = next((c for c in pronouns for b in bases if a.at(i) == b + c), None)
        j = i - 2 if a.at(i - 1) in ctx.words["infinitive_links"] else i - 1
        if pronoun is None or not a.only(j, "VERB") or a.of(j - 1, "CLITIC"):
            return None
        start = j
    else:
        pronoun, j = a.at(i - 1), i
        if not a.of(i - 1, "CLITIC"):
            return None
        start = i - 1
    own = {p for c, p in zip(pronouns, ctx.words["reflexive_persons"], strict=True) if c == pronoun}
    persons = _persons(ctx, j, own_pronoun=True)
    persons = persons & own or persons  # «se siente»: sentir's él, not sentar's «que siente»
    if not persons or not persons <= own or len({p[1] for p in persons}) != 1:
        return None
    return Reflexive(persons, start, linking)


def _persons(ctx: Context, i: int, own_pronoun: bool = False) -> frozenset[str]:
    """The persons of a verb at i, as written («trabajó», not the present «trabajo»)."""
    written = written_persons(ctx, i, own_pronoun)
    if written is not None:
        return written
    return frozenset(f.person for f in ctx.analysis.of(i, "VERB") if f.person)


@per_sentence
def copula_subjects(ctx: Context):
    """Each Predicate of the sentence, in reading order."""
    a = ctx.analysis
    last = None
    said = said_subjects(ctx) if set(ctx.words["continuing"]) & set(a.words) else {}
    liked = liked_phrases(ctx) if set(ctx.words["experiencers"]) & set(a.words) else {}
    openers = {*ctx.words["relative"], *ctx.words["relative_places"], *ctx.words["relative_people"]}
    relatives = relative_clause_subjects(ctx) if openers & set(a.words) else {}
    hedged = hedge_words(ctx)
    for i in range(len(a)):
        if i in hedged:
            continue  # «la verdad es que está rica»: the subject is the answer's, not «la verdad»
        found, verb, perfect = _copula_number(ctx, i), i, None
        if found is None and (seeming := _seeming(ctx, i)) is not None:
            verb, found = seeming
        elif found is None and (perfect := _perfect(ctx, i)) is not None:
            verb, found = perfect
        elif found is None and (verb := _verb_before_infinitive(ctx, i)) is not None:
            if a.of(verb - 1, "CLITIC"):
                continue  # «os pido ser pacientes»: the pronoun is the infinitive's subject
            found = _copula_number(ctx, verb, any_verb=True)
        if found is None:
            if i in said and said[i].person in _persons(ctx, i):
                start = i  # «ella lo vio y…»: its pronouns are the clause's too
                while a.of(start - 1, "CLITIC"):
                    start -= 1
                last = said[i]._replace(carried_from=start)  # «ella cocina y es buena»
            if (reflexive := _reflexive(ctx, i)) is not None:  # «se puso cansada y…»
                subject = _reflexive_subject(ctx, reflexive, last)
                if subject is not None:
                    last = subject if reflexive.linking else last
                    yield Predicate(i, subject, reflexive.linking)
            continue
        if verb in relatives:  # «la casa que compré es…», «…era»: the phrase before «que»
            np = relatives[verb][1]
            if np.noun.number != found[1] or not any(p[0] == "3" for p in found[0]):
                continue
            subject = phrase_subject(a, np, np, found[1])
        else:
            subject = copula_subject(ctx, verb, *found, last, liked)
        if subject is None or (verb != i and not perfect and not subject.sure):
            continue  # «puede ser bueno»: only a said subject or a person is sure
        last = last if _relative_opened(ctx, verb) else subject
        yield Predicate(i, subject)


def _relative_opened(ctx: Context, verb: int) -> bool:
    """The copula's subject opens with «cuyo» (a few words before it, no comma between):
    that clause is said inside another («La cantante, cuyo nombre es…, es conocida»), so
    its subject goes on into no clause after it."""
    a = ctx.analysis
    for k in range(verb - 1, max(verb - 5, -1), -1):
        if a.original(k) in ctx.spelled["commas"]:
            return False
        if a.at(k) in ctx.words["relative_determiners"]:
            return True
    return False


def _reflexive_subject(ctx: Context, reflexive: Reflexive, last: Subject | None):
    """The subject of a verb with its own pronoun: as a copula's when the verb links
    (quedarse, sentirse), when said or a person; else «yo» or «tú» only."""
    persons = reflexive.persons
    number = next(iter(persons))[1]
    if reflexive.linking:
        subject = copula_subject(ctx, reflexive.start, persons, number, last)
        return subject if subject is not None and subject.sure else None
    if len(persons) != 1 or not persons <= set(ctx.words["speaker_persons"]):
        return None
    person = next(iter(persons))
    return Subject(None, number, f"«{PERSON_NAMES[person]}»", sure=True, person=person)
