"""Readings for frequent forms whose shape, or a hand-made list, says what they are
(generation time only; scripts/generate_lexicon.py adds them after every dictionary).

- numeral: Roman numerals of i, v and x (xviii: NUM, as UD tags «XVIII») and ordinals written
  with digits (1º, 2da, 3er: ADJ, as UD tags «3er»), gender from the ending;
- abbreviation, chat: scripts/short_forms.yaml, hand-made: an abbreviation, acronym, chat
  spelling or clipping with the standard form it stands for and that form's readings;
- names: the capitalised one-word entries of the Hunspell Spanish dictionary (RLA-ES es_ES,
  as packaged in github.com/wooorm/dictionaries `dictionaries/es`; GPL-3.0, LGPL-3.0 or
  MPL-1.1, used here under LGPL-3.0) as PROPN: Irak, Mallorca, Nietzsche;
- pronouns attached where the first pass missed them: the cluster tried at every split
  (cállate: calla + te, not cál + la + te), and to verbs FreeLing alone gives (suicidarse).

A form no source and no rule here knows stays unknown.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

import yaml
from lexicon_sources import UNACCENT
from pydantic import BaseModel, ConfigDict, model_validator

from langbot.grading.lexicon import Upos

TOP = 30_000  # the forms they are made for: the frequent ones (generate_lexicon.TOP)
SHORT_FORMS = Path(__file__).with_name("short_forms.yaml")
HUNSPELL_DIC = "dictionaries/es/index.dic"
ROMAN = re.compile(r"x{0,3}(?:ix|iv|v?i{0,3})")
# ordinal endings after digits: the ordinal word's last letters, or º/ª, o/a alone
ORDINAL = re.compile(r"(\d+)(º|ª|o|a|er|ro|ra|do|da|to|ta|mo|ma|vo|va|no|na)")
ORDINAL_WORDS = {
    "1": ("er", "ro", "ra"), "2": ("do", "da"), "3": ("er", "ro", "ra"), "4": ("to", "ta"),
    "5": ("to", "ta"), "6": ("to", "ta"), "7": ("mo", "ma"), "8": ("vo", "va"),
    "9": ("no", "na"), "10": ("mo", "ma"),
}  # fmt: skip
CLITIC = r"(?:me|te|se|nos|os|lo|la|los|las|le|les)"


class ShortForm(BaseModel):
    """One hand-made entry: a short form and the standard form it stands for."""

    model_config = ConfigDict(extra="forbid")

    form: str
    kind: Literal["abbreviation", "chat"]
    means: str
    like: list[str] = []
    upos: Upos | None = None
    gender: Literal["Masc", "Fem", "Com"] | None = None
    number: Literal["Sing", "Plur"] | None = None

    @model_validator(mode="after")
    def _reading_given(self) -> ShortForm:
        if not self.like and not self.upos:
            raise ValueError(f"{self.form}: give `like` (forms) or `upos`")
        if self.upos == "NOUN" and not self.like and not self.gender:
            raise ValueError(f"{self.form}: a noun needs its gender")
        return self


class ShortForms(BaseModel):
    """The file: its entries."""

    model_config = ConfigDict(extra="forbid")

    entries: list[ShortForm]


def numerals(missing: set[str]) -> Iterator[tuple[str, str, str, dict]]:
    """(form, upos, lemma, feats): Roman numerals of two letters or more (NUM) and ordinals
    written with digits (ADJ, singular, masculine or feminine by their ending)."""
    for form in sorted(missing):
        if len(form) > 1 and ROMAN.fullmatch(form):
            yield form, "NUM", form, {}
        match = ORDINAL.fullmatch(form)
        if not match:
            continue
        digits, ending = match.groups()
        if len(ending) == 2 and ending not in ORDINAL_WORDS.get(digits, ()):
            continue  # «2er» is no ordinal's ending
        gender = "Fem" if ending[-1] in "aª" else "Masc"
        yield form, "ADJ", form, {"gender": gender, "number": "Sing"}


def short_forms(table: dict, missing: set[str], path: Path = SHORT_FORMS):
    """(form, upos, lemma, feats, source) for the hand-made entries still missing."""
    data = ShortForms.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    for entry in data.entries:
        if entry.form not in missing:
            continue
        if not entry.like:
            feats = {k: v for k, v in (("gender", entry.gender), ("number", entry.number)) if v}
            yield entry.form, entry.upos, entry.form, feats, entry.kind
            continue
        for standard in entry.like:
            for upos, lemma, feats in table.get(standard, {}):
                if entry.upos in (None, upos):
                    yield entry.form, upos, lemma, dict(feats), entry.kind


def hunspell_names(missing: set[str]) -> Iterator[tuple[str, str, str, dict]]:
    """(form, PROPN, form, {}) for a missing form that is a capitalised one-word entry of the
    Hunspell dictionary in LANGBOT_HUNSPELL_ES (none when it is not set)."""
    source = os.environ.get("LANGBOT_HUNSPELL_ES")
    if not source:
        print("LANGBOT_HUNSPELL_ES not set: no names from the Hunspell dictionary")
        return
    for line in _read(Path(source), HUNSPELL_DIC).splitlines()[1:]:
        word = line.split("/", 1)[0].strip()
        if re.fullmatch(r"[A-ZÁÉÍÓÚÑ][a-záéíóúüñ]+", word) and word.lower() in missing:
            yield word.lower(), "PROPN", word.lower(), {}


def _read(source: Path, name: str) -> str:
    """A file of a git directory's HEAD, or of a folder."""
    if (source / "HEAD").exists() and not (source / name).exists():
        cmd = ["git", f"--git-dir={source}", "show", f"HEAD:{name}"]
        return subprocess.run(cmd, capture_output=True, check=True, text=True).stdout
    return (source / name).read_text(encoding="utf-8")


