"""What each slot kind matches in the tagged token stream.

Every token in the stream reads `[~]word/TAGS ` : "~" marks a word that can never be part of
a name (grammar words, verb forms, politeness), and TAGS are letters for what the grader
knows the word to be (see the tag letters below). Slots test tags instead of listing words, so an open
class of hundreds of words is still a short regex, and none nests an unbounded repeat.
"""

import re
import string
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from langbot.errors import LessonFileError
from langbot.grading.words import grader_words
from langbot.text import fold

if TYPE_CHECKING:
    from langbot.grading.vocabulary import Vocabulary

# Tag letters the stream always uses: n noun, a adjective, v infinitive, N number written in
# digits, f finite verb. Every class a vocabulary file names (food, job, state...) gets a letter
# of its own; three are fixed because the patterns below use them: a job is never a name, an
# adjective of state or of nationality neither.
FIXED_CLASS_TAGS = {"job": "J", "state": "e", "nationality": "T"}
_RESERVED = "navNf" + "".join(FIXED_CLASS_TAGS.values())
CLASS_LETTERS = "".join(c for c in string.ascii_letters if c not in _RESERVED)
# Kinds whose matching is built here rather than read from a class of the vocabulary
# (hobby and state also use their class's words).
BUILT_IN_KINDS = (
    "number", "time", "name", "place", "state", "description", "nationality",
    "activity", "hobby", "thing",
)  # fmt: skip


def class_tags(classes: Iterable[str]) -> dict[str, str]:
    """One tag letter for each vocabulary class, the same for the same set of classes."""
    classes = set(classes)
    tags = {c: FIXED_CLASS_TAGS[c] for c in classes if c in FIXED_CLASS_TAGS}
    rest = sorted(classes - set(tags))
    if len(rest) > len(CLASS_LETTERS):
        raise LessonFileError(
            f"lessons/vocabulary: {len(rest) + len(tags)} word classes, more than the "
            f"{len(CLASS_LETTERS) + len(tags)} the grader can tell apart; merge some classes"
        )
    return tags | dict(zip(rest, CLASS_LETTERS, strict=False))


_ANY = r"[^\s/]+/[A-Za-z]* "
_FREE = r"(?![~,])[^\s/]+/[A-Za-z]* "
# A name word: not a job, a state or a nationality ("soy estudiante" names no one).
_NAME_WORD = r"(?![~,])(?![^\s/]+/[A-Za-z]*[JeT])[^\s/]+/[A-Za-z]* "
BOUNDARY_RE = r"(?:,/ )?"


def lit(words: str | Iterable[str]) -> str:
    """A literal alternation of folded words ("a|b" or a list), each as one token."""
    alts = "|".join(re.escape(w) for w in (words.split("|") if isinstance(words, str) else words))
    return rf"~?(?:{alts})/[A-Za-z]* "


def tagged(tag: str) -> str:
    """One token carrying a tag letter."""
    return rf"~?[^\s/]+/[A-Za-z]*{tag}[A-Za-z]* "


_ADJ = tagged("a")
_NOUN = tagged("n")
_NOUN_OR_ADJ = tagged("[na]")


@dataclass(frozen=True)
class _Parts:
    """The pieces of the slot regexes that hold words (data/grader_words.yaml)."""

    det: str
    intens: str
    link: str
    prep: str
    number: str
    time: str
    name: str
    place: str
    verb_pronoun: str


@lru_cache(maxsize=1)
def parts() -> _Parts:
    """Build the word pieces of the slot regexes once, from the grader's role words."""
    w = grader_words()
    units = "|".join(w.number_units)
    plain = "|".join(u for u in w.number_units if u not in w.number_articles)
    # "una nariz", "un perro": the article, not a number; before the age words it counts.
    article = rf"{lit(w.number_articles)}(?!(?!{lit(w.age_words)}){_NOUN_OR_ADJ})"
    number_word = rf"{article}|" + (
        rf"~?(?:\d{{1,4}}|{plain}|{'|'.join(w.number_teens)}"
        rf"|{re.escape(w.number_twenties_prefix)}(?:{units})|{'|'.join(w.number_tens)}"
        rf"|{'|'.join(w.number_others)})/[A-Za-z]* "
    )
    hour = lit([*w.clock_hours, *(str(n) for n in range(1, 25))])
    sharp = "".join(lit(word) for word in w.clock_sharp[0].split())
    time = (
        rf"(?>(?:{lit(w.clock_articles)})?{hour}"
        rf"(?:(?:{lit(w.clock_joins)}){lit(w.clock_minutes)}|(?:,/ )?~?\d{{2}}/[A-Za-z]* )?"
        rf"(?:{sharp})?(?:{lit(w.clock_suffixes)})?|{lit(w.clock_words)})"
    )
    links = "|".join(w.list_links)
    alone = "|".join([*w.list_links, *w.list_links_alone])
    free = _FREE
    place_det = lit(w.place_articles)
    return _Parts(
        det=lit(w.slot_determiners),
        intens=lit(w.slot_intensifiers),
        link=rf"(?:,/ ~?(?:{links})/[A-Za-z]* |,/ |~?(?:{alone})/[A-Za-z]* )",
        prep=lit(w.slot_prepositions),
        number=rf"(?>{number_word}(?:{lit(w.number_and)}{lit(w.number_units)})?)",
        time=time,
        name=rf"(?>{_NAME_WORD}(?:(?:{lit(w.name_joins)}){{0,2}}{_NAME_WORD}){{0,4}}+)",
        place=(
            rf"(?>(?:{place_det})?{free}(?:{free}){{0,3}}+"
            rf"(?:{lit(w.place_joins)}(?:{place_det})?{free}(?:{free}){{0,2}}+)?)"
        ),
        verb_pronoun=lit(w.verb_pronouns),
    )


