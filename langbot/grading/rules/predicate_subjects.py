"""Where a predicate says what its subject is like, and that subject: a form of ser, estar or
parecer; their infinitive after a verb whose subject it shares («quiero estar…»); a verb or
infinitive with the subject's own pronoun («me siento…», «puedo divertirme…»)."""

from typing import NamedTuple

from langbot.grading.reader import PERSON_NAMES
from langbot.grading.rules.base import Context
from langbot.grading.rules.copula_subject import Subject, copula_subject, said_subjects
from langbot.grading.rules.past_person import written_persons


class Predicate(NamedTuple):
    """The verb at `at` whose predicate follows it, and the subject that predicate describes;
    `linking` when the verb is a copula (ser, estar, parecer), not a verb with its own
    pronoun, after which only a plural adjective for one person is sure."""

    at: int
    subject: Subject
    linking: bool = True


def _verb_before_infinitive(ctx: Context, i: int) -> int | None:
    """«La cuenta necesita ser…», «va a ser», «tiene que estar»: the finite verb before the
    infinitive of a copula at i, which has the copula's subject."""
    a = ctx.analysis
    if a.at(i) not in ctx.words["predicate_verbs"]:
        return None  # the infinitives are the lemmas themselves: a cheap test first
    infinitive = [
        f for f in a.of(i, "VERB") if f.lemma in ctx.words["predicate_verbs"] and f.form == "inf"
    ]
    if not infinitive:
        return None
    j = i - 2 if a.at(i - 1) in ctx.words["infinitive_links"] else i - 1
    return j if a.only(j, "VERB") else None


def _copula_number(
    ctx: Context, i: int, any_verb: bool = False
) -> tuple[frozenset[str], str] | None:
    """(persons, number) of a form of a copula at i (`any_verb`: of any verb), when every
    reading has the number."""
    a = ctx.analysis
    words = ctx.words["predicate_verbs"]
    copulas = [f for f in a.of(i, "VERB") if f.person and (any_verb or f.lemma in words)]
    if not copulas or (a.of(i, "DET") and not a.accented(i) and a.of(i + 1, "NOUN")):
        return None
    if (
        len({f.person[1] for f in copulas}) != 1
        or (a.of(i, "NOUN") and a.of(i - 1, "DET") and not a.accented(i - 1))  # «la era»
        or a.of(i, "ADJ")
    ):
        return None
    if a.of(i - 1, "CLITIC") and any(f.lemma in ctx.words["seeming"] for f in copulas):
        return None  # «me parece caros»: what seems so comes after (rules/linked_adjective.py)
    return frozenset(f.person for f in copulas), copulas[0].person[1]


def _own_pronoun(ctx: Context, i: int) -> str | None:
    """The one person (1s or 2s) of a verb at i said with its subject's own pronoun: before
    it («me siento»), or joined to its infinitive after a verb of that person («puedo
    divertirme»)."""
    a = ctx.analysis
    own = dict(zip(ctx.words["own_pronouns"], ctx.words["own_persons"], strict=True))
    verbs = a.of(i, "VERB")
    if not verbs or not a.only(i, "VERB"):
        return None
    if all(f.form == "inf" for f in verbs):
        word, lemma = a.at(i), verbs[0].lemma
        person = next((p for c, p in own.items() if word == lemma + c), None)
        j = i - 2 if a.at(i - 1) in ctx.words["infinitive_links"] else i - 1
        persons = {f.person for f in a.of(j, "VERB")}
        return person if a.only(j, "VERB") and persons == {person} else None
    persons = {f.person for f in verbs}
    person = own.get(a.at(i - 1))
    return person if person and persons == {person} and a.of(i - 1, "CLITIC") else None


def _persons(ctx: Context, i: int) -> frozenset[str]:
    """The persons of a verb at i, as written («trabajó», not the present «trabajo»)."""
    written = written_persons(ctx, i)
    if written is not None:
        return written
    return frozenset(f.person for f in ctx.analysis.of(i, "VERB") if f.person)


def copula_subjects(ctx: Context):
    """Each Predicate of the sentence, in reading order."""
    a = ctx.analysis
    last = None
    said = said_subjects(ctx) if set(ctx.words["continuing"]) & set(a.words) else {}
    for i in range(len(a)):
        found, verb = _copula_number(ctx, i), i
        if found is None and (verb := _verb_before_infinitive(ctx, i)) is not None:
            if a.of(verb - 1, "CLITIC"):
                continue  # «os pido ser pacientes»: the pronoun is the infinitive's subject
            found = _copula_number(ctx, verb, any_verb=True)
        if found is None:
            if i in said and said[i].person in _persons(ctx, i):
                start = i  # «ella lo vio y…»: its pronouns are the clause's too
                while a.of(start - 1, "CLITIC"):
                    start -= 1
                last = said[i]._replace(carried_from=start)  # «ella cocina y es buena»
            elif (person := _own_pronoun(ctx, i)) is not None:
                subject = Subject(None, "s", f"«{PERSON_NAMES[person]}»", sure=True, person=person)
                yield Predicate(i, subject, False)
            continue
        subject = copula_subject(ctx, verb, *found, last)
        if subject is None or (verb != i and not subject.sure):
            continue  # «puede ser bueno»: only a said subject or a person is sure
        last = subject
        yield Predicate(i, subject)
