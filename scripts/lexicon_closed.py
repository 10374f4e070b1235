"""Corrections of the generated lexicon's nouns by the closed classes and by number
(scripts/generate_lexicon.py calls them once every source has been read).

- A closed-class word (a determiner, pronoun, preposition or conjunction in the treebanks or
  the lesson vocabulary: «alguna», «mía», «de», «los») is no noun: its noun and name readings
  are a letter's or a musical note's name in FreeLing («la de», «el la»), an annotation slip
  («alguna» NOUN) or the pronoun's use («la mía»), and a rule that reads them as nouns finds
  errors in right Spanish. They are dropped, and the adjective readings of a preposition or
  conjunction too («contra», «mediante»), unless `scripts/closed_nouns.yaml` (hand-made) lists
  the form as a noun in its own right («el sobre», «el este», «la tos»).
- The singular and the plural of one noun have the same genders: «el cura» and «la cura»
  make «los curas» and «las curas», «el papa» and «la papa» «los papas» and «las papas».
  A plural (or singular) lacking a gender its other number has takes it.
"""

from collections import Counter
from pathlib import Path

import yaml
from common_gender import MIN_EACH, MIN_SHARE
from lexicon_sources import plural
from pydantic import BaseModel, ConfigDict

NOUNS_FILE = Path(__file__).resolve().parent / "closed_nouns.yaml"
CLOSED = frozenset({"DET", "PRON", "ADP", "CCONJ", "SCONJ"})
LINKS = frozenset({"ADP", "CCONJ", "SCONJ"})
# the sources whose closed-class readings make a form a function word
FUNCTION_SOURCES = frozenset({"ud", "vocabulary"})
# the sources a noun reading of a function word is dropped from (not the lesson vocabulary)
DROPPED_SOURCES = frozenset({"ud", "freeling", "derived", "cooccurrence"})


class ClosedNouns(BaseModel):
    """scripts/closed_nouns.yaml: function words that are nouns too, and why."""

    model_config = ConfigDict(extra="forbid")
    nouns: dict[str, str]


def closed_nouns(path: Path = NOUNS_FILE) -> frozenset[str]:
    """The function-word forms kept as nouns (hand-made list)."""
    data = ClosedNouns.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    return frozenset(data.nouns)


def function_word(readings: dict) -> set[str]:
    """The closed classes a form's treebank or vocabulary readings give it."""
    return {
        key[0]
        for key, source in readings.items()
        if key[0] in CLOSED and source in FUNCTION_SOURCES
    }


def open_readings(readings: dict, closed: set[str]) -> list[tuple]:
    """The noun and name readings of a function word, and its adjective readings when it
    is only a preposition or conjunction, from the sources that guess them."""
    dropped = {"NOUN", "PROPN"} | ({"ADJ"} if closed <= LINKS else set())
    return [k for k, s in readings.items() if k[0] in dropped and s in DROPPED_SOURCES]


def drop_closed_nouns(table: dict, keep: frozenset[str]) -> dict[str, list[tuple]]:
    """Drop the noun (and a link word's adjective) readings of function words; returns the
    readings dropped, by form."""
    dropped: dict[str, list[tuple]] = {}
    for form, readings in table.items():
        closed = function_word(readings)
        if not closed or form in keep:
            continue
        found = open_readings(readings, closed)
        for key in found:
            del readings[key]
        if found:
            dropped[form] = found
    return dropped


def _nouns(readings: dict) -> dict[tuple, str]:
    return {k: s for k, s in readings.items() if k[0] == "NOUN"}


def _genders(readings: dict, lemma: str) -> set[str]:
    return {dict(k[2]).get("gender") for k in _nouns(readings) if k[1] == lemma}


def evidence(form: str, heads: dict, before: dict) -> Counter:
    """The genders of the determiners that go with a form: the treebanks' DET words whose
    head it is, and the determiners before it in the text (scripts/cooccurrence.py)."""
    counts = Counter(heads.get(form, {}))
    for (gender, _number, _det), n in before.get(form, {}).items():
        counts[gender] += n
    return counts


def attested(gender: str, counts: Counter) -> bool:
    """A gender of a form is no slip: its determiners show it clearly («el cura», «la
    cura»; not «el mano», «las cromosomas», one annotation slip)."""
    return counts[gender] >= MIN_EACH and counts[gender] >= MIN_SHARE * (
        counts["Masc"] + counts["Fem"]
    )


def _other_number(form: str, lemma: str, number: str) -> str | None:
    """The form of the other number of a noun or adjective that is its lemma's own: the
    regular plural of a singular lemma, the lemma of its regular plural (not «amigas»,
    whose lemma «amigo» is another gender's form)."""
    if number == "Sing":
        return plural(form) if form == lemma else None
    return lemma if plural(lemma) == form else None


def _make_common(readings: dict, upos: str, lemma: str) -> bool:
    """Turn a form's masculine and feminine readings of this word into common gender,
    unless it has one already; whether any changed."""
    keys = [k for k in readings if k[0] == upos and k[1] == lemma]
    if any(dict(k[2]).get("gender") == "Com" for k in keys):
        return False
    changed = False
    for key in keys:
        f = dict(key[2])
        if f.get("gender") in ("Masc", "Fem"):
            source = readings.pop(key)
            readings.setdefault(
                (upos, lemma, tuple(sorted({**f, "gender": "Com"}.items()))), source
            )
            changed = True
    return changed


def share_number_genders(table: dict, heads: dict, before: dict) -> list[str]:
    """Give a noun's plural every gender its singular clearly has, and the singular its
    plural's (los curas: el cura), and the plural of a noun or adjective of common gender
    that gender too (los cónyuges, las centrales nucleares); returns the forms changed. `heads` and `before`: the determiner evidence of scripts/common_gender.py."""
    changed = []
    for form in list(table):
        counts = evidence(form, heads, before)
        for key, source in list(table[form].items()):
            upos, lemma, feats = key
            f = dict(feats)
            gender, number = f.get("gender"), f.get("number")
            if upos not in ("NOUN", "ADJ") or number not in ("Sing", "Plur"):
                continue
            other = _other_number(form, lemma, number)
            if other is None or other == form or other not in table:
                continue
            if gender == "Com" and number == "Sing":  # a plural of both may be mixed: no cue
                if _make_common(table[other], upos, lemma):
                    changed.append(other)
                continue
            if upos != "NOUN" or gender not in ("Masc", "Fem"):
                continue
            if not attested(gender, counts):
                continue
            have = _genders(table[other], lemma)
            if not have or have & {gender, "Com"}:
                continue  # no such noun there, or it has this gender already
            want = "Plur" if number == "Sing" else "Sing"
            new = (upos, lemma, tuple(sorted({**f, "number": want}.items())))
            table[other].setdefault(new, source)
            changed.append(other)
    return changed


def gender_disagreements(table: dict, heads: dict, before: dict, least: int = 3) -> list:
    """The count check: noun forms of one gender whose determiners show mostly the other
    (`least` of them or more, two in three), for review (scripts/noun_genders.yaml fixes
    the ones the sources get wrong); (form, gender, counts), most evidence first."""
    found = []
    for form, readings in table.items():
        genders = {dict(k[2]).get("gender") for k in _nouns(readings)} - {None}
        if len(genders) != 1 or not genders <= {"Masc", "Fem"}:
            continue
        gender = genders.pop()
        other = "Fem" if gender == "Masc" else "Masc"
        counts = evidence(form, heads, before)
        if counts[other] >= least and counts[other] >= 2 * counts[gender]:
            found.append((form, gender, dict(counts)))
    return sorted(found, key=lambda row: -sum(row[2].values()))
