"""A subject said twice: a noun phrase of people or a name, then the pronoun that stands
for it right before the verb («Mi hermano él es alto», «Ana ella trabaja»), or the same
subject pronoun twice («yo yo estudio»). Spanish says the subject once. Part of the
clauses family (rules/clauses.py)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.name_spans import name_end, name_like
from langbot.grading.rules.subjects import PERSON, subject_np
from langbot.grading.tokens import BOUNDARY


def _pronoun_person(ctx: Context, i: int) -> str | None:
    """The person of a subject pronoun at i («él», not the article «el»)."""
    a = ctx.analysis
    persons = [f.person for f in a.of(i, "PRON") if f.person]
    if len(set(persons)) != 1 or (a.of(i, "DET") and not a.accented(i)):
        return None
    return persons[0]


def _verb_of(ctx: Context, k: int, person: str) -> bool:
    """A conjugated verb of the person stands at k, past «no» and clitic pronouns."""
    a = ctx.analysis
    while k < len(a) and (
        a.at(k) in ctx.words["negation"] or (a.of(k, "CLITIC") and not a.accented(k))
    ):
        k += 1
    return k < len(a) and any(f.person == person for f in a.of(k, "VERB"))


def _subject_end(ctx: Context, start: int) -> tuple[int, str] | None:
    """Where a subject of people or a name opening the clause at start ends, and its
    person."""
    a = ctx.analysis
    np = subject_np(ctx, start)
    people = set(ctx.words["people_job_classes"])
    if np is not None and np.noun.classes & people and np.noun.number in PERSON:
        return np.end, PERSON[np.noun.number]
    if not name_like(a, start):
        return None
    end = name_end(a, start + 1) if a.readings[start] else name_end(a, start)
    return (end, PERSON["s"]) if end > start else None


def doubled_subject(ctx: Context):
    """A subject, then its own pronoun, then the verb: the pronoun is one subject too many."""
    a = ctx.analysis
    for start in range(len(a) - 2):
        if start > 0 and a.at(start - 1) != BOUNDARY and not a.of(start - 1, "CONJ"):
            continue
        if a.at(start - 1) in ctx.words["subordinators"]:
            continue  # «cuando mi hermano…»: read only main clauses
        person = _pronoun_person(ctx, start)
        if person is not None:
            found = (start + 1, person) if a.at(start + 1) == a.at(start) else None
        else:
            found = _subject_end(ctx, start)
        if found is None:
            continue
        k, person = found
        if _pronoun_person(ctx, k) == person and _verb_of(ctx, k + 1, person):
            yield Hit(k, k + 1, None)
