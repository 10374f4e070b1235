"""The lexicon the rules read: the curated knowledge first, then the generated lexicon's
readings as the rules' Features."""

from langbot.grading.analysis import Features, Lexicon
from langbot.grading.lexicon import ATTESTED, RULES_IGNORE

_POS = {"PROPN": "NOUN", "AUX": "VERB", "CCONJ": "CONJ", "SCONJ": "CONJ"}
_GENDER = {"Masc": "m", "Fem": "f"}
_NUMBER = {"Sing": "s", "Plur": "p"}
_MOOD = {"Imp": "imp", "Cnd": "cond", "Sub": "subj"}
_VERBFORM = {"Inf": "inf", "Ger": "ger", "Part": "part"}


def reading_features(reading) -> Features:
    """A generated lexicon's reading (UD features) as the rules' Features."""
    form = person = None
    if reading.upos in ("VERB", "AUX"):
        form = _VERBFORM.get(reading.verbform or "")
        if form is None:
            form = _MOOD.get(reading.mood or "") or (
                "pres" if reading.tense in (None, "Pres") else reading.tense.lower()
            )
        if reading.person and reading.number:
            person = reading.person + _NUMBER[reading.number]
    return Features(
        _POS.get(reading.upos, reading.upos),
        reading.lemma,
        _GENDER.get(reading.gender or ""),
        _NUMBER.get(reading.number or "") if reading.upos != "VERB" else None,
        person,
        form,
    )


_SEEN_MAX = 20_000  # word forms whose features a LayeredLexicon keeps


# the generated readings merged into the curated ones: a noun or adjective where the curated
# readings have neither, a verb where they have none
_CLASS = {"NOUN": "NOMINAL", "ADJ": "NOMINAL", "VERB": "VERB", "AUX": "VERB"}


class LayeredLexicon:
    """The curated knowledge first (it carries word classes), then the generated lexicon's
    noun, adjective and verb readings of a part of speech the curated readings lack («estado»
    a noun besides the participle, «vino» a verb besides the drink); for a word the curated
    knowledge lacks, the generated lexicon alone. Never its guesses from a word's ending or its
    names, English words and symbols (RULES_IGNORE), so an unknown word still gets no reading
    and is never an error."""

    def __init__(self, curated: Lexicon, generated):
        self._curated, self._generated = curated, generated
        # A turn's words are looked up again on every recheck of its recast: the features of
        # the forms seen last are kept (both lexicons are read-only once loaded).
        self._seen: dict[tuple[str, str], tuple[Features, ...]] = {}

    def lookup(self, folded: str) -> tuple[Features, ...]:
        """The readings of one folded word form."""
        return self._cached((folded, folded))

    def _lookup(self, folded: str, lowered: str | None = None) -> tuple[Features, ...]:
        found = self._curated.lookup(folded)
        readings = self._generated.readings_folded(lowered or folded)
        if found:
            have = {_CLASS.get(f.pos, f.pos) for f in found}
            readings = [
                r
                for r in readings
                if r.source in ATTESTED and r.upos in _CLASS and _CLASS[r.upos] not in have
            ]
        generated = (reading_features(r) for r in readings if r.source not in RULES_IGNORE)
        return tuple(dict.fromkeys((*found, *generated)))

    def lookup_written(self, folded: str, written: str) -> tuple[Features, ...]:
        """The readings of a word as the learner wrote it: where the curated knowledge lacks
        it, an accent picks that spelling's readings («sabía» a verb, not «sabia»)."""
        return self._cached((folded, written.lower()))

    def _cached(self, key: tuple[str, str]) -> tuple[Features, ...]:
        found = self._seen.get(key)
        if found is None:
            if len(self._seen) >= _SEEN_MAX:
                self._seen.clear()
            found = self._seen[key] = self._lookup_written(*key)
        return found

    def _lookup_written(self, folded: str, lowered: str) -> tuple[Features, ...]:
        if lowered != folded and not self._curated.lookup(folded):
            readings = [
                r for r in self._generated.readings(lowered) if r.source not in RULES_IGNORE
            ]
            if readings:
                return tuple(dict.fromkeys(reading_features(r) for r in readings))
        return self._lookup(folded, lowered)
