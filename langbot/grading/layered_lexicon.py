"""The lexicon the rules read: the curated knowledge first, then the generated lexicon's
readings as the rules' Features."""

import re

from langbot.grading.accent_fit import WORD_CLASS, fitting
from langbot.grading.analysis import Features, Lexicon
from langbot.grading.lexicon import ATTESTED, RULES_IGNORE
from langbot.grading.near_words import clitic_host
from langbot.grading.ud_features import reading_features
from langbot.text import fold as fold_word

# A verb used at all has its infinitive in the frequency list when one of its forms is this
# common: a form this common whose verb's infinitive is not listed is another word's.
FREQUENT = 10_000
_SEEN_MAX = 20_000  # word forms whose features a LayeredLexicon keeps
# a word of Roman numeral letters, and the readings a numeral has (the treebanks' «Felipe VI»)
_ROMAN = re.compile("[ivxlcdm]+")
_NUMERAL_POS = frozenset({"NUM", "ADJ"})


# the generated readings merged into the curated ones (WORD_CLASS): a noun or adjective where
# the curated readings have neither, a verb where they have none
_CONJUGATED = ATTESTED | {"verbecc"}  # a verb form a treebank or the conjugator gives


def _lacked(reading, have: set[str], blocked: frozenset[str] | None) -> bool:
    """A reading of a part of speech the curated readings lack: a verb where they have none,
    an adjective where they have no noun or adjective, a noun where they have an adjective
    only and the noun is a word of its own (`blocked` None: never; else not a lemma in it)."""
    kind = WORD_CLASS.get(reading.upos)
    if kind is None:
        return False
    if kind in have and reading.upos == "NOUN":
        return blocked is not None and "NOUN" not in have and reading.lemma not in blocked
    return kind not in have


