"""The A1 vocabulary every lesson shares (lessons/vocabulary/*.yaml), validated and folded.

Nouns and adjectives list a lemma; the plural and the feminine are derived by the regular
rules unless the file gives them. Every lookup key is folded (lower-case, no accents).
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal, NamedTuple

from pydantic import TypeAdapter, ValidationError

from langbot.errors import LessonFileError
from langbot.grading.inflection import feminine, plural
from langbot.grading.tokens import JOINING
from langbot.grading.vocabulary_files import (
    AdjectiveEntry,
    FunctionWords,
    HobbyEntry,
    NounEntry,
    PhraseGroups,
    PlaceEntry,
    read_data_yaml,
)
from langbot.text import fold


def squash(text: str) -> str:
    """langbot.text.squash, faster on data: the same folding (fold's own table)."""
    return " ".join(fold(text).split())


DEFAULT_DIR = Path(__file__).resolve().parent.parent.parent / "lessons" / "vocabulary"


class NounForm(NamedTuple):
    """What a folded noun form is: lemma (accents kept), gender, number, classes."""

    lemma: str
    gender: Literal["m", "f"] | None  # None: either (estudiante)
    number: Literal["s", "p"] | None  # None: either (lunes, paraguas)
    classes: frozenset[str]


class AdjForm(NamedTuple):
    """What a folded adjective form is: lemma, gender (None: invariable), number, classes."""

    lemma: str
    gender: Literal["m", "f"] | None
    number: Literal["s", "p"]
    classes: frozenset[str]


@dataclass(frozen=True)
class Vocabulary:
    """The shared vocabulary, every key folded."""

    nouns: dict[str, NounForm]
    adjectives: dict[str, AdjForm]
    hobbies: tuple[str, ...]
    phrases: dict[str, tuple[str, ...]]
    function_words: frozenset[str]
    function_words_by_type: dict[str, frozenset[str]]
    places: dict[str, str]
    """Folded name -> display name."""
    place_kinds: dict[str, str]
    """Folded name -> city | country | region."""
    noun_classes: frozenset[str]
    """Every class a noun entry names (food, job...)."""
    adjective_classes: frozenset[str]
    """Every class an adjective entry names (state, nationality...)."""
    _noun_plurals: dict[str, str] = field(repr=False)
    _adj_forms: dict[tuple[str, str | None, str], str] = field(repr=False)
    _by_class: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    def words_in_class(self, tag: str) -> frozenset[str]:
        """Folded noun and adjective forms (all genders and numbers) tagged `tag`."""
        found = self._by_class.get(tag)
        if found is None:
            found = frozenset(
                [f for f, n in self.nouns.items() if tag in n.classes]
                + [f for f, a in self.adjectives.items() if tag in a.classes]
            )
            self._by_class[tag] = found
        return found

    def multiword(self, tag: str) -> list[str]:
        """Folded multi-word nouns and adjectives in a class (perrito caliente), longest first."""
        return sorted((w for w in self.words_in_class(tag) if " " in w), key=len, reverse=True)

    def invariable(self, word: str) -> bool:
        """Whether a folded noun has one form for singular and plural (lunes, paraguas)."""
        noun = self.nouns.get(word)
        return bool(noun and noun.number is None)

    def plural_of(self, word: str) -> str | None:
        """The plural, accents kept, of the noun a folded form belongs to."""
        noun = self.nouns.get(word)
        return self._noun_plurals.get(noun.lemma) if noun else None

    def adjective_form(self, word: str, gender: str | None, number: str) -> str | None:
        """The form, accents kept, of a folded adjective's lemma for a gender and number."""
        adj = self.adjectives.get(word)
        if adj is None:
            return None
        forms = self._adj_forms
        return forms.get((adj.lemma, gender, number)) or forms.get((adj.lemma, None, number))


FILES = ("nouns", "adjectives", "hobbies", "phrases", "function_words", "places")


def _fail(path: Path, error: ValidationError, entries: object, key: str | None) -> LessonFileError:
    """An error naming the file, the entry (1-based, with its word) and the field."""
    lines = []
    for err in error.errors():
        loc = list(err["loc"])
        where = []
        if loc and isinstance(loc[0], int):
            index = loc.pop(0)
            label = f"entry {index + 1}"
            item = entries[index] if isinstance(entries, list) and index < len(entries) else None
            if key and isinstance(item, dict) and key in item:
                label += f" ({key} {item[key]!r})"
            where.append(label)
        elif loc:
            group = loc.pop(0)
            where.append(
                f"{group}" + (f"[{loc.pop(0) + 1}]" if loc and isinstance(loc[0], int) else "")
            )
        if loc:
            where.append(".".join(str(p) for p in loc))
        msg = err["msg"].removeprefix("Value error, ")
        lines.append(f"{path}: {': '.join(where) or 'top level'}: {msg}")
    return LessonFileError("\n".join(lines))


def _parse(path: Path, schema, key: str | None):
    data = read_data_yaml(path)
    try:
        return TypeAdapter(schema).validate_python(data)
    except ValidationError as e:
        raise _fail(path, e, data, key) from e


def _no_duplicates(path: Path, values: list[str], what: str, fold: bool = False) -> None:
    """Two entries for one word (folded too, for phrases and names) stop the load."""
    seen: dict[str, int] = {}
    for i, value in enumerate(values):
        key = squash(value) if fold else value
        if key in seen:
            first = values[seen[key]]
            raise LessonFileError(
                f"{path}: entry {i + 1} ({what} {value!r}) repeats entry {seen[key] + 1}"
                f" ({what} {first!r})"
            )
        seen[key] = i


def _merge(table: dict, key: str, form: tuple) -> None:
    """Two lemmas with one folded form (cartas, carta+s): keep what they agree on."""
    old = table.get(key)
    if old is None:
        table[key] = form
        return
    table[key] = old._replace(
        gender=old.gender if old.gender == form.gender else None,
        number=old.number if old.number == form.number else None,
        classes=old.classes | form.classes,
    )


_JOIN = re.compile(rf"(?<=\w)[{re.escape(''.join(sorted(JOINING)))}](?=\w)")


def _add_noun(table: dict[str, NounForm], word: str, form: NounForm) -> None:
    """Enter a noun form under its folded words, and under the one word the tokenizer makes
    of a hyphenated one ("Coca-Cola" is "cocacola", as "Jean-Luc" is "jeanluc")."""
    _merge(table, squash(word), form)
    if _JOIN.search(word):
        _merge(table, squash(_JOIN.sub("", word)), form)


def _noun_table(entries: list[NounEntry]) -> tuple[dict[str, NounForm], dict[str, str]]:
    table: dict[str, NounForm] = {}
    plurals: dict[str, str] = {}
    for e in entries:
        gender = None if e.gender == "mf" else e.gender
        classes = frozenset(e.classes)
        if e.plural_only:
            _add_noun(table, e.word, NounForm(e.word, gender, "p", classes))
            continue
        many = e.plural or (None if " " in e.word else plural(e.word))
        if many:
            plurals.setdefault(e.word, many)
        if many and squash(many) == squash(e.word):
            _add_noun(table, e.word, NounForm(e.word, gender, None, classes))
            continue
        _add_noun(table, e.word, NounForm(e.word, gender, "s", classes))
        if many:
            _add_noun(table, many, NounForm(e.word, gender, "p", classes))
    return table, plurals


def _adjective_table(entries: list[AdjectiveEntry]):
    table: dict[str, AdjForm] = {}
    spelled: dict[tuple[str, str | None, str], str] = {}
    for e in entries:
        classes = frozenset(e.classes)
        fem = e.feminine or feminine(e.word)
        if fem == e.word:
            fem = None
        forms = [
            (e.word, "m" if fem else None, "s"),
            (e.plural or plural(e.word), "m" if fem else None, "p"),
        ]
        if fem:
            forms += [(fem, "f", "s"), (plural(fem), "f", "p")]
        for form, gender, number in forms:
            spelled.setdefault((e.word, gender, number), form)
            if gender is not None and form == e.word and number == "s" and fem is None:
                gender = None
            _merge(table, squash(form), AdjForm(e.word, gender, number, classes))
    return table, spelled


@lru_cache(maxsize=8)
def load_vocabulary(directory: Path = DEFAULT_DIR) -> Vocabulary:
    """Load and fold lessons/vocabulary/*.yaml once; a malformed file raises LessonFileError."""
    directory = Path(directory)
    paths = {name: directory / f"{name}.yaml" for name in FILES}
    nouns = _parse(paths["nouns"], list[NounEntry], "word")
    _no_duplicates(paths["nouns"], [n.word for n in nouns], "word")
    adjectives = _parse(paths["adjectives"], list[AdjectiveEntry], "word")
    _no_duplicates(paths["adjectives"], [a.word for a in adjectives], "word")
    hobbies = _parse(paths["hobbies"], list[HobbyEntry], "phrase")
    _no_duplicates(paths["hobbies"], [h.phrase for h in hobbies], "phrase", fold=True)
    places = _parse(paths["places"], list[PlaceEntry], "name")
    _no_duplicates(paths["places"], [p.name for p in places], "name", fold=True)
    phrases = _parse(paths["phrases"], PhraseGroups, None)
    function_words = _parse(paths["function_words"], FunctionWords, None)

    noun_table, noun_plurals = _noun_table(nouns)
    adjective_table, adjective_forms = _adjective_table(adjectives)
    by_type = {
        name: frozenset(filter(None, map(squash, words)))
        for name, words in function_words.model_dump().items()
    }
    return Vocabulary(
        nouns=noun_table,
        adjectives=adjective_table,
        hobbies=tuple(squash(h.phrase) for h in hobbies),
        phrases={
            name: tuple(dict.fromkeys(filter(None, map(squash, group))))
            for name, group in phrases.model_dump().items()
        },
        function_words=frozenset().union(*by_type.values()),
        function_words_by_type=by_type,
        places={squash(p.name): p.name for p in places},
        place_kinds={squash(p.name): p.kind for p in places},
        noun_classes=frozenset(c for n in nouns for c in n.classes),
        adjective_classes=frozenset(c for a in adjectives for c in a.classes),
        _noun_plurals=noun_plurals,
        _adj_forms=adjective_forms,
    )
