"""Beginner grammar checks over a lesson's own vocabulary.

The rules are deliberately narrow: each one catches a mistake A1 learners make in
these lessons, and each message points at the problem without giving the answer.
"""

from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from langbot.conjugation import (
    PERSON_NAMES,
    REFLEXIVE_PRONOUNS,
    SUBJECT_PRONOUNS,
    conjugate,
    form_index,
    is_reflexive,
)
from langbot.text import fold

ErrorKind = Literal["gender", "number", "verb", "gustar", "serestar"]

# determiner -> (gender or None for either, number)
DETERMINERS: dict[str, tuple[str | None, str]] = {
    "el": ("m", "s"), "la": ("f", "s"), "los": ("m", "p"), "las": ("f", "p"),
    "un": ("m", "s"), "una": ("f", "s"), "unos": ("m", "p"), "unas": ("f", "p"),
    "del": ("m", "s"), "al": ("m", "s"),
    "este": ("m", "s"), "esta": ("f", "s"), "estos": ("m", "p"), "estas": ("f", "p"),
    "ese": ("m", "s"), "esa": ("f", "s"), "esos": ("m", "p"), "esas": ("f", "p"),
    "mi": (None, "s"), "tu": (None, "s"), "su": (None, "s"),
    "mis": (None, "p"), "tus": (None, "p"), "sus": (None, "p"),
    "nuestro": ("m", "s"), "nuestra": ("f", "s"), "nuestros": ("m", "p"), "nuestras": ("f", "p"),
}
# feminine nouns that take "el"/"un" because they start with a stressed a
_STRESSED_A = {"agua", "hambre", "aula", "arma", "alma", "area", "aguila", "hacha"}
_FILLERS = {"muy", "mucho", "muchisimo", "mas", "tambien", "bastante", "no", "siempre", "nunca",
            "un", "poco", "nada", "tampoco"}
_SER = {"soy": "1s", "eres": "2s", "es": "3s", "somos": "1p", "sois": "2p", "son": "3p"}
_ESTAR = {"estoy", "estas", "esta", "estamos", "estais", "estan"}
_STATES = {
    "bien", "mal", "regular", "cansado", "cansada", "cansados", "cansadas", "contento",
    "contenta", "contentos", "contentas", "enfermo", "enferma", "ocupado", "ocupada", "triste",
    "nervioso", "nerviosa", "aqui", "alli", "ahi", "cerca", "lejos", "enfrente", "fenomenal",
}
_STATE_PHRASES = {("a", "la", "derecha"), ("a", "la", "izquierda"), ("al", "lado"),
                  ("todo", "recto"), ("a", "la", "vuelta")}
_SER_ONLY = {"alto", "alta", "bajo", "baja", "simpatico", "simpatica", "inteligente",
             "espanol", "espanola", "ingles", "inglesa", "americano", "americana",
             "mexicano", "mexicana", "frances", "francesa", "aleman", "alemana"}
_ESTAR_DE_OK = {"vacaciones", "acuerdo", "viaje", "pie", "buen", "mal", "moda", "compras", "fiesta"}
_NUMBER_WORDS = {
    "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once",
    "doce", "trece", "catorce", "quince", "dieciseis", "diecisiete", "dieciocho", "diecinueve",
    "veinte", "veintiuno", "veintidos", "veintitres", "veinticuatro", "veinticinco", "treinta",
    "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa", "cien",
}
_GUSTAR = {"gusta": "s", "gustan": "p", "encanta": "s", "encantan": "p"}


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


def _next_content(tokens: list[str], i: int) -> int:
    j = i + 1
    while j < len(tokens) and tokens[j] in _FILLERS - {"un", "no"}:
        j += 1
    return j


def _check_articles(tokens: list[str], lex: Lexicon) -> list[GrammarError]:
    errors = []
    for i, (det, noun_form) in enumerate(zip(tokens, tokens[1:], strict=False)):
        if det not in DETERMINERS or noun_form not in lex.nouns:
            continue
        if det in ("un", "una") and i >= 2 and tokens[i - 1] == "y" and tokens[i - 2] in _NUMBER_WORDS:
            continue  # "treinta y un años": a number, not an article
        word, gender, numbers = lex.nouns[noun_form]
        d_gender, d_number = DETERMINERS[det]
        if d_number not in numbers:
            errors.append(GrammarError(
                "number",
                f"«{det} {noun_form}»: the article and the noun must both be singular or both plural.",
            ))
        elif gender and d_gender and d_gender != gender:
            if gender == "f" and det in ("el", "un") and noun_form in _STRESSED_A:
                continue
            kind = "masculine" if gender == "m" else "feminine"
            errors.append(GrammarError(
                "gender", f"«{word}» is a {kind} word: check the article before it."
            ))
    return errors


def _check_subjects(tokens: list[str], lex: Lexicon) -> list[GrammarError]:
    errors = []
    for i, tok in enumerate(tokens):
        if tok in SUBJECT_PRONOUNS:
            person = SUBJECT_PRONOUNS[tok]
            j = i + 1
            while j < len(tokens) and tokens[j] in ("no", "tambien", "siempre", "nunca"):
                j += 1
            if j < len(tokens) and tokens[j] in REFLEXIVE_PRONOUNS:
                j += 1
            hit = lex.persons_of(tokens[j]) if j < len(tokens) else None
            if hit and person not in hit[1]:
                errors.append(GrammarError(
                    "verb",
                    f"After «{tok}», «{tokens[j]}» is the wrong form of «{hit[0]}»: "
                    f"use the {PERSON_NAMES[person]} form.",
                ))
        elif tok in REFLEXIVE_PRONOUNS and i + 1 < len(tokens):
            hit = lex.forms.get(tokens[i + 1])
            refl = [(inf, p) for inf, p in hit or [] if is_reflexive(inf)]
            if refl and not any(REFLEXIVE_PRONOUNS[tok] & p for _, p in refl):
                inf = refl[0][0]
                errors.append(GrammarError(
                    "verb",
                    f"«{tok} {tokens[i + 1]}» don't match: with «{tok}», «{inf}» needs "
                    f"the {PERSON_NAMES[sorted(REFLEXIVE_PRONOUNS[tok])[0]]} form.",
                ))
    return errors


