"""The lexicon's sources besides the treebank: vocabulary, verbecc, derived forms, suffixes.

Used by scripts/generate_lexicon.py only (generation time).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import yaml
from generate_verb_forms import MODELS, _swap_stem

from langbot.grading.vocabulary import load_vocabulary

ROOT = Path(__file__).resolve().parent.parent
GENDER = {"m": "Masc", "f": "Fem", None: "Com"}
NUMBER = {"s": "Sing", "p": "Plur"}
PERSONS = {
    "yo": ("1", "Sing"),
    "tú": ("2", "Sing"),
    "él": ("3", "Sing"),
    "nosotros": ("1", "Plur"),
    "vosotros": ("2", "Plur"),
    "ellos": ("3", "Plur"),
}
IMPERATIVE = {**PERSONS, "usted": ("3", "Sing"), "ustedes": ("3", "Plur")}
TENSES = {
    ("indicativo", "presente"): ("Ind", "Pres"),
    ("indicativo", "pretérito-imperfecto"): ("Ind", "Imp"),
    ("indicativo", "pretérito-perfecto-simple"): ("Ind", "Past"),
    ("indicativo", "futuro"): ("Ind", "Fut"),
    ("condicional", "presente"): ("Cnd", None),
    ("subjuntivo", "presente"): ("Sub", "Pres"),
    ("subjuntivo", "pretérito-imperfecto-1"): ("Sub", "Imp"),
    ("subjuntivo", "pretérito-imperfecto-2"): ("Sub", "Imp"),
    ("subjuntivo", "futuro"): ("Sub", "Fut"),
}
AUXILIARIES = {"ser", "estar", "haber"}


def verbecc_verbs() -> Path:
    """verbecc's list of Spanish verbs (imported only when the lexicon is generated)."""
    return Path(__import__("verbecc").__file__).parent / "data" / "xml" / "verbs" / "verbs-es.xml"


def vocabulary_readings():
    """(form, upos, lemma, feats) for every noun and adjective form in the lesson vocabulary."""
    voc = load_vocabulary()
    seen = set()
    for noun in voc.nouns.values():
        if " " in noun.lemma or noun.lemma in seen:
            continue
        seen.add(noun.lemma)
        gender = GENDER[noun.gender]
        plural = voc._noun_plurals.get(noun.lemma)
        if noun.number is None:  # lunes, paraguas: one form for both
            yield noun.lemma, "NOUN", noun.lemma, {"gender": gender}
            continue
        if noun.number == "p":  # gafas, rebajas: plural only, no singular in use
            yield noun.lemma, "NOUN", noun.lemma, {"gender": gender, "number": "Plur"}
            continue
        yield noun.lemma, "NOUN", noun.lemma, {"gender": gender, "number": "Sing"}
        if plural and " " not in plural:
            yield plural, "NOUN", noun.lemma, {"gender": gender, "number": "Plur"}
    lemmas = {a.lemma for a in voc.adjectives.values() if " " not in a.lemma}
    for lemma in sorted(lemmas):
        key = unicodedata.normalize("NFC", lemma)
        folded = voc_fold(key)
        for g in ("m", "f", None):
            for n in ("s", "p"):
                form = voc.adjective_form(folded, g, n)
                if form and " " not in form:
                    yield form, "ADJ", lemma, {"gender": GENDER[g], "number": NUMBER[n]}


def voc_fold(word: str) -> str:
    """The vocabulary's folded key for a word."""
    from langbot.grading.vocabulary import squash  # noqa: PLC0415

    return squash(word)


def verbecc_infinitives() -> set[str]:
    """The verbs verbecc has a conjugation template for."""
    text = verbecc_verbs().read_text(encoding="utf-8")
    return set(re.findall(r"<i>([^<]+)</i>", text))


def _cells(moods: dict, mood: str, tense: str) -> list[tuple[str | None, list[str]]]:
    return [(c.get("pr"), c["c"]) for c in moods.get(mood, {}).get(tense, [])]


