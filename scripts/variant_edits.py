"""Meaning-preserving edits of a sentence, applied alike to a learner sentence and its correction.

Each edit takes the texts of one item (a learner sentence and its correction, or one native
sentence) and a seeded random source, and gives the edited texts, or None when it does not
apply to every text (no accent to strip, no name to swap...). The words come from
scripts/variant_words.yaml; the nouns swapped in are the shared vocabulary's
(lessons/vocabulary/nouns.yaml), read from the grader's knowledge. Used by scripts/variant_eval.py.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

import yaml

from langbot.grading.knowledge import knowledge
from langbot.grading.lexicon import RULES_IGNORE, lexicon
from langbot.text import fold

WORDS_FILE = Path(__file__).resolve().parent / "variant_words.yaml"
WORD = re.compile(r"\w+")
STRIP = str.maketrans("áéíóúüÁÉÍÓÚÜ", "aeiouuAEIOUU")
END = re.compile(r"[\s.…]*$")
# Classes whose nouns a sentence may agree with in more than gender and number (a date, a
# measure) or that hold a person's details: no swap there.
NO_SWAP_CLASSES = frozenset({"time", "month", "weekday", "season", "measure", "personal_detail"})

Texts = tuple[str, ...]
Edit = Callable[[Texts, random.Random], Texts | None]


@cache
def words() -> dict:
    """The edit words of variant_words.yaml."""
    return yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8"))


def _poses(word: str) -> frozenset[str]:
    return frozenset(
        r.upos for r in lexicon().readings_folded(fold(word)) if r.source not in RULES_IGNORE
    )


def _finite(word: str) -> bool:
    return any(
        r.upos in ("VERB", "AUX") and r.verbform == "Fin" and r.source not in RULES_IGNORE
        for r in lexicon().readings_folded(fold(word))
    )


def _tenses(word: str) -> frozenset[str]:
    return frozenset(
        r.tense or "" for r in lexicon().readings_folded(fold(word)) if r.verbform == "Fin"
    )


def _is_name(word: str) -> bool:
    names = words()["names"]
    return word in names["f"] or word in names["m"]


def _lower_first(text: str) -> str:
    first = WORD.search(text)
    if not first or _is_name(first.group()) or first.group().isupper() and len(first.group()) > 1:
        return text
    if not _poses(first.group().lower()) - {"PROPN", "NOUN"}:
        return text  # a name, or a word that may be one («Marisol», «Kat»): kept as written
    s = first.start()
    return text[:s] + text[s].lower() + text[s + 1 :]


def _plain(text: str) -> bool:
    """A statement: no question, exclamation or quotation to move words around in."""
    return not re.search(r"[¿?¡!\"“”«»:;()]", text)


def _each(texts: Texts, edit: Callable[[str], str | None]) -> Texts | None:
    out = tuple(edit(t) for t in texts)
    if any(o is None for o in out) or out == texts:
        return None
    return out  # type: ignore[return-value]


def strip_accents(texts: Texts, rng: random.Random) -> Texts | None:
    """Every accent and diaeresis dropped (ñ kept), as many learners write."""
    return _each(texts, lambda t: t.translate(STRIP))


def lower_first(texts: Texts, rng: random.Random) -> Texts | None:
    """The first letter in lower case (not a name's)."""
    return _each(texts, _lower_first)


def _prefixed(texts: Texts, prefix: str) -> Texts | None:
    return _each(texts, lambda t: prefix + _lower_first(t) if _plain(t) else None)


def prefix_clause(texts: Texts, rng: random.Random) -> Texts | None:
    """A fronted clause or discourse word: «Creo que», «En mi opinión,», «Pues,»."""
    return _prefixed(texts, rng.choice(words()["prefixes"]))


def prefix_past(texts: Texts, rng: random.Random) -> Texts | None:
    """«Cuando era niño,» before a sentence whose every finite verb is in a past tense."""
    for text in texts:
        found = [w for w in WORD.findall(text) if _finite(w) and _poses(w) <= {"VERB", "AUX"}]
        if not found or any(not _tenses(w) <= {"Imp", "Past"} for w in found):
            return None
    return _prefixed(texts, rng.choice(words()["past_prefixes"]))


def _append(text: str, suffix: str) -> str | None:
    if not _plain(text):
        return None
    return END.sub("", text) + suffix + "."


def append_clause(texts: Texts, rng: random.Random) -> Texts | None:
    """A coordinated clause at the end: «, pero no sé por qué», «y me gusta mucho»."""
    suffix = rng.choice(words()["suffixes"])
    return _each(texts, lambda t: _append(t, suffix))


def _insert_before_verb(text: str, adverb: str) -> str | None:
    if not _plain(text):
        return None
    tokens = list(WORD.finditer(text))
    table = words()
    for k, m in enumerate(tokens):
        if not (_finite(m.group()) and _poses(m.group()) <= {"VERB", "AUX"}):
            continue
        j = k
        while j > 0 and tokens[j - 1].group().lower() in table["clitics"]:
            j -= 1
        if j > 0 and tokens[j - 1].group().lower() in table["negation"]:
            return None
        at = tokens[j].start()
        if j == 0:
            return text[:at] + adverb.capitalize() + " " + _lower_first(text[at:])
        return text[:at] + adverb + " " + text[at:]
    return None


def insert_adverb(texts: Texts, rng: random.Random) -> Texts | None:
    """«también» or «siempre» before the first finite verb and its object pronouns."""
    adverb = rng.choice(words()["before_verb"])
    return _each(texts, lambda t: _insert_before_verb(t, adverb))


def _insert_before_adjective(text: str, adverb: str) -> str | None:
    tokens = list(WORD.finditer(text))
    table = words()
    for k in range(1, len(tokens)):
        word = tokens[k].group()
        if tokens[k - 1].group().lower() not in table["copulas"]:
            continue
        if (
            word.lower() in table["not_graded"]
            or not _poses(word)
            or not _poses(word)
            <= {
                "ADJ",
                "VERB",
            }
        ):
            continue
        if "ADJ" not in _poses(word):
            continue
        at = tokens[k].start()
        return text[:at] + adverb + " " + text[at:]
    return None


def insert_degree(texts: Texts, rng: random.Random) -> Texts | None:
    """«muy» before an adjective right after a form of ser or estar."""
    adverb = rng.choice(words()["before_adjective"])
    return _each(texts, lambda t: _insert_before_adjective(t, adverb))


def swap_name(texts: Texts, rng: random.Random) -> Texts | None:
    """A person's name, in every text, swapped for another of the same gender."""
    names = words()["names"]
    for gender in ("f", "m"):
        for name in names[gender]:
            pattern = re.compile(rf"\b{name}\b")
            if all(pattern.search(t) for t in texts):
                other = rng.choice([n for n in names[gender] if n != name])
                return tuple(pattern.sub(other, t) for t in texts)
    return None


@cache
def _swappable() -> dict[tuple[str, str, str], list[str]]:
    """(gender, number, class) -> the vocabulary noun forms a swap may put in."""
    vocabulary = knowledge().vocabulary
    table: dict[tuple[str, str, str], list[str]] = {}
    for folded, noun in sorted(vocabulary.nouns.items()):
        form = _noun_form(folded)
        if form is None:
            continue
        for cls in sorted(noun.classes - NO_SWAP_CLASSES):
            table.setdefault((noun.gender, noun.number, cls), []).append(form)
    return table


def _noun_form(folded: str) -> str | None:
    vocabulary = knowledge().vocabulary
    noun = vocabulary.nouns.get(folded)
    if noun is None or noun.gender is None or noun.number is None or " " in folded:
        return None
    if folded.startswith(("a", "ha")) or _poses(folded) - {"NOUN", "PROPN"}:
        return None  # «el agua»; a noun that is also a verb or adjective reads two ways
    form = noun.lemma if noun.number == "s" else vocabulary.plural_of(folded)
    return form if form and fold(form) == folded else None


def _replace_word(text: str, folded: str, other: str) -> str:
    """Every word of text that folds to `folded` replaced by `other`, its capital kept."""

    def put(m: re.Match) -> str:
        if fold(m.group()) != folded:
            return m.group()
        return other.capitalize() if m.group()[:1].isupper() else other

    return WORD.sub(put, text)


def swap_noun(texts: Texts, rng: random.Random) -> Texts | None:
    """A common noun found in every text swapped for a vocabulary noun of the same gender,
    number and class."""
    vocabulary = knowledge().vocabulary
    shared = [
        w
        for w in dict.fromkeys(fold(m.group()) for m in WORD.finditer(texts[0]))
        if _noun_form(w) and all(w in map(fold, WORD.findall(t)) for t in texts[1:])
    ]
    for folded in shared:
        noun = vocabulary.nouns[folded]
        classes = sorted(noun.classes - NO_SWAP_CLASSES)
        if not classes:
            continue
        pool = [
            f for f in _swappable()[(noun.gender, noun.number, classes[0])] if fold(f) != folded
        ]
        if not pool:
            continue
        other = rng.choice(pool)

        return tuple(_replace_word(t, folded, other) for t in texts)
    return None


EDITS: dict[str, Edit] = {
    "strip_accents": strip_accents,
    "lower_first": lower_first,
    "prefix_clause": prefix_clause,
    "prefix_past": prefix_past,
    "insert_adverb": insert_adverb,
    "insert_degree": insert_degree,
    "append_clause": append_clause,
    "swap_name": swap_name,
    "swap_noun": swap_noun,
}
