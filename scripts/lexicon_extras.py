"""The lexicon's readings for frequent forms the dictionaries leave out (generation time only).

- voseo: the present and the imperative of *vos* (tenés, querés, decí), from verbecc's forms;
- diminutives in -ito/-ita (poquito, abuelita, cafecito) of a noun, adjective or adverb the
  lexicon already has, with that word's features (not in -illo: mostly towns, surnames and
  set words such as natillas);
- laughter (jajaja, jejeje): a repeated interjection of FreeLing's dictionary (ja, je);
- names: PROPN from the first names, last names, countries, regions and towns that the
  Faker package (MIT, generation time only) lists for Spanish- and English-speaking locales,
  and the towns of its world list (geo);
- English: X (UD's reading of a foreign word) for a form that pyspellchecker's English list
  (MIT; OpenSubtitles) uses more often than its Spanish one;
- then scripts/lexicon_patterns.py's readings for the 30,000 most frequent forms, and the
  names (four letters or more) of more of Faker's locales (FAKER_MORE_LOCALES).

Only forms of wordfreq's list that no other source gives are added (voseo: any form no other
source gives). Names and English words are not Spanish words: the grader's rules never read
them (langbot/grading/lexicon.py, NOT_SPANISH); the tagger does.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from collections.abc import Iterator

from freeling_source import freeling_readings
from lexicon_patterns import TOP, add_patterns
from lexicon_sources import with_clitics

from langbot.text import fold

LETTERS = re.compile(r"[a-záéíóúüñàèìòùäëïöç]+")
ACCENT = str.maketrans("aeiou", "áéíóú")
UNACCENT = str.maketrans("áéíóú", "aeiou")
VOWELS = "aeiouáéíóú"

# Faker's lists, by locale and attribute: names of people and places
FAKER_LOCALES = ("es_ES", "es_MX", "es_AR", "es_CO", "es_CL", "es_CA", "en_US", "en_GB")
# more locales with names in Latin letters, for the frequent forms only (four letters or more:
# their shorter parts are mostly abbreviations in Spanish text)
FAKER_MORE_LOCALES = (
    "en", "en_AU", "en_CA", "en_IE", "en_NZ", "fr_FR", "fr_CA", "de_DE", "de_AT", "it_IT",
    "pt_BR", "pt_PT", "nl_NL", "sv_SE", "da_DK", "fi_FI", "pl_PL",
)  # fmt: skip
FAKER_LISTS = {
    "person": ("first_names", "first_names_male", "first_names_female", "last_names"),
    "address": (
        "countries", "states", "regions", "provinces", "municipalities", "departments",
        "communes", "cities", "city_names",
    ),
}  # fmt: skip


def _words(values, shortest: int = 3) -> Iterator[str]:
    """The single words of a list of names (keys of a weighted dict)."""
    for value in values:
        if isinstance(value, tuple):  # (code, name): Colombia's municipalities
            yield from _words((v for v in value if isinstance(v, str)), shortest)
            continue
        for word in re.split(r"[\s\-/().,]+", str(value).lower()):
            # not «li», «ma»: initials, syllables
            if len(word) >= shortest and LETTERS.fullmatch(word):
                yield word


def faker_names(locales: tuple[str, ...] = FAKER_LOCALES, shortest: int = 3) -> set[str]:
    """Every one-word part of the names Faker lists for the locales (and its world towns)."""
    found: set[str] = set()
    for locale in locales:
        for kind, attributes in FAKER_LISTS.items():
            try:
                provider = importlib.import_module(f"faker.providers.{kind}.{locale}").Provider
            except ModuleNotFoundError:
                continue
            for name in attributes:
                values = getattr(provider, name, ())
                if isinstance(values, (list, tuple, dict)):
                    found.update(_words(values, shortest))
    geo = importlib.import_module("faker.providers.geo").Provider
    found.update(_words(place[2] for place in geo.land_coords))  # (lat, lon, town, ...)
    return found


def english_words(spanish_table: dict) -> dict[str, float]:
    """Forms pyspellchecker's English list uses more often than its Spanish list, with their
    relative English frequency (words under one in a million left out)."""
    from spellchecker import SpellChecker  # noqa: PLC0415

    def relative(language: str) -> dict[str, float]:
        counts = SpellChecker(language=language, distance=1).word_frequency.dictionary
        total = sum(counts.values())
        return {w: c / total for w, c in counts.items()}

    english, spanish = relative("en"), relative("es")
    return {
        w: f
        for w, f in english.items()
        if f >= 1e-6 and f > spanish.get(w, 0.0) and w not in spanish_table
    }


def voseo(table: dict) -> Iterator[tuple[str, str, str, dict]]:
    """(form, upos, lemma, feats) for the vos forms of the lexicon's verbs that no source
    gives: the present from the vosotros present without its i (habláis: hablás, sois: sos),
    the imperative from the infinitive without its r, stressed (hablá, comé, decí);
    one-syllable infinitives have none (ir, ver, dar)."""
    for form, readings in list(table.items()):
        for upos, lemma, feats in readings:
            f = dict(feats)
            if upos not in ("VERB", "AUX"):
                continue
            if (f.get("mood"), f.get("tense"), f.get("person"), f.get("number")) == (
                "Ind", "Pres", "2", "Plur",
            ):  # fmt: skip
                vos = re.sub(r"([áéo])is$", r"\1s", form)
                if vos != form:
                    yield vos, upos, lemma, {**f, "number": "Sing"}
            stem = form[:-1]
            if f.get("verbform") == "Inf" and form == lemma and form.endswith(("ar", "er", "ir")):
                if sum(c in VOWELS for c in stem) > 1 and LETTERS.fullmatch(form):
                    imperative = stem[:-1] + stem[-1].translate(ACCENT)
                    feats_imp = {"mood": "Imp", "number": "Sing", "person": "2", "verbform": "Fin"}
                    yield imperative, upos, lemma, feats_imp


def _diminutive_stems(form: str) -> list[tuple[str, str]]:
    """(stem, ending vowel) pairs a diminutive of the form is built on: poco: poqu+o,
    amiga: amigu+a, taza: tac+a, café: cafec+o/a, mujer: mujerc+o/a, luz: lucec+o/a,
    árbol: arbol+o/a."""
    if form[-1] in "oa":
        stem = form[:-1].translate(UNACCENT)
        # one change at the end (taza: tac-, not tac- then taqu-)
        stem = re.sub(r"[cgz]$", lambda m: {"c": "qu", "g": "gu", "z": "c"}[m[0]], stem)
        return [(stem, form[-1])]
    plain = form.translate(UNACCENT)
    if form[-1] in "eénr":
        return [(plain + "c", "o"), (plain + "c", "a")]
    if sum(c in VOWELS for c in plain) == 1:  # luz, sol: lucecita, solecito
        base = re.sub(r"z$", "c", plain)
        return [(base + "ec", "o"), (base + "ec", "a")]
    if plain[-1] in "lszdy":
        base = re.sub(r"z$", "c", plain)
        return [(base, "o"), (base, "a")]
    return []


def diminutives(table: dict, wanted: set[str]) -> Iterator[tuple[str, str, str, dict]]:
    """(form, upos, lemma, feats): the -ito/-ita forms in `wanted` of the lexicon's nouns,
    adjectives and adverbs, with their features (gender from the new ending where the word
    had none of its own: grandecita); the lemma is the diminutive of the lemma."""
    for form, readings in list(table.items()):
        if len(form) < 3 or not LETTERS.fullmatch(form):
            continue
        plural = form.endswith("s") and len(form) > 3
        base = form[:-1] if plural else form
        if plural and base.endswith("e") and base[:-1].endswith(("r", "n", "l", "z", "d")):
            base = base[:-1]  # mujeres: mujer, flores: flor
        for upos, lemma, feats in readings:
            f = dict(feats)
            if upos not in ("NOUN", "ADJ", "ADV") or (upos == "ADV" and plural):
                continue
            if upos != "ADV" and f.get("number") != ("Plur" if plural else "Sing"):
                continue
            for stem, vowel in _diminutive_stems(base):
                gender = f.get("gender")
                if upos != "ADV" and base[-1] not in "oa":
                    if gender in ("Masc", "Fem") and upos == "NOUN":
                        if vowel != ("o" if gender == "Masc" else "a"):
                            continue
                    else:
                        gender = "Masc" if vowel == "o" else "Fem"
                new = stem + "it" + vowel + ("s" if plural else "")
                if new in wanted and new not in table:
                    lemma_vowel = "o" if upos == "ADJ" else vowel
                    new_feats = {**f, "gender": gender} if gender else f
                    yield new, upos, _lemma_diminutive(lemma, lemma_vowel), new_feats


def _lemma_diminutive(lemma: str, vowel: str) -> str:
    """The diminutive of a lemma (abuelo: abuelito, café: cafecito)."""
    if not LETTERS.fullmatch(lemma):
        return lemma
    stems = _diminutive_stems(lemma)
    if not stems:
        return lemma
    stem, own = stems[0]
    return stem + "it" + (own if lemma[-1] in "oa" else vowel)


def laughter(interjections: set[str], wanted: set[str]) -> Iterator[tuple[str, str, str, dict]]:
    """(form, INTJ, lemma, {}) for a wanted form that repeats one two-letter interjection
    of FreeLing's twice or more, with a trailing letter at most (jajaja, jejeje, jajajaj)."""
    for base in sorted(i for i in interjections if len(i) == 2):
        pattern = re.compile(rf"(?:{base}){{2,}}{base[0]}?")
        for form in wanted:
            if pattern.fullmatch(form):
                yield form, "INTJ", base, {}