def conjugations(conjugator, verb: str) -> list[tuple[str, dict]]:
    """(form, feats) for a verb's simple tenses, imperatives and non-finite forms."""
    if verb in MODELS:
        return [
            (_swap_stem(f, MODELS[verb], verb), x)
            for f, x in conjugations(conjugator, MODELS[verb])
        ]
    moods = json.loads(str(conjugator.conjugate(verb, conjugate_pronouns=False)))["moods"]
    out: list[tuple[str, dict]] = [(verb, {"verbform": "Inf"})]
    for (mood, tense), (m, t) in TENSES.items():
        for pronoun, forms in _cells(moods, mood, tense):
            if pronoun in PERSONS:
                person, number = PERSONS[pronoun]
                feats = {"mood": m, "number": number, "person": person, "verbform": "Fin"}
                if t:
                    feats["tense"] = t
                out += [(f.strip(), feats) for f in forms]
    for pronoun, forms in _cells(moods, "imperativo", "afirmativo"):
        if pronoun in IMPERATIVE:
            person, number = IMPERATIVE[pronoun]
            feats = {"mood": "Imp", "number": number, "person": person, "verbform": "Fin"}
            out += [(f.strip(), feats) for f in forms]
    for _p, forms in _cells(moods, "gerundio", "gerundio"):
        out += [(f.strip(), {"verbform": "Ger"}) for f in forms]
    for _p, forms in _cells(moods, "participo", "participo"):
        for f in forms:
            f = f.strip()
            out.append((f, {"verbform": "Part", "gender": "Masc", "number": "Sing"}))
            if f.endswith("o"):
                for end, g, n in (
                    ("a", "Fem", "Sing"),
                    ("os", "Masc", "Plur"),
                    ("as", "Fem", "Plur"),
                ):
                    out.append((f[:-1] + end, {"verbform": "Part", "gender": g, "number": n}))
    return out


VOWEL = "[aeiouáéíóú]"


def _impersonal(verb: str, forms: list[tuple[str, dict]]) -> list[tuple[str, dict]]:
    """The forms less the cells a weather verb's template (helar, llover) fills with its bare
    stem (h) for the persons it lacks."""
    return [(f, x) for f, x in forms if not (verb.startswith(f) and not re.search(VOWEL, f))]


def _sane(forms: list[tuple[str, dict]], impersonal: bool = False) -> bool:
    """verbecc's template is usable: one-word forms, and a first person present that looks right
    (an impersonal verb's template may have none)."""
    yo = [f for f, x in forms if x.get("person") == "1" and x.get("tense") == "Pres"
          and x.get("mood") == "Ind" and x.get("number") == "Sing"]  # fmt: skip
    words = all(re.fullmatch(r"[a-záéíóúüñ]+", f) for f, _x in forms)
    return (
        words and (bool(yo) or impersonal) and all(f.endswith(("o", "oy", "é", "he")) for f in yo)
    )


def lesson_verbs() -> set[str]:
    """The infinitives verbs.yaml lists (reflexives as their base verb)."""
    yaml_verbs = yaml.safe_load((ROOT / "langbot/grading/data/verbs.yaml").read_text())["verbs"]
    return {v[:-2] if v.endswith("se") and v != "ser" else v for v in yaml_verbs}


def verb_readings(conjugator, verbs: list[str]):
    """(form, upos, lemma, feats) for every form of the given verbs."""
    skipped = []
    for verb in verbs:
        try:
            forms = conjugations(conjugator, verb)
        except Exception:  # noqa: BLE001 - verbecc fails on a few templates: leave the verb out
            skipped.append(verb)
            continue
        kept = _impersonal(verb, forms)
        if not _sane(kept, impersonal=len(kept) < len(forms)):
            skipped.append(verb)
            continue
        for form, feats in kept:
            yield form, "VERB", verb, feats
            if verb in AUXILIARIES:
                yield form, "AUX", verb, feats
    print(f"verbecc: {len(verbs)} verbs conjugated, {len(skipped)} left out: {skipped[:30]}")


PLURAL_STRESS = str.maketrans("áéíóú", "aeiou")


def plural(word: str) -> str:
    """The regular plural of a noun or adjective (casa/casas, canción/canciones, luz/luces)."""
    if word.endswith("z"):
        return word[:-1] + "ces"
    if word[-1] in "aeiouáéó":
        return word + "s"
    if word.endswith("s"):
        return word
    if re.search(r"[áéíóú][nsl]$", word):
        return word[:-2] + word[-2].translate(PLURAL_STRESS) + word[-1] + "es"
    return word + "es"


