"""Readings for frequent forms whose shape, or a hand-made list, says what they are
(generation time only; scripts/generate_lexicon.py adds them after every dictionary).

- numeral: Roman numerals of i, v and x (xviii: NUM, as UD tags «XVIII») and ordinals written
  with digits (1º, 2da, 3er: ADJ, as UD tags «3er»), gender from the ending;
- abbreviation, chat: scripts/short_forms.yaml, hand-made: an abbreviation, acronym, chat
  spelling or clipping with the standard form it stands for and that form's readings;
- names: the capitalised one-word entries of the Hunspell Spanish dictionary (RLA-ES es_ES
  2.8, as packaged in github.com/wooorm/dictionaries `dictionaries/es`, commit 8cfea40;
  GPL-3.0, LGPL-3.0 or MPL-1.1, used here under LGPL-3.0) as PROPN: Irak, Mallorca,
  Nietzsche; and words of four letters or more of place names: pycountry 26.2.16's ISO 3166-2
  subdivisions (LGPL-2.1: Táchira), CLDR's Spanish example cities and its time zones' cities
  (babel 2.18.0, CLDR under the Unicode License v3: Tokio, Caracas);
- superlatives (altísimo: alto) and lengthened interjections (ahhh: ah), from the table;
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
    Hunspell dictionary in LANGBOT_HUNSPELL_ES (a clone or git directory of
    wooorm/dictionaries)."""
    source = os.environ.get("LANGBOT_HUNSPELL_ES")
    if not source:
        raise SystemExit("set LANGBOT_HUNSPELL_ES to a snapshot of wooorm/dictionaries")
    for line in _read(Path(source), HUNSPELL_DIC).splitlines()[1:]:
        word = line.split("/", 1)[0].strip()
        if re.fullmatch(r"[A-ZÁÉÍÓÚÑ][a-záéíóúüñ]+", word) and word.lower() in missing:
            yield word.lower(), "PROPN", word.lower(), {}


def place_names(missing: set[str]) -> Iterator[tuple[str, str, str, dict]]:
    """(form, PROPN, form, {}) for a missing word of four letters or more of a place name:
    the subdivisions of pycountry (ISO 3166-2: Táchira, Cundinamarca), the Spanish names
    of CLDR's example cities (babel: Tokio, Varsovia) and the cities of its time-zone
    names (Caracas, Tegucigalpa)."""
    try:  # generation time only
        import pycountry  # noqa: PLC0415
        from babel import Locale  # noqa: PLC0415
        from babel.core import get_global  # noqa: PLC0415
    except ImportError as e:
        raise SystemExit(f"{e}: pip install babel==2.18.0 pycountry==26.2.16") from e

    places = [s.name for s in pycountry.subdivisions]
    places += [v["city"] for v in Locale("es").time_zones.values() if "city" in v]
    places += [zone.split("/")[-1].replace("_", " ") for zone in get_global("zone_territories")]
    found = {
        word
        for place in places
        for word in re.split(r"[^a-záéíóúüñàèìòùäëïöç]+", place.lower())
        if len(word) > 3
    }
    for form in sorted(found & missing):
        yield form, "PROPN", form, {}


def superlatives(table: dict, missing: set[str]) -> Iterator[tuple[str, str, str, dict]]:
    """(form, upos, lemma, feats): an -ísimo form of an adjective or determiner of the table
    (altísimo: alto, importantísima: importante, muchísimos: muchos, poquísimo: poco), with
    its lemma and features, gender and number from the new ending."""
    for form in sorted(missing):
        match = re.fullmatch(r"(\w+?)ísim([oa])(s?)", form)
        if not match:
            continue
        stem, vowel, plural = match.groups()
        stem = re.sub(r"qu$", "c", re.sub(r"gu$", "g", stem))
        number, gender = ("Plur" if plural else "Sing"), ("Masc" if vowel == "o" else "Fem")
        for base in (stem + vowel + plural, stem + "e" + plural):
            for upos, lemma, feats in table.get(base, {}):
                f = dict(feats)
                if upos in ("ADJ", "DET") and f.get("number", number) == number:
                    yield form, upos, lemma, {**f, "gender": gender, "number": number}


def lengthened(table: dict, missing: set[str]) -> Iterator[tuple[str, str, str, dict]]:
    """(form, INTJ, lemma, {}): an interjection of the table written with a letter three
    times or more, or an h, f or m twice (ahhh: ah, uff: uf, hmmm: hmm)."""
    for form in sorted(missing):
        if not re.search(r"(\w)\1\1|([hfm])\2", form):  # not «soo», «cee»: other words
            continue
        for short in dict.fromkeys(
            (re.sub(r"(\w)\1+", r"\1", form), re.sub(r"(\w)\1+", r"\1\1", form))
        ):
            found = [(u, lemma) for u, lemma, _f in table.get(short, {}) if u == "INTJ"]
            for upos, lemma in found:
                yield form, upos, lemma, {}
            if found:
                break


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
    superlatives, numerals, lengthened interjections, the hand-made list, names from the
    Hunspell dictionary, place names."""
    for form, upos, lemma, feats, source in list(attached_pronouns(table, missing)):
        add(form, upos, lemma, feats, source)
    for form, upos, lemma, feats in list(superlatives(table, missing - set(table))):
        add(form, upos, lemma, feats, "derived")
    for form, upos, lemma, feats in list(numerals(missing - set(table))):
        add(form, upos, lemma, feats, "numeral")
    for form, upos, lemma, feats in list(lengthened(table, missing - set(table))):
        add(form, upos, lemma, feats, "chat")
    for form, upos, lemma, feats, source in list(short_forms(table, missing - set(table))):
        add(form, upos, lemma, feats, source)
    for form, upos, lemma, feats in list(hunspell_names(missing - set(table))):
        add(form, upos, lemma, feats, "names")
    for form, upos, lemma, feats in list(place_names(missing - set(table))):
        add(form, upos, lemma, feats, "names")