def _other_preterite(reading, found: tuple[Features, ...]) -> bool:
    """An attested preterite of a verb the curated readings are not of («di»: dar, beside
    decir's command): the curated verbs list no preterites, so theirs never stands for it."""
    if reading.upos not in ("VERB", "AUX") or reading.source not in _CONJUGATED:
        return False
    if reading.verbform != "Fin" or reading.tense != "Past":
        return False
    verbs = {fold_word(f.lemma) for f in found if f.pos == "VERB"}
    return bool(verbs) and fold_word(reading.lemma) not in verbs


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
            have = {WORD_CLASS.get(f.pos, f.pos) for f in found} | {f.pos for f in found}
            lemmas = self._own_noun_lemmas(found)
            plurals = (
                self._attested_plurals(lowered or folded, readings) if have == {"VERB"} else []
            )
            preterites = [r for r in readings if _other_preterite(r, found)]
            readings = [r for r in readings if r.source in ATTESTED and _lacked(r, have, lemmas)]
            readings += plurals + preterites
        kept = _without_ghost_commands(self._generated, lowered or folded, readings)
        kept = self._without_unused_verbs(lowered or folded, kept)
        kept = [r for r in kept if not _plural_slip(lowered or folded, r)]
        kept = _without_title_names(kept)
        generated = tuple(reading_features(r) for r in kept if _trusted(r))
        if not found and not generated and len(kept) == len(readings):
            generated = _command_with_pronouns(self._generated, folded)
        return tuple(dict.fromkeys((*found, *generated)))

    def lookup_written(self, folded: str, written: str) -> tuple[Features, ...]:
        """The readings of a word as the learner wrote it: where the curated knowledge lacks
        it, an accent picks that spelling's readings («sabía» a verb, not «sabia»); a verb
        not written in capitals is no Roman numeral («vi»: ver, «Felipe VI»: six)."""
        found = self._cached((folded, written.lower()))
        if written.isupper() or not _ROMAN.fullmatch(folded):
            return found
        if not any(f.pos == "VERB" for f in found):
            return found
        return tuple(f for f in found if f.pos not in _NUMERAL_POS or f.lemma != folded)

    def _cached(self, key: tuple[str, str]) -> tuple[Features, ...]:
        found = self._seen.get(key)
        if found is None:
            if len(self._seen) >= _SEEN_MAX:
                self._seen.clear()
            found = self._seen[key] = self._lookup_written(*key)
        return found

    def _lookup_written(self, folded: str, lowered: str) -> tuple[Features, ...]:
        if lowered == folded:
            found = self._lookup(folded, lowered)
            if any(f.pos == "VERB" for f in found):
                return found
            return tuple(dict.fromkeys((*found, *self._dropped_accent_verbs(folded))))
        readings = [r for r in self._generated.readings(lowered) if _trusted(r)]
        readings = [r for r in readings if not _plural_slip(lowered, r)]
        written = tuple(dict.fromkeys(reading_features(r) for r in readings))
        if written and not self._curated.lookup(folded):
            return written
        fit = fitting(self._lookup(folded, lowered), folded, lowered, written) or written
        return fit or self._misplaced_accent(lowered)

    def _misplaced_accent(self, lowered: str) -> tuple[Features, ...]:
        """The readings of a word whose one written accent is on the wrong vowel («dificíl»,
        «facíl»), when exactly one placement of one accent is a known form: the word it
        misspells, so agreement is still read."""
        plain = "".join(_UNACCENTED.get(c, c) for c in lowered)
        if sum(c in _UNACCENTED for c in lowered) != 1:
            return ()
        known = []
        for i, vowel in enumerate(plain):
            spelled = plain[:i] + _ACCENTED[vowel] + plain[i + 1 :] if vowel in _ACCENTED else ""
            readings = (
                [r for r in self._generated.readings(spelled) if _trusted(r)] if spelled else []
            )
            if spelled != lowered and readings:
                known.append(readings)
        if len(known) != 1:
            return ()
        return tuple(dict.fromkeys(reading_features(r) for r in known[0]))

    def _dropped_accent_verbs(self, folded: str) -> tuple[Features, ...]:
        """The imperfect or conditional readings of a word known as no verb, written with no
        accent, that with one accent is that verb form («sabia»: «sabía», «seria»: «sería»):
        a learner who drops the accent may mean the verb, so no rule reads the adjective alone."""
        if not found_known(self._generated, folded):
            return ()
        out = []
        for i, vowel in enumerate(folded):
            accented = _ACCENTED.get(vowel)
            if accented is None:
                continue
            spelled = folded[:i] + accented + folded[i + 1 :]
            verbs = [r for r in self._generated.readings(spelled) if r.upos in ("VERB", "AUX")]
            found = (reading_features(r) for r in verbs if _trusted(r))
            out += [f for f in found if f.form in _ACCENT_DROPPED]
        return tuple(out)

    def _own_noun_lemmas(self, found: tuple[Features, ...]) -> frozenset[str] | None:
        """The curated lemmas a treebank noun of an adjective's form must not have; None when
        such a noun is the adjective said as a noun: its masculine is a noun too («la
        favorita»: «el favorito»), where «la lista», «la junta» are words of their own
        («listo», «junto» are no nouns)."""
        adjectives = {f.lemma for f in found if f.pos == "ADJ"}
        for lemma in adjectives:
            if any(r.upos == "NOUN" for r in self._generated.readings_folded(fold_word(lemma))):
                return None
        return frozenset(f.lemma for f in found)

    def _attested_plurals(self, form: str, readings) -> list:
        """FreeLing's plural noun readings of a form the curated knowledge reads as a verb
        only, when the treebanks attest its singular as that noun («notas»: «la nota»,
        besides «tú notas»); FreeLing's other nouns of verb forms are mostly ghosts."""
        out = []
        for r in readings:
            if r.upos != "NOUN" or r.source != "freeling" or r.lemma == form:
                continue
            singular = self._generated.readings(r.lemma)
            if any(
                s.upos == "NOUN" and s.source in ATTESTED and s.lemma == r.lemma for s in singular
            ):
                out.append(r)
        return out

    def _without_unused_verbs(self, form: str, readings: list) -> list:
        """The readings less a conjugation table's verb nobody uses on a frequent form: a form
        among the `FREQUENT` commonest whose verb's infinitive is not in the frequency list at
        all is another word's (the names «mateo», «rodrigo», «esteban»: no «matear»)."""
        rank = self._generated.rank(form)
        if not 0 < rank <= FREQUENT:
            return readings
        return [r for r in readings if not self._unused_verb(r)]

    def _unused_verb(self, reading) -> bool:
        if reading.source != "verbecc" or self._generated.rank(reading.lemma):
            return False
        return not any(f.pos == "VERB" for f in self._curated.lookup(fold_word(reading.lemma)))