def check_person(tokens: list[str], expected: dict[str, set[str]], lex: Lexicon) -> list[GrammarError]:
    """Flag the tú form of a verb the model answer uses in the yo form (echoing the question)."""
    errors = []
    for i, tok in enumerate(tokens):
        hit = lex.forms.get(tok)
        if not hit:
            continue
        for inf, persons in hit:
            want = expected.get(inf)
            if not want or "1s" not in want or persons & want or "2s" not in persons:
                continue
            if i and tokens[i - 1] in SUBJECT_PRONOUNS:
                continue  # an explicit subject is checked by _check_subjects
            errors.append(GrammarError(
                "verb",
                f"You're talking about yourself: «{tok}» is the tú form of «{inf}»; "
                "use the yo form.",
            ))
            break
    return errors


def _check_gustar(tokens: list[str], lex: Lexicon) -> list[GrammarError]:
    errors = []
    for i, tok in enumerate(tokens):
        prev = tokens[i - 1] if i else ""
        if tok in ("gusto", "gusta") and prev == "yo":
            errors.append(GrammarError(
                "gustar",
                "With gustar, the thing you like is the subject: put «me» before the verb "
                "instead of «yo».",
            ))
            continue
        if tok == "gusto" and prev == "me":
            errors.append(GrammarError(
                "gustar", "«me gusto» means “I like myself”: gustar agrees with the thing you like."
            ))
            continue
        if tok not in _GUSTAR:
            continue
        j = _next_content(tokens, i)
        if j >= len(tokens):
            continue
        nxt = tokens[j]
        number = _GUSTAR[tok]
        if nxt in DETERMINERS:
            thing = DETERMINERS[nxt][1]
        elif nxt in lex.nouns and len(lex.nouns[nxt][2]) == 1:
            thing = next(iter(lex.nouns[nxt][2]))
        elif nxt in lex.infinitives or (nxt.endswith(("ar", "er", "ir")) and len(nxt) > 3):
            thing = "s"
        else:
            continue
        if thing != number:
            errors.append(GrammarError(
                "gustar",
                f"«{tok}» must agree with what you like: one thing or an action takes the "
                "singular form, plural things take the plural form.",
            ))
    return errors


def _check_ser_estar(tokens: list[str], lex: Lexicon) -> list[GrammarError]:
    errors = []
    for i, tok in enumerate(tokens):
        if tok not in _SER and tok not in _ESTAR:
            continue
        j = _next_content(tokens, i)
        if j >= len(tokens):
            continue
        nxt = tokens[j]
        after = tuple(tokens[j : j + 3])
        if (nxt.isdigit() or nxt in _NUMBER_WORDS) and "anos" in tokens[j + 1 : j + 3]:
            errors.append(GrammarError(
                "serestar", "In Spanish, age goes with tener (you “have” years), not ser or estar."
            ))
        elif tok in _SER and (nxt in _STATES or any(after[: len(p)] == p for p in _STATE_PHRASES)):
            errors.append(GrammarError(
                "serestar",
                "For how someone feels or where something is, use estar, not ser.",
            ))
        elif tok in _ESTAR:
            origin = nxt == "de" and j + 1 < len(tokens) and tokens[j + 1] not in _ESTAR_DE_OK
            if nxt in ("un", "una"):
                noun = j + 1 < len(tokens) and tokens[j + 1] in lex.nouns
            else:
                # "esta casa", "estas casas": there esta/estas are demonstratives, not estar
                noun = nxt in lex.nouns and tok not in ("esta", "estas")
            if origin or nxt in _SER_ONLY or noun:
                errors.append(GrammarError(
                    "serestar",
                    "For origin, jobs and what someone is like, use ser, not estar.",
                ))
    return errors


def check_grammar(text_or_tokens, lex: Lexicon, expected: dict[str, set[str]] | None = None) -> list[GrammarError]:
    """Every beginner mistake the lesson's vocabulary lets us detect, in reading order."""
    tokens = text_or_tokens if isinstance(text_or_tokens, list) else fold(text_or_tokens).split()
    errors = (
        _check_articles(tokens, lex)
        + _check_subjects(tokens, lex)
        + _check_gustar(tokens, lex)
        + _check_ser_estar(tokens, lex)
    )
    if expected and not any(e.kind == "verb" for e in errors):
        errors += check_person(tokens, expected, lex)
    return errors


def expected_persons(model_answer: str, lex: Lexicon) -> dict[str, set[str]]:
    """The persons in which the model answer uses each of the lesson's verbs."""
    out: dict[str, set[str]] = {}
    for tok in fold(model_answer).split():
        for inf, persons in lex.forms.get(tok, []):
            out.setdefault(inf, set()).update(persons)
    return out


__all__ = ["GrammarError", "Lexicon", "check_grammar", "expected_persons", "conjugate"]
