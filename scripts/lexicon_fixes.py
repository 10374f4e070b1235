"""Corrections of the generated lexicon's nouns: hand-made genders and verb + plural noun
compounds (scripts/generate_lexicon.py calls them once every source has been read).

- `scripts/noun_genders.yaml` (pydantic, extra="forbid"): a lemma's gender, for the nouns
  the sources get wrong or give one gender of (chance, azúcar: both articles).
- Compounds of a verb form and a plural noun (rascacielos, lanzallamas, paraguas) are one
  masculine form for both numbers; the treebanks lemmatise them without the -s
  (rascacielo) and give them the gender of the noun inside (lanzallamas Fem).
"""

from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict

GENDERS_FILE = Path(__file__).resolve().parent / "noun_genders.yaml"


class GenderEntry(BaseModel):
    """One lemma and the gender every noun reading of it takes."""

    model_config = ConfigDict(extra="forbid")
    lemma: str
    gender: Literal["Masc", "Fem", "Com"]


class GenderFile(BaseModel):
    """scripts/noun_genders.yaml."""

    model_config = ConfigDict(extra="forbid")
    entries: list[GenderEntry]


def hand_genders(path: Path = GENDERS_FILE) -> dict[str, str]:
    """lemma -> gender from the hand-made file."""
    data = GenderFile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    return {e.lemma: e.gender for e in data.entries}


def _replace(readings: dict, key: tuple, new: dict[str, str]) -> None:
    """Swap one reading's features for new ones, keeping its source."""
    upos, lemma, feats = key
    source = readings.pop(key)
    readings.setdefault((upos, lemma, tuple(sorted(new.items()))), source)


def fix_genders(table: dict, genders: dict[str, str]) -> int:
    """Give the hand-made gender to every noun reading of those lemmas; returns the count."""
    changed = 0
    for readings in table.values():
        for key in list(readings):
            upos, lemma, feats = key
            if upos == "NOUN" and lemma in genders:
                f = dict(feats)
                if f.get("gender") != genders[lemma]:
                    _replace(readings, key, {**f, "gender": genders[lemma]})
                    changed += 1
    return changed


def _is_verb_3sg(readings: dict) -> bool:
    """The form is a present third person singular (rasca, lanza, abre)."""
    return any(
        upos == "VERB"
        and dict(f).get("person") == "3"
        and dict(f).get("number") == "Sing"
        and dict(f).get("tense") == "Pres"
        and dict(f).get("mood") == "Ind"
        for upos, _lemma, f in readings
    )


def _is_plural_noun(readings: dict) -> bool:
    return any(upos == "NOUN" and dict(f).get("number") == "Plur" for upos, _l, f in readings)


def compound(form: str, table: dict) -> bool:
    """A verb form + plural noun written as one word: rasca + cielos, lanza + llamas."""
    for cut in range(4, len(form) - 3):
        head, tail = form[:cut], form[cut:]
        if head in table and tail in table:
            if _is_verb_3sg(table[head]) and _is_plural_noun(table[tail]):
                return True
    return False


def fix_compounds(table: dict, nouns: set[str] = frozenset()) -> list[str]:
    """Noun readings of a -s compound lemmatised without the -s become the form itself,
    masculine, with no number (one form for both, as FreeLing reads paraguas); the forms fixed
    are returned. A plural whose singular is a noun of `nouns` (FreeLing's lemmas:
    cortapisa, remache) is a regular plural, not a compound."""
    fixed = []
    for form, readings in table.items():
        keys = [k for k in readings if k[0] == "NOUN" and form.endswith("s") and k[1] == form[:-1]]
        # a lemma no source has as a form (rascacielo), not a regular plural's (entrevista)
        if not keys or form[:-1] in table or form[:-1] in nouns or not compound(form, table):
            continue
        for key in keys:
            source = readings.pop(key)
            new = {k: v for k, v in key[2] if k != "number"} | {"gender": "Masc"}
            readings.setdefault(("NOUN", form, tuple(sorted(new.items()))), source)
        fixed.append(form)
    return fixed
