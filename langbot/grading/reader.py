"""The words of one answer, with the lookups every grammar check needs, and the error type."""

from dataclasses import dataclass
from typing import Literal

from langbot.grading.knowledge import Knowledge
from langbot.grading.tokens import BOUNDARY, Tokens
from langbot.text import has_accent

ErrorKind = Literal[
    "gender_number",
    "verb",
    "gustar",
    "ser_estar",
    "reflexive",
    "tener_age",
    "spelling",
    "preposition",
    "word_form",
]

DETERMINERS: dict[str, tuple[str | None, str]] = {
    "el": ("m", "s"), "la": ("f", "s"), "los": ("m", "p"), "las": ("f", "p"),
    "un": ("m", "s"), "una": ("f", "s"), "unos": ("m", "p"), "unas": ("f", "p"),
    "del": ("m", "s"), "al": ("m", "s"),
    "este": ("m", "s"), "estos": ("m", "p"), "ese": ("m", "s"), "esa": ("f", "s"),
    "esos": ("m", "p"), "esas": ("f", "p"),
    "mi": (None, "s"), "tu": (None, "s"), "su": (None, "s"),
    "mis": (None, "p"), "tus": (None, "p"), "sus": (None, "p"),
    "nuestro": ("m", "s"), "nuestra": ("f", "s"), "nuestros": ("m", "p"), "nuestras": ("f", "p"),
    "mucho": ("m", "s"), "mucha": ("f", "s"), "muchos": ("m", "p"), "muchas": ("f", "p"),
}  # fmt: skip
_CLITICS = {"la", "las", "los", "lo", "le", "les"}  # before a verb they are pronouns, not articles
_SER = {"soy": "1s", "eres": "2s", "es": "3s", "somos": "1p", "sois": "2p", "son": "3p"}
_ESTAR = {
    "estoy": "1s",
    "estas": "2s",
    "esta": "3s",
    "estamos": "1p",
    "estais": "2p",
    "estan": "3p",
}
_COPULAS = {**_SER, **_ESTAR}
_GUSTAR = {
    "gusta": "s",
    "gustan": "p",
    "encanta": "s",
    "encantan": "p",
    "interesa": "s",
    "interesan": "p",
}
_ARTICLE_FIX = {("m", "s"): "el", ("f", "s"): "la", ("m", "p"): "los", ("f", "p"): "las"}
_INDEFINITE_FIX = {("m", "s"): "un", ("f", "s"): "una", ("m", "p"): "unos", ("f", "p"): "unas"}
_SUBJECT_NOUN_CLASSES = {"family", "person", "pet", "place"}
_PREPOSITIONS = {
    "a",
    "al",
    "de",
    "del",
    "con",
    "en",
    "para",
    "por",
    "sin",
    "sobre",
    "desde",
    "hasta",
    "que",
}
PERSON_NAMES = {
    "1s": "yo", "2s": "tú", "3s": "él/ella", "1p": "nosotros", "2p": "vosotros", "3p": "ellos",
}  # fmt: skip


@dataclass(frozen=True)
class GrammarError:
    """One definite mistake: its kind, a message for the learner, and the fix if known."""

    kind: ErrorKind
    message: str
    start: int = -1
    end: int = -1
    fix: str | None = None


class _Reader:
    """The tokens of one answer, with the lookups every check needs."""

    def __init__(self, tokens: Tokens, kb: Knowledge):
        self.t = tokens
        self.w = list(tokens.words)
        self.kb = kb
        self.adverbs = {a for a in kb.lists.adverbs_between if " " not in a}

    def accented(self, i: int) -> bool:
        s, e = self.t.spans[i]
        return has_accent(self.t.original[s:e])

    def at(self, i: int) -> str:
        return self.w[i] if 0 <= i < len(self.w) else BOUNDARY

    def skip_adverbs(self, j: int) -> int:
        while j < len(self.w):
            if self.w[j] in self.adverbs:
                j += 1
            elif self.w[j] == "un" and self.at(j + 1) == "poco":
                j += 2
            elif self.w[j] == "sobre" and self.at(j + 1) == "todo":
                j += 2
            else:
                break
        return j

    def noun(self, i: int):
        return self.kb.vocabulary.nouns.get(self.at(i))

    def adjective(self, i: int):
        return self.kb.vocabulary.adjectives.get(self.at(i))

    def persons(self, i: int) -> dict[str, frozenset[str]]:
        return self.kb.persons.get(self.at(i), {})

    def subject_pronoun(self, i: int) -> str | None:
        """The person of a subject pronoun at i ("tu" and "el" only with their accent)."""
        word = self.at(i)
        if word in ("tu", "el") and not self.accented(i):
            return None
        return self.kb.subjects.get(word)

    def noun_phrase(self, i: int) -> tuple[int, str | None, str] | None:
        """A determiner + noun at i: (end index, gender, number), else None."""
        det = DETERMINERS.get(self.at(i))
        if det is None:
            return None
        j = i + 1
        if self.adjective(j) and self.noun(j + 1):
            j += 1
        noun = self.noun(j)
        if noun is None:
            return None
        return j + 1, noun.gender, noun.number