_ACCENTED = dict(zip("aeiou", "áéíóú", strict=True))
_UNACCENTED = {accented: vowel for vowel, accented in _ACCENTED.items()}
# the tenses whose accent a learner drops onto another word: the imperfect and conditional
# in -ía (sabía, sería); not a preterite («bancó» would make «la banco» a verb)
_ACCENT_DROPPED = frozenset({"impf", "cond"})


def found_known(generated, folded: str) -> bool:
    """The form is known as written (not only as an accented spelling it folds)."""
    return generated.spellings(folded) == (folded,)


def _trusted(reading) -> bool:
    """A reading the rules read: never a name, an English word, a symbol…, nor a guess from
    a word's ending, but for an adverb (every such guess is one in -mente: «sinceramente»)."""
    if reading.source == "suffix":
        return reading.upos == "ADV"
    return reading.source not in RULES_IGNORE


def _plural_slip(form: str, reading) -> bool:
    """A treebank's plural noun on a form not ending in -s or -x («el tabú» read as plural):
    an annotation slip, as no Spanish plural noun ends otherwise."""
    plural = reading.upos == "NOUN" and reading.number == "Plur" and reading.source in ATTESTED
    return plural and not form.endswith(("s", "x"))


def _without_ghost_commands(generated, form: str, readings) -> list:
    """The readings less a command with a pronoun joined («marce» + «lo») when the form is
    commoner than both that command and its verb: its frequency is another word's (the name
    «Marcelo»), so the verb reading is a ghost that would hide the name."""
    rank = generated.rank(form)
    commands = [r for r in readings if r.mood == "Imp"]
    host = clitic_host(fold_word(form)) if rank and commands else None
    if host is None:
        return list(readings)

    def rarer(other: str) -> bool:
        found = generated.rank(other)
        return found == 0 or found > rank

    if not rarer(host):
        return list(readings)
    hosts = {r.lemma for r in generated.readings_folded(host) if r.upos in ("VERB", "AUX")}
    ghosts = {r for r in commands if r.lemma in hosts and rarer(r.lemma)}
    return [r for r in readings if r not in ghosts]


def _command_with_pronouns(generated, folded: str) -> tuple[Features, ...]:
    """A word no source knows that is a command, infinitive or gerund with pronouns joined
    on («dígalo», «métete»): the readings of that verb form."""
    host = clitic_host(folded)
    if host is None:
        return ()
    verbs = [r for r in generated.readings_folded(host) if r.upos in ("VERB", "AUX")]
    kept = [r for r in verbs if r.mood == "Imp" or r.verbform in ("Inf", "Ger")]
    return tuple(dict.fromkeys(reading_features(r) for r in kept if _trusted(r)))


def _without_title_names(readings: list) -> list:
    """Without a name reading (PROPN) of a word that is also a common noun of the same lemma
    and number: the treebank's «la Experiencia», «el Festival» is the noun in a title, and a
    name reading, having no gender, would hide the noun's («un experiencia»)."""
    nouns = {(r.lemma, r.number) for r in readings if r.upos == "NOUN" and r.gender}
    return [r for r in readings if r.upos != "PROPN" or (r.lemma, r.number) not in nouns]
