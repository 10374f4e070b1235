"""One sentence as the meaning readers see it: the grammar rules' analysis (tokens, every
reading of each from the lexicon, clauses) with look-ups for the pieces of a construction:
a verb of some lemma and person, a noun phrase of a class, a phrase, an expression of time."""

from dataclasses import dataclass
from functools import cached_property

from langbot.grading.analysis import Analysis, Features, Lexicon
from langbot.grading.knowledge import Knowledge
from langbot.grading.meaning.sentence_times import TimeReading
from langbot.grading.meaning.words import MeaningWords
from langbot.grading.openers import opening_phrases, opening_words
from langbot.grading.tokens import BOUNDARY
from langbot.text import fold

# The persons a verb takes for who answers: the learner, someone else, or the family ("we").
PERSONS = {"i": frozenset({"1s"}), "other": frozenset({"3s"}), "family": frozenset({"3s", "1p"})}


@dataclass(frozen=True)
class Found:
    """What a reader found: the tokens [start, end) that say it, and the value [i, j) named."""

    start: int
    end: int
    value: tuple[int, int] | None = None


def lemma_matches(lemma: str, wanted: frozenset[str], reflexive: str) -> bool:
    """A lexicon lemma is one of the wanted verbs, with or without its reflexive ending."""
    lemma = fold(lemma)
    bare = lemma.removesuffix(reflexive)
    return lemma in wanted or bare in wanted or lemma + reflexive in wanted


