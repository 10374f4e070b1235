"""Small readings the rule families share."""

from langbot.grading.analysis import Analysis, Features
from langbot.grading.knowledge import Knowledge
from langbot.grading.verbs import PERSONS


def skip_adverbs(a: Analysis, kb: Knowledge, j: int) -> int:
    """The first token from j that is not an adverb that may sit before a complement."""
    between = kb.lists.adverbs_between
    while j < len(a) and a.at(j) in between:
        j += 1
    return j


def form_for(kb: Knowledge, inf: str, person: str) -> str | None:
    """The present-tense form of a known verb for a person."""
    entry = kb.verbs.entries.get(inf)
    return entry.present[PERSONS.index(person)] if entry else None


def only_verb(a: Analysis, i: int) -> tuple[Features, ...]:
    """Token i's verb readings when it can be nothing else."""
    return a.of(i, "VERB") if a.only(i, "VERB") else ()
