"""Verb forms of the past (preterite «pasé», imperfect «estaba»), read from the lexicon:
verbs.yaml lists the present only, so a step asked or answered in the past («¿con quién la
pasaste?» «la pasé…») gives its verb a person from here, and a slip's fix is made here."""

from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

from langbot.grading.lexicon import lexicon
from langbot.grading.ud_features import NUMBER_LETTERS
from langbot.grading.verbs import PERSONS
from langbot.text import fold

TENSES = {"Past": "past", "Imp": "impf"}  # the lexicon's tense -> the analysis's form


@lru_cache(maxsize=4096)
def past_persons(written: str) -> Mapping[str, frozenset[str]]:
    """A word as written (accents kept): each verb it is a past indicative form of -> the
    persons it can be («pasé»: pasar 1s; «estaba»: estar 1s and 3s)."""
    found: dict[str, set[str]] = {}
    for r in lexicon().readings(written):
        if r.upos in ("VERB", "AUX") and r.mood == "Ind" and r.tense in TENSES:
            if r.person and r.number in NUMBER_LETTERS:
                found.setdefault(r.lemma, set()).add(r.person + NUMBER_LETTERS[r.number])
    return MappingProxyType({lemma: frozenset(people) for lemma, people in found.items()})


def past_form(lemma: str, form: str, written: str, want: str, endings) -> str | None:
    """The form of `lemma` in the same past tense (`form`: past, impf) for the person `want`,
    made by changing the written form's ending for one of a table's (`endings`: tables of six
    endings, yo to ellos) and kept only when the lexicon reads it so; None when none fits."""
    tense = next(t for t, f in TENSES.items() if f == form)
    person, number = want[0], "Sing" if want[1] == "s" else "Plur"
    folded = fold(written.lower())
    for table in endings:
        for ending in table:
            if not folded.endswith(fold(ending)):
                continue
            candidate = written.lower()[: -len(ending)] + table[PERSONS.index(want)]
            for spelling in (candidate, *lexicon().spellings(fold(candidate))):
                for r in lexicon().readings(spelling):
                    if (r.lemma, r.tense, r.mood, r.person, r.number) == (
                        lemma,
                        tense,
                        "Ind",
                        person,
                        number,
                    ):
                        return spelling
    return None