class Sentence(TimeReading):
    """An analysed answer with the look-ups the readers share."""

    def __init__(self, analysis: Analysis, lexicon: Lexicon, kb: Knowledge, words: MeaningWords):
        self.a, self.lexicon, self.kb, self.words = analysis, lexicon, kb, words
        self.w = analysis.words
        # the readers ask for the same word lists' phrases hundreds of times on one long answer
        self._phrases: dict[str, tuple[tuple[int, int], ...]] = {}

    def __len__(self) -> int:
        return len(self.w)

    def verbs(self, i: int, lemmas: frozenset[str], persons=None, forms=("pres",)):
        """The readings of token i that are a verb of one of `lemmas`, in one of `persons`
        (any when None) and one of `forms`; «vayamos» (let's go) says a present as «vamos»."""
        reflexive = self.kb.words.reflexive_ending
        return [
            f
            for f in self.verb_readings(i)
            if lemma_matches(f.lemma, lemmas, reflexive)
            and (f.form in forms or ("pres" in forms and (f.form, f.person) == ("imp", "1p")))
            and (persons is None or f.person in persons)
        ]

    def verb_readings(self, i: int) -> tuple[Features, ...]:
        """The verb readings of token i, with the preterite of a present in «we» that is the
        same word («jugamos», «vivimos»), which the lexicon lists once."""
        found = self._verb_readings(i)
        same = tuple(f._replace(form="past") for f in found if self._same_past(i, f))
        return found + same

    def _same_past(self, i: int, f: Features) -> bool:
        if (f.form, f.person) != ("pres", "1p"):
            return False
        lemma = fold(f.lemma).removesuffix(self.kb.words.reflexive_ending)
        if lemma in self.words.folded("strong_preterites"):
            return False
        return any(
            lemma.endswith(inf) and self.w[i] == lemma[: -len(inf)] + ending
            for inf, ending in self.words.phrases("same_past_endings")
        )

    def _verb_readings(self, i: int) -> tuple[Features, ...]:
        found = self.a.of(i, "VERB")
        if found or not 0 <= i < len(self.w):
            return found
        endings = tuple(self.words.folded("infinitive_endings"))
        for clitic in self.words.folded("enclitics"):  # an infinitive with its pronoun joined
            stem = self.w[i].removesuffix(clitic)
            if stem != self.w[i] and stem.endswith(endings):
                return tuple(f for f in self.lexicon.lookup(stem) if f.form == "inf")
        return ()

    def infinitive(self, i: int) -> bool:
        """Token i is an infinitive (with or without a pronoun joined to it)."""
        return any(f.form == "inf" for f in self._verb_readings(i))

    @cached_property
    def clause_at(self) -> tuple[tuple[int, int], ...]:
        """For each token, the range of the clause it sits in."""
        out = [(i, i + 1) for i in range(len(self.w))]
        for s, e in self.a.clauses:
            for k in range(s, e):
                out[k] = (s, e)
        return tuple(out)

    def verb_clause(self, i: int) -> tuple[int, int]:
        """The clause of a verb at i; a verb form the clauses split at («como» is also a
        conjunction) takes the clause after it."""
        start, end = self.clause_at[i]
        if (start, end) == (i, i + 1) and i + 1 < len(self.w) and self.w[i + 1] != BOUNDARY:
            end = self.clause_at[i + 1][1]
        return (start, end)

    def clause_end(self, i: int) -> int:
        """The end of the clause token i is in (past the last token when i is beyond it)."""
        return self.clause_at[i][1] if 0 <= i < len(self.w) else len(self.w)

    def skip_degree(self, i: int) -> int:
        """The first token from i that is not a degree word (muy, mucho, también...)."""
        moved = True
        while moved:
            moved = False
            for phrase in self.words.phrases("degree_words"):
                if self.phrase_at(i, phrase):
                    i, moved = i + len(phrase), True
                    break
        return i

    def phrase_at(self, i: int, phrase: tuple[str, ...]) -> bool:
        """The folded words of `phrase` start at token i."""
        return tuple(self.w[i : i + len(phrase)]) == phrase

    def phrases(self, field: str) -> list[tuple[int, int]]:
        """Every place a phrase of a word-list field occurs, longest phrases first."""
        found = self._phrases.get(field)
        if found is None:
            out: list[tuple[int, int]] = []
            for phrase in self.words.phrases(field):
                for i in range(len(self.w)):
                    if self.phrase_at(i, phrase) and not any(s <= i < e for s, e in out):
                        out.append((i, i + len(phrase)))
            found = self._phrases[field] = tuple(out)
        return list(found)

    def noun_of(self, i: int, classes: frozenset[str]) -> int | None:
        """The end of a noun (or a multi-word one) of one of `classes` at i; any noun when
        `classes` is empty."""
        vocab = self.kb.vocabulary
        for kind in classes:
            for phrase in vocab.multiword(kind):
                words = tuple(phrase.split())
                if len(words) > 1 and self.phrase_at(i, words):
                    return i + len(words)
        nouns = self.a.of(i, "NOUN")
        if any(not classes or classes & f.classes for f in nouns):
            return i + 1
        return None

    def class_phrase(self, i: int, classes: frozenset[str]) -> int | None:
        """The end of a phrase that names a thing of one of `classes` though it is no noun
        (`class_phrases`: «andando», «a pie» for transport), else None."""
        groups = self.words.group_phrases("class_phrases")
        for kind in classes:
            for phrase in groups.get(kind, ()):
                if self.phrase_at(i, phrase):
                    return i + len(phrase)
        return None

    def noun_phrase(self, i: int, classes: frozenset[str]) -> int | None:
        """The end of one or more noun phrases of a class from i: determiners, numbers and
        adjectives, the noun, adjectives and a «de» complement; joined by y, o or commas."""
        end = self._one_noun_phrase(i, classes)
        while end is not None:
            j = end + (1 if self.a.at(end) == BOUNDARY else 0)
            j += 1 if self.a.at(j) in self.words.folded("list_links") else 0
            nxt = self._one_noun_phrase(j, classes) if j > end else None
            if nxt is None:
                return end
            end = nxt
        return None

    def _one_noun_phrase(self, i: int, classes: frozenset[str]) -> int | None:
        j = i
        while j < i + 3 and (self.a.of(j, "DET") or self.a.of(j, "NUM") or self.w_digit(j)):
            j += 1
        if self.a.of(j, "ADJ") and not self.a.of(j, "NOUN"):
            j += 1
        measures = self.words.folded("measure_classes")
        if self.a.of(j, "ADJ") and self.noun_of(j + 1, measures):
            j += 1  # «medio kilo»
        measure = self.noun_of(j, measures)
        if classes and measure and self.a.at(measure) in self.words.folded("measure_links"):
            j = measure + 1  # «un kilo de tomates»: the tomatoes are what is named
            while self.a.of(j, "DET"):
                j += 1
        end = self.noun_of(j, classes)
        if end is None:
            return None
        while (self.a.of(end, "ADJ") or self.participle(end)) and end < j + 4:
            end += 1  # «un vino blanco», «pollo asado»
        links = self.words.folded("complement_links")
        if self.a.at(end) in links and self._capitalised(end + 1):
            end += 1  # «los cuadros de Goya», «un libro de Gabriel García Márquez»: a name
            while self._capitalised(end):
                end += 1
            return end
        if self.a.at(end) in links and self.noun_of(self.after_det(end + 1), frozenset()):
            end = self.noun_of(self.after_det(end + 1), frozenset()) or end
            if self.a.at(end) in self.words.folded("list_links") and not self.a.of(end + 1, "DET"):
                end = self.noun_of(end + 1, frozenset()) or end  # «de ida y vuelta»
        return end

    def _capitalised(self, i: int) -> bool:
        """Token i is a word written with a capital inside the sentence (a name)."""
        return 0 < i < len(self.w) and self.w[i] != BOUNDARY and self.a.original(i)[:1].isupper()

    def participle(self, i: int) -> bool:
        """Token i is a past participle («asado», «frito»)."""
        return any(f.form == "part" for f in self.a.of(i, "VERB"))

    def after_det(self, i: int) -> int:
        """The first token from i past its determiners."""
        while self.a.of(i, "DET"):
            i += 1
        return i

    def past_openers(self, i: int = 0) -> int:
        """The first token from i past «sí», «no», «pues»… and commas (not past a hedge)."""
        openers = opening_words("bare_openers")
        while i < len(self.w) and (self.w[i] in openers or self.w[i] == BOUNDARY):
            i += 1
        return i

    def opening(self, i: int = 0) -> int:
        """The first token from i past «sí», «no», «pues»…, a hedge («creo que»), a focus
        («sobre todo») and commas: where a bare answer starts."""
        hedges = opening_phrases("bare_hedges")
        hedges = hedges + self.words.phrases("focus_openers")  # «sí, sobre todo las vacas»
        while True:
            i = self.past_openers(i)
            hedge = next((h for h in hedges if self.phrase_at(i, h)), None)
            if hedge is None:
                return i
            i += len(hedge)
