"""Beginner grammar checks over a lesson's own vocabulary.

The rules are deliberately narrow: each one catches a mistake A1 learners make in
these lessons, and each message points at the problem without giving the answer.
"""

from langbot.agreement import check_adjectives, check_articles, check_numerals
from langbot.conjugation import PERSON_NAMES, REFLEXIVE_PRONOUNS, SUBJECT_PRONOUNS, is_reflexive
from langbot.lexicon import DETERMINERS, NUMBER_WORDS, GrammarError, Lexicon
from langbot.text import fold

_FILLERS = {
    "muy",
    "mucho",
    "muchisimo",
    "mas",
    "tambien",
    "bastante",
    "no",
    "siempre",
    "nunca",
    "un",
    "poco",
    "nada",
    "tampoco",
}
_SER = {"soy": "1s", "eres": "2s", "es": "3s", "somos": "1p", "sois": "2p", "son": "3p"}
_ESTAR = {"estoy", "estas", "esta", "estamos", "estais", "estan"}
_STATES = {
    "bien",
    "mal",
    "regular",
    "cansado",
    "cansada",
    "cansados",
    "cansadas",
    "contento",
    "contenta",
    "contentos",
    "contentas",
    "enfermo",
    "enferma",
    "ocupado",
    "ocupada",
    "triste",
    "nervioso",
    "nerviosa",
    "aqui",
    "alli",
    "ahi",
    "cerca",
    "lejos",
    "enfrente",
    "fenomenal",
}
_STATE_PHRASES = {
    ("a", "la", "derecha"),
    ("a", "la", "izquierda"),
    ("al", "lado"),
    ("todo", "recto"),
    ("a", "la", "vuelta"),
}
_SER_ONLY = {
    "alto",
    "alta",
    "bajo",
    "baja",
    "simpatico",
    "simpatica",
    "inteligente",
    "espanol",
    "espanola",
    "ingles",
    "inglesa",
    "americano",
    "americana",
    "mexicano",
    "mexicana",
    "frances",
    "francesa",
    "aleman",
    "alemana",
}
_ESTAR_DE_OK = {"vacaciones", "acuerdo", "viaje", "pie", "buen", "mal", "moda", "compras", "fiesta"}
_GUSTAR = {"gusta": "s", "gustan": "p", "encanta": "s", "encantan": "p"}


def _next_content(tokens: list[str], i: int) -> int:
    j = i + 1
    while j < len(tokens) and tokens[j] in _FILLERS - {"un", "no"}:
        j += 1
    return j


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
                errors.append(
                    GrammarError(
                        "verb",
                        f"After «{tok}», «{tokens[j]}» is the wrong form of «{hit[0]}»: "
                        f"use the {PERSON_NAMES[person]} form.",
                    )
                )
        elif tok in REFLEXIVE_PRONOUNS and i + 1 < len(tokens):
            hit = lex.forms.get(tokens[i + 1])
            refl = [(inf, p) for inf, p in hit or [] if is_reflexive(inf)]
            if refl and not any(REFLEXIVE_PRONOUNS[tok] & p for _, p in refl):
                inf = refl[0][0]
                errors.append(
                    GrammarError(
                        "verb",
                        f"«{tok} {tokens[i + 1]}» don't match: with «{tok}», «{inf}» needs "
                        f"the {PERSON_NAMES[sorted(REFLEXIVE_PRONOUNS[tok])[0]]} form.",
                    )
                )
    return errors


def check_person(
    tokens: list[str], expected: dict[str, set[str]], lex: Lexicon
) -> list[GrammarError]:
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
            errors.append(
                GrammarError(
                    "verb",
                    f"You're talking about yourself: «{tok}» is the tú form of «{inf}»; "
                    "use the yo form.",
                )
            )
            break
    return errors


def _check_gustar(tokens: list[str], lex: Lexicon) -> list[GrammarError]:
    errors = []
    for i, tok in enumerate(tokens):
        prev = tokens[i - 1] if i else ""
        if tok in ("gusto", "gusta") and prev == "yo":
            errors.append(
                GrammarError(
                    "gustar",
                    "With gustar, the thing you like is the subject: put «me» before the verb "
                    "instead of «yo».",
                )
            )
            continue
        if tok == "gusto" and prev == "me":
            errors.append(
                GrammarError(
                    "gustar",
                    "«me gusto» means “I like myself”: gustar agrees with the thing you like.",
                )
            )
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
            errors.append(
                GrammarError(
                    "gustar",
                    f"«{tok}» must agree with what you like: one thing or an action takes the "
                    "singular form, plural things take the plural form.",
                )
            )
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
        if (nxt.isdigit() or nxt in NUMBER_WORDS) and "anos" in tokens[j + 1 : j + 3]:
            errors.append(
                GrammarError(
                    "serestar",
                    "In Spanish, age goes with tener (you “have” years), not ser or estar.",
                )
            )
        elif tok in _SER and (nxt in _STATES or any(after[: len(p)] == p for p in _STATE_PHRASES)):
            errors.append(
                GrammarError(
                    "serestar",
                    "For how someone feels or where something is, use estar, not ser.",
                )
            )
        elif tok in _ESTAR:
            origin = nxt == "de" and j + 1 < len(tokens) and tokens[j + 1] not in _ESTAR_DE_OK
            if nxt in ("un", "una"):
                noun = j + 1 < len(tokens) and tokens[j + 1] in lex.nouns
            else:
                # "esta casa", "estas casas": there esta/estas are demonstratives, not estar
                noun = nxt in lex.nouns and tok not in ("esta", "estas")
            if origin or nxt in _SER_ONLY or noun:
                errors.append(
                    GrammarError(
                        "serestar",
                        "For origin, jobs and what someone is like, use ser, not estar.",
                    )
                )
    return errors


def check_grammar(
    text_or_tokens, lex: Lexicon, expected: dict[str, set[str]] | None = None
) -> list[GrammarError]:
    """Every beginner mistake the lesson's vocabulary lets us detect, in reading order."""
    tokens = text_or_tokens if isinstance(text_or_tokens, list) else fold(text_or_tokens).split()
    errors = (
        check_articles(tokens, lex)
        + check_adjectives(tokens, lex)
        + check_numerals(tokens, lex)
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


__all__ = ["GrammarError", "Lexicon", "check_grammar", "expected_persons"]