ACCENT = str.maketrans("aeiou", "áéíóú")


def plurals(word: str, known_forms: set[str]) -> list[str]:
    """The word's plural when the frequency list has it: the regular one, or that one with
    the accent a new syllable needs (imagen: imágenes, joven: jóvenes)."""
    p = plural(word)
    if p == word:
        return []
    if p in known_forms:
        return [p]
    if re.search(r"[áéíóú]", p):
        return []
    vowels = [i for i, c in enumerate(p) if c in "aeiou"]
    if len(vowels) < 3:
        return []
    i = vowels[-3]  # the third vowel from the end: a word stressed on it takes the accent
    accented = p[:i] + p[i].translate(ACCENT) + p[i + 1 :]
    return [accented] if accented in known_forms else []


def derived_forms(table: dict, known_forms: set[str]):
    """The plural of a UD noun or adjective in the singular (and back), when it is a real form."""
    for form, readings in list(table.items()):
        for upos, lemma, feats in readings:
            f = dict(feats)
            if upos in ("NOUN", "ADJ") and f.get("number") == "Sing" and f.get("gender"):
                for p in plurals(form, known_forms):
                    yield p, upos, lemma, {**f, "number": "Plur"}
    for form, readings in list(table.items()):
        for upos, lemma, feats in readings:
            f = dict(feats)
            if upos in ("NOUN", "ADJ") and f.get("number") == "Plur" and f.get("gender"):
                if lemma in known_forms and form in (plural(lemma), *plurals(lemma, {form})):
                    yield lemma, upos, lemma, {**f, "number": "Sing"}


def suffix_guesses(table: dict, missing: list[str]) -> dict[str, tuple]:
    """A reading for a frequent form no source has, when every lexicon form with its ending agrees."""
    by_suffix: dict[str, Counter] = defaultdict(Counter)
    for form, readings in table.items():
        if len(readings) != 1 or len(form) < 6:
            continue
        (upos, lemma, feats), _source = next(iter(readings.items()))
        if upos in ("PROPN", "NUM") or not form.startswith(lemma[:3]):
            continue
        shape = (upos, lemma_ending(form, lemma), feats)
        for n in (3, 4, 5):
            by_suffix[form[-n:]][shape] += 1
    guesses = {}
    for form in missing:
        if len(form) < 6 or not re.fullmatch(r"[a-záéíóúüñ]+", form):
            continue
        for n in (5, 4, 3):
            counts = by_suffix.get(form[-n:])
            if not counts:
                continue
            (upos, (cut, add), feats), best = counts.most_common(1)[0]
            total = sum(counts.values())
            if total >= 20 and best / total >= 0.9:
                lemma = (form[: len(form) - cut] if cut else form) + add
                guesses[form] = (upos, lemma, dict(feats))
            break
    return guesses


def lemma_ending(form: str, lemma: str) -> tuple[int, str]:
    """How a lemma is made from its form: letters cut from the end and letters added."""
    common = 0
    while common < min(len(form), len(lemma)) and form[common] == lemma[common]:
        common += 1
    return len(form) - common, lemma[common:]


def complete_gender(table: dict) -> int:
    """Nouns without gender take their lemma's; those still without one are left out (counted)."""
    lemma_gender: dict[str, Counter] = defaultdict(Counter)
    for readings in table.values():
        for upos, lemma, feats in readings:
            gender = dict(feats).get("gender")
            if upos == "NOUN" and gender:
                lemma_gender[lemma][gender] += 1
    dropped = 0
    for form in list(table):
        for key in list(table[form]):
            upos, lemma, feats = key
            f = dict(feats)
            if upos != "NOUN" or f.get("gender"):
                continue
            source = table[form].pop(key)
            genders = lemma_gender.get(lemma)
            if genders:
                gender = "Com" if len(genders) > 1 else next(iter(genders))
                table[form].setdefault(
                    (upos, lemma, tuple(sorted({**f, "gender": gender}.items()))), source
                )
            else:
                dropped += 1
        if not table[form]:
            del table[form]
    return dropped