def _np(head: str) -> str:
    """A noun phrase whose head matches `head`: article, adjectives and one complement."""
    p = parts()
    complement = rf"(?:{p.prep}(?:{p.det})?(?:{_ADJ})?{_NOUN}(?:{_ADJ})?)?"
    return rf"(?:{p.det}){{0,2}}(?:{_ADJ})?{head}(?:{_ADJ}){{0,2}}{complement}"


def _listed(item: str) -> str:
    """One item or several joined by commas and y: "café, tostadas y zumo"."""
    return rf"(?>{item}(?:{parts().link}{item}){{0,4}})"


def multiword_regex(phrase: str) -> str:
    """A multi-word entry (e.g. "ciencia ficción") as a run of tokens."""
    return "".join(lit(w) for w in fold(phrase).split())


def noun_class(tag: str, multiword: list[str]) -> str:
    """A list of noun phrases headed by a noun of one class."""
    heads = [multiword_regex(p) for p in multiword] + [tagged(tag)]
    return _listed(_np("(?:" + "|".join(heads) + ")"))


def adjectives(tag: str = "a") -> str:
    """A list of adjectives (with muy, un poco...) carrying a tag."""
    return _listed(rf"(?:{parts().intens}){{0,2}}{tagged(tag)}")


def hobbies(tag: str | None, multiword: list[str]) -> str:
    """Activities: an infinitive and what follows it, or a hobby noun ("el fútbol")."""
    p = parts()
    tail = rf"(?:{p.det}|{p.prep}|{_FREE}){{0,4}}+"
    noun = f"|{noun_class(tag, multiword)}" if tag else ""
    activity = rf"(?:{tagged('v')}{tail}{noun})"
    return _listed(activity)


def activities() -> str:
    """What someone does: a finite verb and what follows it ("voy al gimnasio", "leo")."""
    p = parts()
    tail = rf"(?:{p.det}|{p.prep}|{_FREE}){{0,4}}+"
    return _listed(rf"(?:{p.verb_pronoun})?{tagged('f')}{tail}")


def value_list(values: list[str]) -> str:
    """One of a step's listed values, longest first."""
    alts = sorted({multiword_regex(v) for v in values}, key=len, reverse=True)
    return "(?>" + "|".join(alts) + ")"


def slot_kinds(vocabulary: "Vocabulary") -> frozenset[str]:
    """Every kind a slot can name: the built-in ones and every class of the vocabulary."""
    return frozenset(BUILT_IN_KINDS) | vocabulary.noun_classes | vocabulary.adjective_classes


def kind_regex(kind: str, vocabulary: "Vocabulary", tags: dict[str, str]) -> str:
    """The regex for a slot of a kind; KeyError for a kind neither built in nor a class."""
    built_in = {
        "number": lambda: parts().number,
        "time": lambda: parts().time,
        "name": lambda: parts().name,
        "place": lambda: parts().place,
        "state": lambda: adjectives(FIXED_CLASS_TAGS["state"]),
        "description": lambda: adjectives("a"),
        "nationality": lambda: adjectives(FIXED_CLASS_TAGS["nationality"]),
        "activity": activities,
        "hobby": lambda: hobbies(tags.get("hobby"), vocabulary.multiword("hobby")),
        "thing": lambda: noun_class("n", []),
    }
    if kind in built_in:
        return built_in[kind]()
    if kind in vocabulary.noun_classes:
        return noun_class(tags[kind], vocabulary.multiword(kind))
    if kind in vocabulary.adjective_classes:
        return adjectives(tags[kind])
    raise KeyError(kind)
