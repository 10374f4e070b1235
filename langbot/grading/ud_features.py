"""A generated lexicon's reading, in the treebanks' UD features, as the rules' Features."""

from langbot.grading.analysis import Features

_POS = {"PROPN": "NOUN", "AUX": "VERB", "CCONJ": "CONJ", "SCONJ": "CONJ"}
GENDER_LETTERS = {"Masc": "m", "Fem": "f"}  # UD Gender -> the rules' gender letter
NUMBER_LETTERS = {"Sing": "s", "Plur": "p"}  # UD Number -> the number letter of «3s», «3p»
# the imperative is «imp» (habla, hable), the imperfect «impf» (hablaba): tense Imp of the
# indicative; the imperfect subjunctive is «subj», as the present subjunctive
_MOOD = {"Imp": "imp", "Cnd": "cond", "Sub": "subj"}
_TENSE = {"Imp": "impf"}
_VERBFORM = {"Inf": "inf", "Ger": "ger", "Part": "part"}


def reading_features(reading) -> Features:
    """A generated lexicon's reading (UD features) as the rules' Features."""
    form = person = None
    if reading.upos in ("VERB", "AUX"):
        form = _VERBFORM.get(reading.verbform or "")
        if form is None:
            tense = reading.tense or "Pres"
            form = _MOOD.get(reading.mood or "") or _TENSE.get(tense, tense.lower())
        if reading.person and reading.number:
            person = reading.person + NUMBER_LETTERS[reading.number]
    name = reading.upos == "PROPN"  # a name's gender is the named thing's, not the word's
    return Features(
        _POS.get(reading.upos, reading.upos),
        reading.lemma,
        None if name else GENDER_LETTERS.get(reading.gender or ""),
        NUMBER_LETTERS.get(reading.number or "") if reading.upos != "VERB" else None,
        person,
        form,
    )
