"""The grader's Spanish knowledge, loaded once from data files: vocabulary, verb forms and
the grammar word lists (lessons/vocabulary/*.yaml, langbot/grading/data/verbs.yaml)."""

import threading
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from langbot.datafiles import WordList, load_model
from langbot.errors import LessonFileError
from langbot.grading.language import english_share
from langbot.grading.slots import class_tags
from langbot.grading.stress import StressedA
from langbot.grading.verbs import PERSONS, VerbTable, load_verbs
from langbot.grading.vocabulary import Vocabulary, load_vocabulary
from langbot.grading.words import GraderWords, grader_words
from langbot.text import fold

PERSON_LABELS = frozenset(PERSONS)
FINITE_OTHER = frozenset({"imp_tu", "imp_usted"})
GRAMMAR_FILE = (
    Path(__file__).resolve().parent.parent.parent / "lessons" / "vocabulary" / "grammar.yaml"
)


class GrammarLists(BaseModel):
    """Word lists the grammar checks use (lessons/vocabulary/grammar.yaml)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    estar_only: WordList
    """Adjectives of a passing state that take estar, never ser, for a person."""
    location: WordList
    """Words and phrases that say where something is, which take estar."""
    stressed_a: WordList
    """Feminine nouns that take «el» and «un» (el agua)."""
    prenominal: WordList
    """Adjectives and quantifiers that go before a noun with no article and agree with it
    (buen día, muchas gracias); any of their forms is checked."""
    adverbs_between: WordList
    """Words that may sit between a verb and what it agrees with (muy, mucho...)."""
    subjects: dict[str, str] = Field(min_length=1)
    """Subject pronouns and the person they take (yo: 1s)."""
    reflexive: dict[str, list[str]] = Field(min_length=1)
    """Reflexive pronouns and the persons they go with."""
    indirect: WordList
    """The pronouns used with gustar (me, te, le, nos, os, les)."""
    regular_endings: dict[str, list[str]] = Field(min_length=1)
    """The present endings of each regular conjugation, yo to ellos (ar: o as a amos ais an)."""
    past_endings: dict[str, list[str]] = Field(min_length=1)
    """The preterite endings of each regular conjugation, yo to ellos (ar: é aste ó...)."""
    imperfect_endings: dict[str, list[str]] = Field(min_length=1)
    """The imperfect endings of each regular conjugation, yo to ellos (ar: aba abas aba...)."""


def load_grammar_lists(path: Path = GRAMMAR_FILE) -> GrammarLists:
    """Read and validate grammar.yaml; LessonFileError names the file and field."""
    return load_model(path, GrammarLists, LessonFileError)


@dataclass(frozen=True, eq=False)
class Knowledge:
    """Everything the grader knows about Spanish, folded for lookups."""

    vocabulary: Vocabulary
    verbs: VerbTable
    lists: GrammarLists

    @cached_property
    def words(self) -> GraderWords:
        """The words the grader's code needs by role (data/grader_words.yaml), folded."""
        return grader_words()

    @cached_property
    def weak_words(self) -> frozenset[str]:
        """Folded words too weak to make an answer inside a longer one (sí, vale...)."""
        return frozenset(self.words.weak_words)

    @cached_property
    def class_tags(self) -> dict[str, str]:
        """Vocabulary class -> its tag letter in the matching stream (slots.class_tags)."""
        return class_tags(self.vocabulary.noun_classes | self.vocabulary.adjective_classes)

    @cached_property
    def estar_only(self) -> frozenset[str]:
        """Folded forms of the estar-only adjectives, all genders and numbers."""
        out = set()
        for lemma in self.lists.estar_only:
            word = fold(lemma)
            out.add(word)
            out.update(f for f, a in self.vocabulary.adjectives.items() if a.lemma == lemma)
        return frozenset(out)

    # Typed lookups on folded text: the grammar lists as the tokens are (lower case, no accents).
    # `lists` keeps the file as written, for the checks still moving to these.
    @cached_property
    def indirect(self) -> frozenset[str]:
        """Folded indirect-object pronouns used with gustar (me, te, le...)."""
        return frozenset(fold(w) for w in self.lists.indirect)

    @cached_property
    def adverbs_between(self) -> frozenset[str]:
        """Folded words that may sit between a verb and what agrees with it (muy, más)."""
        return frozenset(" ".join(fold(w).split()) for w in self.lists.adverbs_between)

    @cached_property
    def locations(self) -> tuple[tuple[str, ...], ...]:
        """The location words and phrases, as folded word tuples."""
        return tuple(tuple(fold(p).split()) for p in self.lists.location)

    @cached_property
    def prenominal(self) -> frozenset[str]:
        """The folded lemmas of the adjectives that agree with a bare noun after them."""
        return frozenset(fold(w) for w in self.lists.prenominal)

    @cached_property
    def stressed_a(self) -> StressedA:
        """Folded feminine nouns that take «el» and «un» (agua, aguila): listed, or by their
        spelling (langbot/grading/stress.py)."""
        return StressedA(frozenset(fold(w) for w in self.lists.stressed_a))

    @cached_property
    def subjects(self) -> dict[str, str]:
        """Folded subject pronoun -> person."""
        return {fold(k): v for k, v in self.lists.subjects.items()}

    @cached_property
    def reflexive(self) -> dict[str, frozenset[str]]:
        """Folded reflexive pronoun -> persons."""
        return {fold(k): frozenset(v) for k, v in self.lists.reflexive.items()}

    @cached_property
    def work_verbs(self) -> frozenset[str]:
        """Folded infinitives whose object may be a work named by its author (escuchar:
        «escucho Bad Bunny»), verbs.yaml's `work_object`."""
        entries = self.verbs.entries.items()
        return frozenset(fold(inf) for inf, entry in entries if entry.work_object)

    def reflexive_uses(self, words: list[str]) -> dict[str, str]:
        """The -se verbs (verbs.yaml) a folded sentence uses as reflexives: a form after a
        reflexive pronoun of its own person ("me levanto"). A pronoun of another person
        makes it the object of a gustar-like verb ("me queda bien"), not a reflexive."""
        found: dict[str, str] = {}
        for i, word in enumerate(words[1:], 1):
            pronoun = self.reflexive.get(words[i - 1])
            for inf, people in self.persons.get(word, {}).items():
                if pronoun and pronoun & people and self.verbs.is_reflexive(inf):
                    found[inf] = inf
        return found

    @cached_property
    def persons(self) -> dict[str, dict[str, frozenset[str]]]:
        """Folded present-tense form -> {infinitive: persons it can be}."""
        out: dict[str, dict[str, frozenset[str]]] = {}
        for form, hits in self.verbs.forms.items():
            for inf, labels in hits:
                people = labels & PERSON_LABELS
                if people:
                    out.setdefault(form, {})[inf] = frozenset(people)
        return out

    @cached_property
    def regularised(self) -> dict[str, tuple[str, str, str]]:
        """A form a learner makes by conjugating an irregular verb as if regular ("empezo",
        "tieno"), or «we» and «you all» with the stem of «he» ("quieremos", "puedemos") ->
        (infinitive, person, the right form)."""
        endings = {fold(k): [fold(e) for e in v] for k, v in self.lists.regular_endings.items()}
        out: dict[str, tuple[str, str, str]] = {}
        known = set(self.vocabulary.function_words) | set(self.vocabulary.adjectives)
        known |= {
            w for phrases in self.vocabulary.phrases.values() for p in phrases for w in p.split()
        }
        for inf, entry in self.verbs.entries.items():
            if not entry.irregular:  # its regular forms are its forms
                continue
            base = inf.removesuffix("se") if entry.reflexive else inf
            stem, ending = base[:-2], base[-2:]
            if ending not in endings or len(stem) < 2:
                continue
            # «quiero» made regular is «quero»; «queremos» made like «quiere» is «quieremos»
            third = fold(entry.present[2])
            changed = third.removesuffix(endings[ending][2])
            changed = changed if changed != third and changed != stem else None
            for person, regular, real in zip(PERSONS, endings[ending], entry.present, strict=True):
                stems = [stem, *([changed] if changed and person in ("1p", "2p") else [])]
                for wrong in (s + regular for s in stems):
                    if fold(real) != wrong and wrong not in self.verbs.forms and wrong not in known:
                        out.setdefault(wrong, (inf, person, real))
        return out

    @cached_property
    def infinitive_forms(self) -> frozenset[str]:
        """Folded infinitives as a learner writes them (llamar, leer, ir)."""
        return frozenset(
            form
            for form, hits in self.verbs.forms.items()
            if any("inf" in labels for _, labels in hits)
        )

    @cached_property
    def finite_forms(self) -> frozenset[str]:
        """Folded finite verb forms that are not also a noun or an adjective."""
        clash = set(self.vocabulary.nouns) | set(self.vocabulary.adjectives)
        finite = set(self.persons)
        for form, hits in self.verbs.forms.items():
            if any(
                labels & FINITE_OTHER or any(x.startswith(("cond_", "subj_")) for x in labels)
                for _, labels in hits
            ):
                finite.add(form)
        return frozenset(f for f in finite if f not in clash)

    @cached_property
    def stop_words(self) -> frozenset[str]:
        """Words that never start or continue a name or place: grammar, verbs, politeness."""
        words = set(self.vocabulary.function_words) | set(self.finite_forms)
        for group in ("thanks", "politeness", "greeting", "farewell", "yes", "ask_back"):
            for phrase in self.vocabulary.phrases.get(group, ()):
                if " " not in phrase:  # "buenos días" must not stop "Buenos Aires"
                    words.add(phrase)
        return frozenset(words)

    @cached_property
    def spanish_words(self) -> frozenset[str]:
        """Every folded word the grader knows is Spanish."""
        out = set(self.vocabulary.nouns) | set(self.vocabulary.adjectives)
        out |= set(self.verbs.forms) | set(self.vocabulary.function_words)
        # the phrase groups also list what a learner may say in English ("thanks", "see
        # you"), so that is read as thanks or a farewell: those words are no Spanish
        for group, phrases in self.vocabulary.phrases.items():
            if group != "help":  # the help phrases are partly English
                for p in phrases:
                    out.update(w for w in p.split() if w in out or not english_share([w]))
        for h in self.vocabulary.hobbies:
            out.update(h.split())
        return frozenset(out)


_LOCK = threading.Lock()
_CHOSEN: list[Knowledge] = []  # set by use_knowledge: another vocabulary directory


def load_knowledge(vocabulary_dir: Path | None = None) -> Knowledge:
    """Load the grader's knowledge, with the vocabulary from another directory if given."""
    vocabulary = load_vocabulary(Path(vocabulary_dir)) if vocabulary_dir else load_vocabulary()
    return Knowledge(vocabulary, load_verbs(), load_grammar_lists())


def use_knowledge(kb: Knowledge | None) -> None:
    """Grade with this knowledge from now on (an author trying a vocabulary directory of
    their own); None goes back to the files in the repository."""
    with _LOCK:
        _CHOSEN[:] = [kb] if kb is not None else []


@lru_cache(maxsize=1)
def _load() -> Knowledge:
    return load_knowledge()


def knowledge() -> Knowledge:
    """The grader's knowledge, loaded on first use (thread-safe)."""
    with _LOCK:
        return _CHOSEN[0] if _CHOSEN else _load()
