"""What each slot kind matches in the tagged token stream.

Every token in the stream reads `[~]word/TAGS ` : "~" marks a word that can never be part of
a name (grammar words, verb forms, politeness), and TAGS are letters for what the grader
knows the word to be (see TAG below). Slots test tags instead of listing words, so an open
class of hundreds of words is still a short regex, and none nests an unbounded repeat.
"""

import re

from langbot.text import fold

# Tag letters: n noun, a adjective, e adjective of state, T nationality, v infinitive,
# N number word,
# and one letter per noun class.
NOUN_CLASS_TAGS = {
    "food": "F",
    "drink": "D",
    "job": "J",
    "study": "S",
    "music": "M",
    "film": "L",
    "family": "A",
    "pet": "P",
    "hobby": "H",
    "language": "G",
    "place": "C",
    "person": "R",
    "reading": "B",
}

_ANY = r"[^\s/]+/[A-Za-z]* "
_FREE = r"(?![~,])[^\s/]+/[A-Za-z]* "
# A name word: not a job, a state or a nationality ("soy estudiante" names no one).
_NAME_WORD = r"(?![~,])(?![^\s/]+/[A-Za-z]*[JeT])[^\s/]+/[A-Za-z]* "
BOUNDARY_RE = r"(?:,/ )?"


def lit(words: str) -> str:
    """A literal alternation of folded words, each as one token."""
    alts = "|".join(re.escape(w) for w in words.split("|"))
    return rf"~?(?:{alts})/[A-Za-z]* "


def tagged(tag: str) -> str:
    """One token carrying a tag letter."""
    return rf"~?[^\s/]+/[A-Za-z]*{tag}[A-Za-z]* "


_DET = lit(
    "el|la|los|las|un|una|unos|unas|mi|mis|tu|tus|su|sus|del|al|este|esta|estos|estas|"
    "nuestro|nuestra|nuestros|nuestras|mucho|mucha|muchos|muchas|poco|poca|algo|otro|otra|"
    "dos|tres|cuatro|cinco|varios|varias|algunos|algunas"
)
_INTENS = lit("muy|bastante|super|tan|algo|un|poco|demasiado|mas|muchisimo|realmente|siempre")
_ADJ = tagged("a")
_NOUN = tagged("n")
_LINK = r"(?:,/ ~?(?:y|e|o)/[A-Za-z]* |,/ |~?(?:y|e|o|ni)/[A-Za-z]* )"
_PREP = lit("de|con|sin|del|al|en|para|a")

UNITS = "uno|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve"
TEENS = "diez|once|doce|trece|catorce|quince|dieciseis|diecisiete|dieciocho|diecinueve"
TENS = "veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa"
_NUMBER_WORD = (
    rf"~?(?:\d{{1,4}}|cero|{UNITS}|{TEENS}|veinti(?:un|uno|una|{UNITS})|{TENS}|cien|ciento|mil|primero)"
    r"/[A-Za-z]* "
)
NUMBER = rf"(?>{_NUMBER_WORD}(?:~?y/[A-Za-z]* {lit(UNITS)})?)"
_HOUR = lit(
    "una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|1|2|3|4|5|6|7|8|9|10|11|12|13|14|15|16|17|18|19|20|21|22|23|24"
)
TIME = (
    rf"(?>(?:{lit('la|las')})?{_HOUR}"
    rf"(?:(?:{lit('y|menos')}){lit('media|cuarto|cinco|diez|veinte|veinticinco|quince|treinta|cuarenta')}"
    rf"|(?:,/ )?~?\d{{2}}/[A-Za-z]* )?"
    rf"(?:{lit('en')}{lit('punto')})?"
    rf"(?:{lit('am|pm|h|horas')})?"
    rf"|{lit('medianoche|mediodia')})"
)


def _np(head: str) -> str:
    """A noun phrase whose head matches `head`: article, adjectives and one complement."""
    complement = rf"(?:{_PREP}(?:{_DET})?(?:{_ADJ})?{_NOUN}(?:{_ADJ})?)?"
    return rf"(?:{_DET}){{0,2}}(?:{_ADJ})?{head}(?:{_ADJ}){{0,2}}{complement}"


def _listed(item: str) -> str:
    """One item or several joined by commas and y: "café, tostadas y zumo"."""
    return rf"(?>{item}(?:{_LINK}{item}){{0,4}})"


def multiword_regex(phrase: str) -> str:
    """A multi-word entry (e.g. "ciencia ficción") as a run of tokens."""
    return "".join(lit(w) for w in fold(phrase).split())


def noun_class(tag: str, multiword: list[str]) -> str:
    """A list of noun phrases headed by a noun of one class."""
    heads = [multiword_regex(p) for p in multiword] + [tagged(tag)]
    return _listed(_np("(?:" + "|".join(heads) + ")"))


def adjectives(tag: str = "a") -> str:
    """A list of adjectives (with muy, un poco...) carrying a tag."""
    return _listed(rf"(?:{_INTENS}){{0,2}}{tagged(tag)}")


def hobbies(multiword: list[str]) -> str:
    """Activities: an infinitive and what follows it, or a hobby noun ("el fútbol")."""
    tail = rf"(?:{_DET}|{_PREP}|{_FREE}){{0,4}}+"
    activity = rf"(?:{tagged('v')}{tail}|{noun_class('H', multiword)})"
    return _listed(activity)


def activities() -> str:
    """What someone does: a finite verb and what follows it ("voy al gimnasio", "leo")."""
    tail = rf"(?:{_DET}|{_PREP}|{_FREE}){{0,4}}+"
    return _listed(rf"(?:{lit('me|te|se|nos')})?{tagged('f')}{tail}")


NAME = rf"(?>{_NAME_WORD}(?:(?:{lit('de|del|la')}){{0,2}}{_NAME_WORD}){{0,4}}+)"
PLACE = (
    rf"(?>(?:{lit('el|la|los|las')})?{_FREE}(?:{_FREE}){{0,3}}+"
    rf"(?:{lit('de|del')}(?:{lit('la|el|los|las')})?{_FREE}(?:{_FREE}){{0,2}}+)?)"
)


def value_list(values: list[str]) -> str:
    """One of a step's listed values, longest first."""
    alts = sorted({multiword_regex(v) for v in values}, key=len, reverse=True)
    return "(?>" + "|".join(alts) + ")"
