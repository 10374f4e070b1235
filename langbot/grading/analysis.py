"""One analysis of a sentence for the grammar rules: tokens, per-token features from a
lexicon, and a light structure (noun phrases, finite verbs, clauses).

The lexicon is an interface: anything with `lookup(folded) -> tuple[Features, ...]`. The
grader layers `knowledge_lexicon.KnowledgeLexicon` (the vocabulary files, verbs.yaml and the
rules' closed word classes) over the lexicon generated from treebanks (layered_lexicon.py).
A word the lexicon does not know has no features, and no rule may call it an error.
"""

from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple, Protocol

from langbot.grading.readings import Readings
from langbot.grading.tokens import BOUNDARY, Tokens
from langbot.grading.unaccented_pronouns import pronoun_readings
from langbot.text import has_accent

_TU = frozenset({"2s", "2p"})  # the persons of a tú or vosotros command


class Features(NamedTuple):
    """What one reading of a word is. Fields a reading does not have are None.

    pos: NOUN, ADJ, VERB, DET, PRON, ADP, CONJ, NUM, ADV. form (verbs): pres, past
    (preterite), impf (imperfect: hablaba), fut, inf, ger, part, imp (imperative: habla,
    hable), cond, subj. person: 1s..3p (verbs, subject pronouns).
    """

    pos: str
    lemma: str
    gender: str | None = None
    number: str | None = None
    person: str | None = None
    form: str | None = None
    classes: frozenset[str] = frozenset()


class Lexicon(Protocol):
    """Every reading of a folded word form; () when the word is unknown."""

    def lookup(self, folded: str) -> tuple[Features, ...]:
        """The readings of one folded word form."""
        ...


@dataclass(frozen=True)
class NounPhrase:
    """A determiner (or number) and its noun, tokens [start, end): the noun's features."""

    start: int
    end: int
    det: Features | None
    noun: Features


def _by_pos(readings: tuple[Features, ...]) -> dict[str, tuple[Features, ...]]:
    """One token's readings grouped by part of speech, each group in reading order."""
    groups: dict[str, list[Features]] = {}
    for f in readings:
        groups.setdefault(f.pos, []).append(f)
    return {pos: tuple(fs) for pos, fs in groups.items()}


def _marked(readings: tuple[Features, ...]) -> tuple[Features, ...]:
    """The readings less an adjective's with no gender and no number beside one that has
    them («activo»: a treebank token left unmarked): it is the same word, not another."""
    if not any(f.pos == "ADJ" and (f.gender or f.number) for f in readings):
        return readings
    return tuple(f for f in readings if f.pos != "ADJ" or f.gender or f.number)


def _fullest(nouns: tuple[Features, ...]) -> tuple[Features, ...]:
    """One noun's readings as its fullest one when the others only leave a feature open
    («comisión» f, and f s): the same word, not two."""
    full = [f for f in nouns if f.gender and f.number]
    if len(full) != 1:
        return nouns
    top = full[0]
    same = all(
        f.lemma == top.lemma and f.gender in (None, top.gender) and f.number in (None, top.number)
        for f in nouns
    )
    return (top,) if same else nouns


