"""Small readings the rule families share."""

from functools import lru_cache

from langbot.grading.analysis import Analysis, Features
from langbot.grading.knowledge import Knowledge
from langbot.grading.lexicon import RULES_IGNORE, lexicon
from langbot.grading.near_words import clitic_host
from langbot.grading.verbs import PERSONS
from langbot.text import fold


@lru_cache(maxsize=4)
def folded_adverbs(kb: Knowledge) -> frozenset[str]:
    """The folded one-word adverbs that may sit between a verb and its complement."""
    return frozenset(fold(w) for w in kb.lists.adverbs_between if " " not in w)


def skip_adverbs(a: Analysis, kb: Knowledge, j: int) -> int:
    """The first token from j that is not an adverb that may sit before a complement."""
    between = folded_adverbs(kb)
    while j < len(a) and a.at(j) in between:
        j += 1
    return j


def form_for(kb: Knowledge, inf: str, person: str) -> str | None:
    """The present-tense form of a known verb for a person."""
    entry = kb.verbs.entries.get(inf)
    return entry.present[PERSONS.index(person)] if entry else None


def other_tense(a: Analysis, kb: Knowledge, i: int) -> bool:
    """Token i carries an accent no present form of its verbs has (gritó, not grito)."""
    if not 0 <= i < len(a) or not a.accented(i):
        return False
    written = a.original(i).lower()
    for f in a.of(i, "VERB"):
        entry = kb.verbs.entries.get(f.lemma)
        if entry and written in entry.present:
            return False
    return True


def only_verb(a: Analysis, i: int) -> tuple[Features, ...]:
    """Token i's verb readings when it can be nothing else."""
    return a.of(i, "VERB") if a.only(i, "VERB") else ()


def only_infinitive(a: Analysis, i: int) -> bool:
    """Token i is an infinitive, and else only the noun it makes («ser», «deber»)."""
    verbs = a.of(i, "VERB")
    if not verbs or any(f.form != "inf" for f in verbs):
        return False
    lemmas = {f.lemma for f in verbs}
    return all(f.pos == "VERB" or (f.pos == "NOUN" and f.lemma in lemmas) for f in a.readings[i])


def read_otherwise(ctx, i: int, verbs) -> bool:
    """The word is also another verb («siento»: sentir), a noun or an adjective the lexicon
    knows («quejas», «mudo»), or a command with its pronoun joined on («sentate»)."""
    lemmas = {f.lemma for f in verbs}  # «levantarse» is «levantar» with its pronoun
    if any(
        f.person and not any(f.lemma.startswith(lemma) for lemma in lemmas)
        for f in ctx.analysis.of(i, "VERB")
    ):
        return True
    readings = lexicon().readings_folded(ctx.analysis.at(i))
    if any(r.upos in ("NOUN", "ADJ") and r.source not in RULES_IGNORE for r in readings):
        return True
    return clitic_host(ctx.analysis.at(i)) is not None