def attached_pronouns(table: dict, missing: set[str]):
    """(form, upos, lemma, feats, source): an infinitive, gerund or imperative of the table
    with one or two pronouns attached, tried at every split. An imperative of two syllables
    or more takes a written accent before them (cállate, háblame); without it the form
    is another word (salame) or a vos form (the voseo readings cover those)."""
    for form in sorted(missing):
        for cut in range(len(form) - 2, 1, -1):
            if not re.fullmatch(f"{CLITIC}{CLITIC}?", form[cut:]):
                continue
            found = list(_verb_bases(table, form[:cut]))
            for upos, lemma, feats, source in found:
                yield form, upos, lemma, feats, source
            if found:
                break


def _verb_bases(table: dict, stem: str):
    accented = stem != stem.translate(UNACCENT)
    for base in dict.fromkeys((stem, stem.translate(UNACCENT))):
        for (upos, lemma, feats), source in table.get(base, {}).items():
            f = dict(feats)
            if upos not in ("VERB", "AUX"):
                continue
            if f.get("verbform") in ("Inf", "Ger") and not (f["verbform"] == "Inf" and accented):
                yield upos, lemma, f, source
            elif f.get("mood") == "Imp" and (accented or _syllables(base) == 1):
                yield upos, lemma, f, source


def _syllables(word: str) -> int:
    return len(re.findall(r"[aeiouáéíóú]+", word))


def add_patterns(table: dict, add, missing: set[str]) -> None:
    """Add the readings above for the forms still missing, in this order: attached pronouns,
    numerals, the hand-made list, names from the Hunspell dictionary."""
    for form, upos, lemma, feats, source in list(attached_pronouns(table, missing)):
        add(form, upos, lemma, feats, source)
    for form, upos, lemma, feats in list(numerals(missing - set(table))):
        add(form, upos, lemma, feats, "numeral")
    for form, upos, lemma, feats, source in list(short_forms(table, missing - set(table))):
        add(form, upos, lemma, feats, source)
    for form, upos, lemma, feats in list(hunspell_names(missing - set(table))):
        add(form, upos, lemma, feats, "names")