class Analysis:
    """The tokens of one sentence with every reading of each, and helpers over them."""

    def __init__(self, tokens: Tokens, lexicon: Lexicon):
        self.tokens = tokens
        self.words = tokens.words
        self._originals = tuple(tokens.original[s:e] for s, e in tokens.spans)
        self._n, self._lexicon = len(self.words), lexicon
        written = getattr(lexicon, "lookup_written", None)
        found = [
            _marked(
                self._as_name(i, written(w, self.original(i)) if written else lexicon.lookup(w))
            )
            for i, w in enumerate(self.words)
        ]
        self.readings = Readings(pronoun_readings(self._originals, found, has_accent))
        # The rules ask the same questions of the same tokens many times over (some 50 a
        # token on a long answer): each token's readings by part of speech, and the noun
        # phrases found, are worked out once.
        self._by_pos = tuple(_by_pos(r) for r in self.readings)
        self._phrases: dict[int, NounPhrase | None] = {}
        self._present: dict[int, tuple[Features, ...]] = {}
        # `at` is the rules' most frequent call: a dict lookup in C, no Python frame (an
        # index outside the sentence gets the boundary, as `at` says)
        self.at = defaultdict(lambda: BOUNDARY, enumerate(self.words)).__getitem__

    def _as_name(self, i: int, readings: tuple[Features, ...]) -> tuple[Features, ...]:
        # A capital inside the sentence marks a name («Trump», «Rock»): the generated lexicon's
        # bare common-noun readings of it would give a name a gender it does not have, and a
        # word that can be a name is not read as a verb either («es Pablo Picasso»: «pablar»).
        if i == 0 or self.words[i - 1] == BOUNDARY or not self.original(i)[:1].isupper():
            return readings
        kept = tuple(f for f in readings if f.pos != "NOUN" or f.classes)
        # the second capital of a run is a name's second word («Samuel Soler»), and a word that
        # is only a verb is a name too («le gusta Dora»; not after «y» or «también», where a
        # learner's stray capital opens a verb): no verb (not all in capitals: «ESTA MUY RICO»)
        upper = self.original(i).isupper()
        second = self.original(i - 1)[:1].isupper() and not upper
        only_verb = all(f.pos == "VERB" for f in kept) and not upper
        # a tú command written with its accent and pronouns is no name («Ana Permíteme…»)
        if kept and all(f.person in _TU for f in kept) and has_accent(self.original(i)):
            return kept
        if len(kept) < len(readings) or second or (only_verb and not self._conjunction(i - 1)):
            kept = tuple(f for f in kept if f.pos != "VERB")
        return kept

    def _conjunction(self, i: int) -> bool:
        """Token i is only a conjunction or adverb (read before the readings are kept)."""
        found = self._lexicon.lookup(self.words[i])
        return bool(found) and all(f.pos in ("CONJ", "ADV") for f in found)

    def __len__(self) -> int:
        return len(self.words)

    def at(self, i: int) -> str:
        """The folded word at i, or the boundary outside the sentence."""
        return self.words[i] if 0 <= i < self._n else BOUNDARY

    def original(self, i: int) -> str:
        """The learner's own spelling of token i; empty outside the sentence, as `at` is."""
        return self._originals[i] if 0 <= i < self._n else ""

    def accented(self, i: int) -> bool:
        """Whether the learner wrote token i with an accent."""
        return 0 <= i < self._n and self._accents[i]

    @cached_property
    def _accents(self) -> tuple[bool, ...]:
        return tuple(has_accent(w) for w in self._originals)

    def of(self, i: int, pos: str) -> tuple[Features, ...]:
        """The readings of token i with this part of speech."""
        return self._by_pos[i].get(pos, ()) if 0 <= i < self._n else ()

    def only(self, i: int, pos: str) -> bool:
        """Token i is known and every reading of it has this part of speech."""
        if not 0 <= i < self._n:
            return False
        groups = self._by_pos[i]
        return len(groups) == 1 and pos in groups

    def present(self, i: int) -> tuple[Features, ...]:
        """The present-tense verb readings of token i when no determiner makes it a noun."""
        found = self._present.get(i)
        if found is None:
            found = self._present[i] = self._present_at(i)
        return found

    def _present_at(self, i: int) -> tuple[Features, ...]:
        if not 0 <= i < self._n or self.of(i - 1, "DET") or self.of(i, "ADP"):
            return ()
        if (self.of(i, "DET") and not self.accented(i)) or self.of(i, "CLITIC"):
            return ()  # «esta casa», not «está»
        return tuple(f for f in self.of(i, "VERB") if f.form == "pres")

    @cached_property
    def clauses(self) -> tuple[tuple[int, int], ...]:
        """Token ranges between punctuation and clause-joining conjunctions."""
        out, start = [], 0
        for i, w in enumerate(self.words):
            if w == BOUNDARY or any(f.pos in ("CONJ", "SUB") for f in self.readings[i]):
                if i > start:
                    out.append((start, i))
                start = i + 1
        if start < len(self.words):
            out.append((start, len(self.words)))
        return tuple(out)

    def noun_phrase(self, i: int) -> NounPhrase | None:
        """A determiner (or a number) at i and the noun after it (one adjective may sit
        between)."""
        if i not in self._phrases:
            self._phrases[i] = self._noun_phrase(i)
        return self._phrases[i]

    def _noun_phrase(self, i: int) -> NounPhrase | None:
        dets = self.of(i, "DET") or self.of(i, "NUM")
        if not dets or (self.accented(i) and any(f.person for f in self.of(i, "PRON"))):
            return None  # «tú eras», «él vino»: the pronoun, not «tu», «el»
        j = i + 1
        if self.of(j, "ADJ") and self.only(j + 1, "NOUN"):
            j += 1
        nouns = self.of(j, "NOUN")
        marked = {f.lemma for f in nouns if f.gender or f.number}
        if len(nouns) > 1:  # «voz» is also read as a name, with no gender: the same noun
            nouns = tuple(f for f in nouns if f.gender or f.number or f.lemma not in marked)
        if len(nouns) > 1:
            nouns = _fullest(nouns)
        if len(nouns) != 1:
            return None
        readings = len(self.readings[j]) - (len(self.of(j, "NOUN")) - 1)
        after_preposition = self.only(i - 1, "ADP")  # «a la calle»: no pronoun and verb there
        if self.of(i, "CLITIC") and readings != 1 and not after_preposition:
            if not self._finite_next(j + 1) and not self.opening_article(i, j):
                return None
        return NounPhrase(i, j + 1, dets[0], nouns[0])

    def opening_article(self, i: int, j: int) -> bool:
        """«La casa rojo es bonita»: a sentence's first word is an article, not a pronoun,
        before a noun at j of its gender and number when a conjugated verb follows in the
        clause («La llama todos los días», with no other verb, keeps the pronoun and verb)."""
        if self.at(i - 1) != BOUNDARY:
            return False
        dets, nouns = self.of(i, "DET"), self.of(j, "NOUN")
        if not any(
            d.number == n.number and d.gender in (None, n.gender) for d in dets for n in nouns
        ):
            return False
        end = next(e for s, e in self.clauses if s <= j < e)
        return any(self._finite_only(k) for k in range(j + 1, end))

    def _finite_only(self, k: int) -> bool:
        """Token k can only be a conjugated verb; an imperative reading beside a conjugated
        one (está, tiene) leaves it one."""
        readings = self.readings[k] if self.only(k, "VERB") else ()
        return (
            bool(readings)
            and any(f.person for f in readings)
            and all(f.person or f.form == "imp" for f in readings)
        )

    def _finite_next(self, k: int) -> bool:
        """Token k can only be a conjugated verb: «la cocina está», «mi casa es» are a noun
        phrase and its verb (a pronoun and a verb, «la cocina», would be two verbs in a row);
        so too past a preposition and its noun phrase («la casa de mis padres es»)."""
        if self.only(k, "ADP") or (self.of(k, "ADP") and not self.of(k, "DET")):
            inner = self.noun_phrase(k + 1)
            return inner is not None and self._finite_next(inner.end)
        return self._finite_only(k)