def symbol_readings(wanted: set[str]) -> Iterator[tuple[str, str, str, dict]]:
    """(form, SYM, form, {}) for a wanted form of one character that Unicode classes as a
    symbol (°, ©, ♪): UD tags them SYM. Emoji are left out: one character beyond U+FFFF
    makes Python hold the whole lexicon four bytes a character, and its load 50 ms slower."""
    for form in wanted:
        if len(form) == 1 and ord(form) <= 0xFFFF and unicodedata.category(form).startswith("S"):
            yield form, "SYM", form, {}


def add_extras(table: dict, add, ranked: list[str]) -> dict[str, int]:
    """Add the readings above for the ranked forms still missing; returns the count by source.

    A form that is another form's spelling without accents (tio: tío, carpio: carpió) is left
    alone: the lexicon finds it through that form, and a name or an English word must not
    hide it."""
    before = {form: set(r) for form, r in table.items()}
    for form, upos, lemma, feats in list(voseo(table)):
        if form not in before:
            add(form, upos, lemma, feats, "voseo")
    unaccented = {fold(form) for form in table}
    wanted = {w for w in ranked if w not in unaccented or w in table}
    english = english_words(before)
    vos = {form: table[form] for form in table if form not in before}
    missing = [w for w in ranked if w in wanted and w not in table and w not in english]
    for form, upos, lemma, feats in list(with_clitics(vos, missing)):
        if not re.search(r"[^nl]os$", form):  # vosotros' «os» never follows a vos imperative
            add(form, upos, lemma, feats, "voseo")  # decime, fijate
    names = faker_names()
    for form, upos, lemma, feats in list(diminutives(table, wanted - names)):
        add(form, upos, lemma, feats, "diminutive")  # not Barranquilla, Murillo
    interjections = {f for f, r in table.items() for (u, _l, _f) in r if u == "INTJ"}
    interjections |= {f for f, upos, _l, _f in freeling_readings(wanted) if upos == "INTJ"}
    missing = {w for w in wanted if w not in table}
    for form, upos, lemma, feats in list(laughter(interjections, missing)):
        add(form, upos, lemma, feats, "derived")
    for form, upos, lemma, feats in list(symbol_readings(missing - set(table))):
        add(form, upos, lemma, feats, "symbol")
    missing = {w for w in wanted if w not in table}
    for form in sorted(missing & names):
        add(form, "PROPN", form, {}, "names")
    for form in sorted(missing & set(english)):
        add(form, "X", form, {}, "foreign")
    frequent = {w for w in ranked[:TOP] if w in wanted}
    add_patterns(table, add, {w for w in frequent if w not in table})
    more_names = faker_names(FAKER_MORE_LOCALES, shortest=4)
    for form in sorted(w for w in frequent & more_names if w not in table):
        add(form, "PROPN", form, {}, "names")
    counts: dict[str, int] = {}
    for form, readings in table.items():
        for key, source in readings.items():
            if key not in before.get(form, set()):
                counts[source] = counts.get(source, 0) + 1
    return counts
