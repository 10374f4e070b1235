"""Verb checks: person against the real subject, irregular forms, reflexives and the
little words around verbs (contractions, «ir a», clock times)."""

from langbot.grading.reader import (
    _CLITICS,
    _COPULAS,
    _GUSTAR,
    _PREPOSITIONS,
    _SUBJECT_NOUN_CLASSES,
    PERSON_NAMES,
    GrammarError,
    _Reader,
)
from langbot.grading.tokens import BOUNDARY


def _subject(r: _Reader, i: int) -> tuple[str, int] | None:
    """A subject that starts at i: (person, index after it), or None."""
    if r.at(i - 1) in _PREPOSITIONS:
        return None
    person = r.subject_pronoun(i)
    if person:
        j = i + 1
        if r.at(j) == "y" and (r.subject_pronoun(j + 1) or r.noun_phrase(j + 1)):
            return None  # "tú y yo": leave coordinated subjects alone
        return person, j
    np = r.noun_phrase(i)
    if np is None:
        return None
    noun = r.noun(np[0] - 1)
    if not (noun.classes & _SUBJECT_NOUN_CLASSES) or r.at(i) in (
        "un",
        "una",
        "unos",
        "unas",
        "mucho",
        "mucha",
        "muchos",
        "muchas",
    ):
        return None
    end, number = np[0], np[2]
    if r.at(end) == "y":
        if r.at(end + 1) == "yo":
            return "1p", end + 2
        if r.noun_phrase(end + 1):
            return "3p", r.noun_phrase(end + 1)[0]
        return None
    return ("3p" if number == "p" else "3s"), end  # fmt: skip


def _verb_person(r: _Reader) -> list[GrammarError]:
    errors = []
    for i in range(len(r.w)):
        found = _subject(r, i)
        if not found:
            continue
        person, j = found
        while r.at(j) in (
            "no",
            "tambien",
            "siempre",
            "nunca",
            "normalmente",
            "solo",
            "ya",
            "todavia",
            "casi",
        ):
            j += 1
        clitic = r.at(j) if r.at(j) in r.kb.reflexive or r.at(j) in _CLITICS else None
        k = j + 1 if clitic else j
        forms = r.persons(k)
        pronoun = r.subject_pronoun(i) is not None
        if pronoun and not clitic and r.at(k) in r.kb.infinitive_forms and not forms:
            inf = next(
                (inf for inf, labels in r.kb.verbs.forms.get(r.at(k), []) if "inf" in labels), None
            )
            fix = r.kb.verbs.present(inf).get(person) if inf else None
            if fix:
                errors.append(
                    GrammarError(
                        "verb",
                        f"After «{r.w[i]}», conjugate the verb: «{r.w[k]}» is the infinitive.",
                        k,
                        k + 1,
                        fix,
                    )
                )
            continue
        if not forms or (r.noun(k) and not pronoun and not clitic and r.at(k) not in _COPULAS):
            continue
        if any(r.kb.verbs.is_like_gustar(inf) for inf in forms):
            continue
        if r.at(k) == "esta" and not r.accented(k) and r.noun(k + 1):
            continue
        people = frozenset().union(*forms.values())
        if person not in people:
            inf = next(iter(forms))
            fix = r.kb.verbs.present(inf).get(person)
            errors.append(
                GrammarError(
                    "verb",
                    f"«{r.w[k]}» is the wrong form of «{inf}» for «{' '.join(r.w[i:j])}»: "
                    f"use the {PERSON_NAMES[person]} form.",
                    k, k + 1, fix,
                )
            )  # fmt: skip
    return errors


def _irregular(r: _Reader) -> list[GrammarError]:
    """An irregular verb conjugated as if regular: "yo empezo", "jugo al fútbol"."""
    errors = []
    for i, tok in enumerate(r.w):
        hit = r.kb.regularised.get(tok)
        if hit is None or tok in r.kb.vocabulary.adjectives:
            continue
        if (
            r.noun(i)
            and r.at(i + 1) not in ("a", "al", "con", "en", "de")
            and not r.subject_pronoun(i - 1)
        ):
            continue  # "jugo" is also juice
        inf, _, real = hit
        errors.append(
            GrammarError(
                "verb",
                f"«{inf}» is irregular: the form you need is not «{tok}». Check how «{inf}» changes.",
                i,
                i + 1,
                real,
            )
        )
    return errors  # fmt: skip


_IR = {"voy", "vas", "va", "vamos", "vais", "van"}
_HOURS = {
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
}


def _little_words(r: _Reader) -> list[GrammarError]:
    """«ir a», the hour's article, «el agua», «me gusta» + infinitive."""
    errors = []
    w = r.w
    for i, tok in enumerate(w):
        nxt = r.at(i + 1)
        if (
            tok in _IR
            and nxt in r.kb.infinitive_forms
            and not r.persons(i + 1)
            and r.at(i - 1) not in ("que",)
        ):
            errors.append(
                GrammarError(
                    "verb",
                    "Plans with ir need the little word «a» between «ir» and the infinitive.",
                    i,
                    i + 1,
                    f"{tok} a",
                )
            )
        elif (
            tok in ("la", "los")
            and (nxt in _HOURS or (nxt.isdigit() and 2 <= int(nxt) <= 24))
            and not r.noun(i + 2)
            and r.at(i - 1) in ("a", "son", "las", "mejor", "desde", "hasta", BOUNDARY)
        ):
            errors.append(
                GrammarError(
                    "gender_number",
                    "Clock times take «las» (only one o'clock takes «la»): «a las …».",
                    i,
                    i + 1,
                    "las",
                )
            )
        elif (
            tok in ("la", "una")
            and r.noun(i + 1)
            and nxt in r.kb.stressed_a
            and not r.adjective(i + 1)
        ):
            errors.append(
                GrammarError(
                    "gender_number",
                    f"«{nxt}» is feminine but starts with a stressed a, so it takes «{'el' if tok == 'la' else 'un'}».",
                    i,
                    i + 1,
                    "el" if tok == "la" else "un",
                )
            )
        elif tok in _GUSTAR and r.at(i - 1) in r.kb.lists.indirect:
            error = _gustar_infinitive(r, i)
            if error is not None:
                errors.append(error)
    return errors  # fmt: skip


def _gustar_infinitive(r: _Reader, i: int) -> GrammarError | None:
    """«me gusta» + a conjugated verb where the infinitive belongs ("me gusta leo")."""
    j = r.skip_adverbs(i + 1)
    forms = r.persons(j)
    if (
        not forms
        or r.noun(j)
        or r.at(j) in r.kb.infinitive_forms
        or not any("1s" in p for p in forms.values())
    ):
        return None
    inf = next(iter(forms))
    message = f"After «{r.w[i]}», use the infinitive («{inf}»), not «{r.at(j)}»."
    return GrammarError("gustar", message, j, j + 1, inf)
