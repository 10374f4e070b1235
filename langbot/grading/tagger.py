"""Part of speech in context: a small CRF model over the lexicon's readings.

"como" is a verb in "yo como pan" and a conjunction in "como tú"; "vino" a noun or a verb;
"sobre", "bajo" and "frío" likewise. The model (`data/tagger.crfsuite`) is trained from the UD
Spanish treebank by scripts/train_tagger.py with python-crfsuite and checked in, with its
weights as text (`data/tagger_weights.tsv.gz`), which `crf.py` reads and runs: nothing is
downloaded at run time, and python-crfsuite is not needed to run. Its features are the word,
its ending, its shape and the parts of speech the lexicon allows for it and its neighbours.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from langbot.errors import LexiconError
from langbot.grading.crf import read_crf
from langbot.grading.lexicon import Lexicon, Reading, lexicon

MODEL = Path(__file__).resolve().parent / "data" / "tagger.crfsuite"  # training output
WEIGHTS = Path(__file__).resolve().parent / "data" / "tagger_weights.tsv.gz"  # what runs


def _shape(word: str) -> str:
    if word.isdigit():
        return "digit"
    if not any(c.isalnum() for c in word):
        return "punct"
    if word[:1].isupper():
        return "upper" if word.isupper() and len(word) > 1 else "title"
    return "lower"


# English words (UPOS X, source "foreign") stay unknown to the model: in a Spanish sentence
# they are mostly parts of names («Windows Messenger»), which it reads better from their shape.
TAGGER_IGNORE = frozenset({"foreign"})


def _classes(lex: Lexicon, word: str) -> str:
    """The parts of speech the lexicon allows for a word, '|'-joined ('?' when none)."""
    found = {r.upos for r in lex.readings_folded(word) if r.source not in TAGGER_IGNORE}
    return "|".join(sorted(found)) or "?"


def token_features(
    words: list[str], lex: Lexicon, unseen: frozenset[str] = frozenset()
) -> list[list[str]]:
    """The CRF features of each word: itself, its ending and shape, and its neighbours' classes.

    Words in `unseen` are treated as missing from the lexicon: training hides its rare words
    this way, so the model learns what to do with words the lexicon does not know.
    """
    lowered = [w.lower() for w in words]
    classes = ["?" if w in unseen else _classes(lex, w) for w in lowered]
    out = []
    last = len(words) - 1
    for i, w in enumerate(lowered):
        feats = [
            "b",
            "w=" + w,
            "s2=" + w[-2:],
            "s3=" + w[-3:],
            "s4=" + w[-4:],
            "sh=" + _shape(words[i]),
            "c=" + classes[i],
        ]
        feats += ["l=" + u for u in classes[i].split("|")]
        if i > 0:
            # the word before with each part of speech this one may have: "yo" + a verb reading
            feats += ["-w+l=" + lowered[i - 1] + "/" + u for u in classes[i].split("|")]
            feats += [
                "-w=" + lowered[i - 1],
                "-c=" + classes[i - 1],
                "-c+c=" + classes[i - 1] + "/" + classes[i],
            ]
        else:
            feats.append("bos")
        if i < last:
            feats += [
                "+w=" + lowered[i + 1],
                "+c=" + classes[i + 1],
                "c+c=" + classes[i] + "/" + classes[i + 1],
            ]
        else:
            feats.append("eos")
        if i > 1:
            feats.append("--c=" + classes[i - 2])
        if i < last - 1:
            feats.append("++c=" + classes[i + 2])
        out.append(feats)
    return out


def _subject(readings: tuple[Reading, ...], tag: str) -> set[tuple[str, str]]:
    """The (person, number) pairs a word tagged `tag` can give a verb after it."""
    if tag == "PRON":
        return {
            (r.person, r.number) for r in readings if r.upos == "PRON" and r.person and r.number
        }
    if tag in ("NOUN", "PROPN"):
        numbers = {r.number for r in readings if r.upos == tag and r.number} or {"Sing"}
        return {("3", n) for n in numbers}
    return set()


NOUN_SUBJECT_ODDS = 0.01  # after a noun, the model must give the verb reading this much


def agree_subject_verb(
    words: list[str], tags: list[str], lex: Lexicon, verb_odds: list[float]
) -> list[str]:
    """A form read as a noun or particle that can be a finite indicative verb agreeing with the
    pronoun just before it is that verb ("yo como"); after a noun, only when the model gives
    the verb reading some weight ("mi padre vino", not "la oportunidad para").

    The treebank the model learns from is news, where first persons and such sentences are
    rare; a learner's answer is full of them. The rule reads only the lexicon's features.
    """
    out = list(tags)
    for i in range(1, len(words)):
        if out[i] in ("VERB", "AUX"):
            continue
        subject = _subject(lex.readings_folded(words[i - 1]), out[i - 1])
        if not subject or (out[i - 1] != "PRON" and verb_odds[i] < NOUN_SUBJECT_ODDS):
            continue
        verbs = [
            r
            for r in lex.readings_folded(words[i])
            if r.upos in ("VERB", "AUX") and r.verbform == "Fin" and r.mood == "Ind"
            and (r.person, r.number) in subject
        ]  # fmt: skip
        if verbs:
            out[i] = "VERB" if any(r.upos == "VERB" for r in verbs) else "AUX"
    return out


class Tagged(NamedTuple):
    """A word with its part of speech in context and the lexicon's readings that fit it."""

    word: str
    upos: str
    readings: tuple[Reading, ...]


class Tagger:
    """Tags a sentence's words with their UPOS in context."""

    def __init__(self, model: Path, lex: Lexicon):
        self._lex = lex
        self._crf = read_crf(model)
        if not self._crf.labels:
            raise LexiconError(f"{model}: the model has no labels")
        self._verb = self._crf.labels.index("VERB") if "VERB" in self._crf.labels else None

    def tag(self, words: list[str]) -> list[str]:
        """The UPOS of each word, in context."""
        if not words:
            return []
        tags, marginals = self._crf.tag(token_features(words, self._lex))
        verb_odds = [0.0] * len(words) if self._verb is None else marginals[:, self._verb].tolist()
        return agree_subject_verb(words, tags, self._lex, verb_odds)

    def analyse(self, words: list[str]) -> list[Tagged]:
        """Each word with its tag and the readings that have that tag (all readings if none do)."""
        out = []
        for word, upos in zip(words, self.tag(words), strict=True):
            readings = self._lex.readings_folded(word)
            fitting = tuple(r for r in readings if r.upos == upos) or readings
            out.append(Tagged(word, upos, fitting))
        return out


_LOADING = threading.Lock()


def tagger() -> Tagger:
    """The shipped tagger over the shipped lexicon, loaded once."""
    with _LOADING:
        return _shipped()


@lru_cache(maxsize=1)
def _shipped() -> Tagger:
    return Tagger(WEIGHTS, lexicon())
