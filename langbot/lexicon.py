"""The words of one lesson, indexed for the grammar checks: nouns, adjectives, verbs."""

from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from langbot.conjugation import REFLEXIVE_PRONOUNS, SUBJECT_PRONOUNS, form_index
from langbot.text import fold

ErrorKind = Literal["gender", "number", "verb", "gustar", "serestar"]

# determiner -> (gender or None for either, number)
DETERMINERS: dict[str, tuple[str | None, str]] = {
    "el": ("m", "s"),
    "la": ("f", "s"),
    "los": ("m", "p"),
    "las": ("f", "p"),
    "un": ("m", "s"),
    "una": ("f", "s"),
    "unos": ("m", "p"),
    "unas": ("f", "p"),
    "del": ("m", "s"),
    "al": ("m", "s"),
    "este": ("m", "s"),
    "esta": ("f", "s"),
    "estos": ("m", "p"),
    "estas": ("f", "p"),
    "ese": ("m", "s"),
    "esa": ("f", "s"),
    "esos": ("m", "p"),
    "esas": ("f", "p"),
    "mi": (None, "s"),
    "tu": (None, "s"),
    "su": (None, "s"),
    "mis": (None, "p"),
    "tus": (None, "p"),
    "sus": (None, "p"),
    "nuestro": ("m", "s"),
    "nuestra": ("f", "s"),
    "nuestros": ("m", "p"),
    "nuestras": ("f", "p"),
}
# feminine nouns that take "el"/"un" because they start with a stressed a
STRESSED_A = {"agua", "hambre", "aula", "arma", "alma", "area", "aguila", "hacha"}
NUMBER_WORDS = {
    "uno",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
    "once",
    "doce",
    "trece",
    "catorce",
    "quince",
    "dieciseis",
    "diecisiete",
    "dieciocho",
    "diecinueve",
    "veinte",
    "veintiuno",
    "veintidos",
    "veintitres",
    "veinticuatro",
    "veinticinco",
    "treinta",
    "cuarenta",
    "cincuenta",
    "sesenta",
    "setenta",
    "ochenta",
    "noventa",
    "cien",
}


@dataclass(frozen=True)
class GrammarError:
    """One mistake found in an answer, with a learner-friendly message."""

    kind: ErrorKind
    message: str


def _plural(word: str) -> str:
    if word.endswith(("a", "e", "i", "o", "u")):
        return word + "s"
    if word.endswith("z"):
        return word[:-1] + "ces"
    if word.endswith("s"):
        return word
    return word + "es"


@dataclass
class Lexicon:
    """The nouns and verbs of one lesson, indexed by folded form."""

    nouns: dict[str, tuple[str, str | None, set[str]]] = field(default_factory=dict)
    adjectives: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    verbs: list[str] = field(default_factory=list)

    @classmethod
    def from_vocabulary(cls, items) -> "Lexicon":
        """Build the lexicon from a lesson's vocabulary items."""
        lex = cls()
        for item in items:
            if item.kind == "noun" and " " not in item.word.strip():
                gender = None if item.gender == "mf" else item.gender
                sing = fold(item.word).strip()
                plur = fold(item.plural).strip() if item.plural else _plural(sing)
                for form, number in ((sing, "s"), (plur, "p")):
                    _, _, numbers = lex.nouns.setdefault(form, (item.word, gender, set()))
                    numbers.add(number)
            elif item.kind == "adjective" and fold(item.word).strip().endswith("o"):
                stem = fold(item.word).strip()[:-1]
                for ending, gender, number in (
                    ("o", "m", "s"),
                    ("a", "f", "s"),
                    ("os", "m", "p"),
                    ("as", "f", "p"),
                ):
                    lex.adjectives[stem + ending] = (item.word, gender, number)
            elif item.kind == "verb" and item.word not in lex.verbs:
                lex.verbs.append(item.word)
        for core in ("ser", "estar", "tener"):
            if core not in lex.verbs:
                lex.verbs.append(core)
        return lex

    @cached_property
    def forms(self) -> dict[str, list[tuple[str, set[str]]]]:
        """Folded present-tense verb form -> [(infinitive, persons)]."""
        index = form_index(self.verbs)
        for clash in list(REFLEXIVE_PRONOUNS) + list(SUBJECT_PRONOUNS) + list(DETERMINERS):
            index.pop(clash, None)
        return index

    @cached_property
    def infinitives(self) -> set[str]:
        """The folded infinitives (without -se), to recognise 'me gusta leer'."""
        return {fold(v).removesuffix("se") for v in self.verbs}

    def persons_of(self, token: str) -> tuple[str, set[str]] | None:
        """The first infinitive and persons a folded token is a form of, if any."""
        hits = self.forms.get(token)
        if not hits:
            return None
        persons = set().union(*(p for _, p in hits))
        return hits[0][0], persons