CLITICS = re.compile(
    r"(me|te|se|nos|os|lo|la|los|las|le|les)(me|te|se|nos|os|lo|la|los|las|le|les)?$"
)
UNACCENT = str.maketrans("áéíóú", "aeiou")
STRESS = str.maketrans("aeiou", "áéíóú")


def with_clitics(table: dict, missing: list[str]):
    """Readings of an infinitive, gerund or imperative with pronouns attached (dejarla, dímelo,
    decime)."""
    for form in missing:
        match = CLITICS.search(form)
        if not match or match.start() < 2:
            continue
        stem = form[: match.start()]
        # the vos imperative loses its accent before a pronoun: decí + me = decime
        stressed = stem[:-1] + stem[-1].translate(STRESS)
        for base in dict.fromkeys((stem, stem.translate(UNACCENT), stressed)):
            found = [
                (upos, lemma, feats)
                for (upos, lemma, feats) in table.get(base, {})
                if upos in ("VERB", "AUX")
                and dict(feats).get("verbform") in ("Inf", "Ger")
                or upos in ("VERB", "AUX")
                and dict(feats).get("mood") == "Imp"
            ]
            for upos, lemma, feats in found:
                yield form, upos, lemma, dict(feats)
            if found:
                break


def infinitive_candidates(
    conjugator, missing: list[str], known: set[str], done: set[str]
) -> set[str]:
    """Verbs verbecc knows whose regular forms would include a missing form (consultó: consultar)."""
    endings: set[tuple[str, str]] = set()
    for model, stem in (("hablar", "habl"), ("comer", "com"), ("vivir", "viv")):
        for form, _feats in conjugations(conjugator, model):
            if form.startswith(stem):
                endings.add((form[len(stem) :], model[-2:]))
    found = set()
    for form in missing:
        match = CLITICS.search(form)
        words = [form] + ([form[: match.start()]] if match and match.start() > 2 else [])
        for word in words:
            for suffix, end in endings:
                if suffix and word.endswith(suffix) and len(word) > len(suffix) + 1:
                    candidate = word[: len(word) - len(suffix)] + end
                    if candidate in known and candidate not in done:
                        found.add(candidate)
    return found


# The lesson vocabulary's function-word lists, by the part of speech their words take when
# no other source knows them (usted, conmigo, cuántos are rare in the treebank's news).
FUNCTION_UPOS = {
    "articles": "DET",
    "prepositions": "ADP",
    "conjunctions": "CCONJ",
    "pronouns_subject": "PRON",
    "pronouns_object": "PRON",
    "pronouns_reflexive": "PRON",
    "possessives": "DET",
    "demonstratives": "PRON",
    "adverbs": "ADV",
    "quantifiers": "DET",
    "question_words": "PRON",
    "numbers": "NUM",
    "fillers": "INTJ",
}
NUMBER_ENDINGS = (
    ("as", "Fem", "Plur"),
    ("os", "Masc", "Plur"),
    ("a", "Fem", "Sing"),
    ("o", "Masc", "Sing"),
)


def _gendered(word: str, words: set[str]) -> dict:
    """Gender and number from the ending, when the list also has the other gender's form."""
    swap = {"as": "os", "os": "as", "a": "o", "o": "a"}
    for end, gender, number in NUMBER_ENDINGS:
        if word.endswith(end) and word[: -len(end)] + swap[end] in words:
            return {"gender": gender, "number": number}
    return {}


def function_word_readings(table: dict):
    """(form, upos, lemma, feats) for the vocabulary's one-word function words no source has."""
    path = ROOT / "lessons" / "vocabulary" / "function_words.yaml"
    lists = yaml.safe_load(path.read_text(encoding="utf-8"))
    seen = set()
    for name, upos in FUNCTION_UPOS.items():
        words = {str(w).lower() for w in lists.get(name, [])}
        for word in sorted(words):
            if " " in word or word in table or (word, upos) in seen:
                continue
            seen.add((word, upos))
            yield word, upos, word, _gendered(word, words) if upos in ("DET", "PRON") else {}
